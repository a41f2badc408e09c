package io.elif.catalog;

import io.elif.testing.TestPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Products stored before issue 4 keep their data: category names become categories, the price its first history row. */
class CatalogMigrationTests {

    @Test
    void existingProductsGetCategoriesATaxClassAndAPriceHistory() throws SQLException {
        var postgres = TestPostgres.shared();
        var url = postgres.database("catalog_migration_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        migrate(url, "1");
        try (var connection = DriverManager.getConnection(url, postgres.username(), postgres.password())) {
            connection.createStatement().execute("""
                    insert into catalog.product (id, sku, name, category_name, base_unit, price, created_at) values
                      (gen_random_uuid(), 'THB-65', 'THB 65cl', 'Beer', 'BOTTLE', 3500, '2025-11-02 10:00+03'),
                      (gen_random_uuid(), 'GOLD-65', 'Gold 65cl', 'beer', 'BOTTLE', 3600.50, '2025-12-01 10:00+03'),
                      (gen_random_uuid(), 'COKE-33', 'Coke 33cl', 'Soft drinks', 'CAN', 2000, '2026-01-05 10:00+03')
                    """);
        }
        migrate(url, "latest");

        try (var connection = DriverManager.getConnection(url, postgres.username(), postgres.password())) {
            assertThat(rows(connection, "select count(*) from catalog.category")).containsExactly("2");
            assertThat(rows(connection, """
                    select p.sku || ' ' || lower(c.name) || ' ' || t.name || ' ' || t.rate || ' ' || pr.level || ' ' || pr.amount || ' ' || pr.valid_from
                    from catalog.product p join catalog.category c on c.id = p.category_id join catalog.tax_class t on t.id = p.tax_class_id
                    join catalog.price pr on pr.product_id = p.id order by p.sku
                    """)).containsExactly(
                    "COKE-33 soft drinks Standard 20.00 LEVEL_1 2000.00 2026-01-05",
                    "GOLD-65 beer Standard 20.00 LEVEL_1 3600.50 2025-12-01",
                    "THB-65 beer Standard 20.00 LEVEL_1 3500.00 2025-11-02");
            assertThat(rows(connection, "select currency || ' ' || sales_prices_include_tax || ' ' || purchase_costs_include_tax from catalog.catalog_setting"))
                    .containsExactly("MGA true false");
        }
    }

    private static void migrate(String url, String target) {
        var postgres = TestPostgres.shared();
        Flyway.configure().dataSource(url, postgres.username(), postgres.password())
                .schemas("catalog").createSchemas(true)
                .locations("classpath:db/migration/catalog")
                .target(target)
                .load().migrate();
    }

    private static List<String> rows(java.sql.Connection connection, String sql) throws SQLException {
        var values = new ArrayList<String>();
        var result = connection.createStatement().executeQuery(sql);
        while (result.next()) {
            values.add(result.getString(1));
        }
        return values;
    }
}
