package io.elif.bootstrap.tenancy;

import org.springframework.jdbc.datasource.AbstractDataSource;

import java.sql.Connection;
import java.sql.SQLException;

/** The application's only DataSource: hands out a connection of the current tenant's database, or none. */
public final class TenantRoutingDataSource extends AbstractDataSource {

    private final Tenants tenants;
    private final TenantDataSources dataSources;

    public TenantRoutingDataSource(Tenants tenants, TenantDataSources dataSources) {
        this.tenants = tenants;
        this.dataSources = dataSources;
    }

    @Override
    public Connection getConnection() throws SQLException {
        var tenant = TenantContext.current().orElseThrow(NoTenantException::new);
        if (!tenants.servesConnections(tenant)) {
            throw new TenantUnavailableException(tenant);
        }
        return dataSources.of(tenant).getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) {
        throw new UnsupportedOperationException("tenant connections use the tenant's configured credentials");
    }
}
