package io.elif.bootstrap.tenancy;

import io.elif.kernel.InvalidInputException;
import io.elif.kernel.NotFoundException;
import io.elif.kernel.Refusal;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Onboards a company in one step, the same for the operator API and the CLI: creates its database on the onboarding
 * server ({@code elif.onboarding.*}) with three roles, {@code elif_<id>_owner} (owns the database, runs the
 * migrations), {@code elif_<id>_app} (what the application connects as: reads and writes rows, see
 * {@link TenantGrants}) and {@code elif_<id>_readonly} (the company's analysts and BI tools), then writes the
 * tenant's file in the registry; the instances make it live on their next reload (migrated, first administrator
 * created). Input is checked before anything is created; a tenant, database or role that exists is a conflict; a
 * step that fails undoes the ones before. Also suspends and resumes a registry tenant by rewriting its file.
 */
public final class TenantOnboarding {

    /** Database and role names are at most 63 bytes: {@code elif_<id>_readonly}. */
    static final int ID_MAX = 40;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{2,39}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern SERVER_URL = Pattern.compile("(jdbc:postgresql://[^/?]+/)([^?]*)(\\?.*)?");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The company to onboard; {@code timeZone} optional (UTC), {@code firstAdmin.displayName} optional. */
    public record NewTenant(String id, String companyName, String timeZone, FirstAdmin firstAdmin) {
    }

    public record FirstAdmin(String username, String email, String displayName, String password) {

        @Override
        public String toString() {
            return "FirstAdmin[username=" + username + ", email=" + email + "]";
        }
    }

    /** What was created; the read-only role's password is shown once, here, and kept nowhere by ELIF. */
    public record Onboarded(String id, String database, String url, String ownerRole, String applicationRole,
                            String readOnlyRole, String readOnlyPassword) {
    }

    /** The tenant's id is taken: by a served tenant, a tenant file, a database or a role. */
    public static final class TenantExistsException extends Refusal {

        TenantExistsException(String id, String what) {
            super(Kind.CONFLICT, "tenant-exists", "Tenant exists", "Tenant " + id + " exists already (" + what + ")",
                    Map.of("value", id), "id", null);
        }
    }

    /** What onboarding needs is not configured, or the tenant is not the registry's to change. */
    public static final class OnboardingRefusedException extends Refusal {

        OnboardingRefusedException(String type, String message) {
            super(Kind.CONFLICT, type, "Not possible here", message, Map.of(), null, null);
        }
    }

    private final TenancyProperties.Onboarding server;
    private final TenantFiles files;
    private final Predicate<TenantId> served;

    /**
     * @param files  the registry, or null when none is configured
     * @param served whether a tenant of that id is served already (configured or from the registry)
     */
    public TenantOnboarding(TenancyProperties.Onboarding server, TenantFiles files, Predicate<TenantId> served) {
        this.server = server;
        this.files = files;
        this.served = served;
    }

    public Onboarded onboard(NewTenant request) {
        var tenant = check(request);
        var zone = request.timeZone() == null || request.timeZone().isBlank() ? "UTC" : request.timeZone().strip();
        if (server == null || server.url() == null || server.url().isBlank() || files == null) {
            throw new OnboardingRefusedException("onboarding-unconfigured", "Onboarding needs elif.onboarding.url, "
                    + ".username, .password and elif.tenant-registry.directory");
        }
        var matcher = SERVER_URL.matcher(server.url().strip());
        if (!matcher.matches()) {
            throw new OnboardingRefusedException("onboarding-unconfigured",
                    "elif.onboarding.url must be jdbc:postgresql://host:port/postgres");
        }
        if (served.test(tenant) || files.exists(tenant)) {
            throw new TenantExistsException(tenant.value(), "a tenant of this id is served or has a file");
        }
        var database = "elif_" + tenant.value();
        var owner = database + "_owner";
        var application = database + "_app";
        var reader = database + "_readonly";
        var ownerPassword = secret();
        var applicationPassword = secret();
        var readerPassword = secret();
        var url = matcher.group(1) + database + (matcher.group(3) == null ? "" : matcher.group(3));
        try (var admin = connect()) {
            try (var exists = admin.prepareStatement("select exists (select from pg_database where datname = ?) "
                    + "or exists (select from pg_roles where rolname in (?, ?, ?))")) {
                exists.setString(1, database);
                exists.setString(2, owner);
                exists.setString(3, application);
                exists.setString(4, reader);
                var result = exists.executeQuery();
                result.next();
                if (result.getBoolean(1)) {
                    throw new TenantExistsException(tenant.value(), "its database or roles exist on the server");
                }
            }
            createRoles(admin, tenant, owner, ownerPassword, application, applicationPassword, reader, readerPassword);
            try {
                createDatabase(admin, database, owner, application, reader);
                var properties = new LinkedHashMap<String, String>();
                properties.put("url", url);
                properties.put("username", application);
                properties.put("password", applicationPassword);
                properties.put("owner.username", owner);
                properties.put("owner.password", ownerPassword);
                properties.put("read-only-role", reader);
                properties.put("time-zone", zone);
                properties.put("company.name", request.companyName().strip());
                var first = request.firstAdmin();
                properties.put("first-admin.username", first.username());
                properties.put("first-admin.email", first.email());
                properties.put("first-admin.password", first.password());
                if (first.displayName() != null && !first.displayName().isBlank()) {
                    properties.put("first-admin.display-name", first.displayName().strip());
                }
                files.write(tenant, properties);
            } catch (RuntimeException | SQLException e) {
                undo(admin, database, owner, application, reader);
                throw e;
            }
        } catch (SQLException e) {
            if ("42710".equals(e.getSQLState()) || "42P04".equals(e.getSQLState())) {
                throw new TenantExistsException(tenant.value(), "its database or roles exist on the server");
            }
            throw new IllegalStateException("onboarding tenant " + tenant + " failed: " + e.getMessage(), e);
        }
        return new Onboarded(tenant.value(), database, url, owner, application, reader, readerPassword);
    }

    /** Suspends (its users get 403, its data is kept) or resumes a tenant of the registry. */
    public void suspend(String id, boolean suspended) {
        if (!TenantId.isValid(id)) {
            throw new InvalidInputException("id", "A tenant id is 1 to 63 lowercase letters, digits or '_'");
        }
        var tenant = new TenantId(id);
        if (files == null || !files.exists(tenant)) {
            if (served.test(tenant)) {
                throw new OnboardingRefusedException("tenant-configured", "Tenant " + id + " is configured in the "
                        + "properties, not the registry: suspend it there");
            }
            throw new NotFoundException("tenant", id);
        }
        var properties = new LinkedHashMap<>(files.properties(tenant));
        if (suspended) {
            properties.put("suspended", "true");
        } else {
            properties.remove("suspended");
        }
        files.write(tenant, properties);
    }

    private static TenantId check(NewTenant request) {
        if (request == null) {
            throw new InvalidInputException("id", "A tenant to onboard is required");
        }
        if (!TenantId.isValid(request.id()) || request.id().length() > ID_MAX) {
            throw new InvalidInputException("id", "A tenant id is 1 to " + ID_MAX + " lowercase letters, digits or '_'");
        }
        if (request.companyName() == null || request.companyName().isBlank() || request.companyName().length() > 200) {
            throw new InvalidInputException("companyName", "A company name of 1 to 200 characters is required");
        }
        if (request.timeZone() != null && !request.timeZone().isBlank()) {
            try {
                ZoneId.of(request.timeZone().strip());
            } catch (DateTimeException e) {
                throw new InvalidInputException("timeZone", "Not a time zone; use an IANA name such as Indian/Antananarivo");
            }
        }
        var admin = request.firstAdmin();
        if (admin == null) {
            throw new InvalidInputException("firstAdmin", "The first administrator is required");
        }
        if (admin.username() == null || !USERNAME.matcher(admin.username()).matches()) {
            throw new InvalidInputException("firstAdmin.username", "A username is 3 to 40 letters, digits, '.', '_' or '-'");
        }
        if (admin.email() == null || admin.email().length() > 254 || !EMAIL.matcher(admin.email()).matches()) {
            throw new InvalidInputException("firstAdmin.email", "An email address is required");
        }
        if (admin.displayName() != null && admin.displayName().length() > 100) {
            throw new InvalidInputException("firstAdmin.displayName", "A display name has at most 100 characters");
        }
        var length = admin.password() == null ? 0 : admin.password().codePointCount(0, admin.password().length());
        if (length < 8 || length > 128) {
            throw new InvalidInputException("firstAdmin.password", "A password has 8 to 128 characters");
        }
        return new TenantId(request.id());
    }

    private Connection connect() throws SQLException {
        var properties = new Properties();
        if (server.username() != null) {
            properties.setProperty("user", server.username());
        }
        if (server.password() != null) {
            properties.setProperty("password", server.password());
        }
        properties.setProperty("ApplicationName", BudgetedConnections.APPLICATION_NAME + "-onboarding");
        return DriverManager.getConnection(server.url().strip(), properties);
    }

    private static void createRoles(Connection admin, TenantId tenant, String owner, String ownerPassword,
                                    String application, String applicationPassword, String reader,
                                    String readerPassword) throws SQLException {
        admin.setAutoCommit(false);
        try (var statement = admin.createStatement()) {
            statement.execute("create role " + q(owner) + " login password '" + ownerPassword + "'");
            statement.execute("create role " + q(application) + " login password '" + applicationPassword + "'");
            statement.execute("create role " + q(reader) + " login password '" + readerPassword + "'");
            // creating a database owned by another role needs membership in it (a CREATEROLE role has the right)
            statement.execute("grant " + q(owner) + " to current_user");
            statement.execute("comment on role " + q(owner) + " is 'ELIF tenant " + tenant + ": owner, runs migrations'");
            admin.commit();
        } catch (SQLException e) {
            admin.rollback();
            throw e;
        } finally {
            admin.setAutoCommit(true);
        }
    }

    private static void createDatabase(Connection admin, String database, String owner, String application,
                                       String reader) throws SQLException {
        try (var statement = admin.createStatement()) {
            statement.execute("create database " + q(database) + " owner " + q(owner) + " encoding 'UTF8'");
            statement.execute("revoke all on database " + q(database) + " from public");
            statement.execute("grant connect, temporary on database " + q(database) + " to " + q(application) + ", " + q(reader));
        }
    }

    private static void undo(Connection admin, String database, String... roles) {
        try (var statement = admin.createStatement()) {
            statement.execute("drop database if exists " + q(database));
            for (var role : roles) {
                statement.execute("drop role if exists " + q(role));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("onboarding failed and could not be undone; drop database " + database
                    + " and its roles by hand: " + e.getMessage(), e);
        }
    }

    private static String q(String identifier) {
        return TenantGrants.quote(identifier);
    }

    /** A random password: 24 bytes, URL-safe Base64 (no quote to escape in SQL or a properties file). */
    private static String secret() {
        var bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
