package io.elif.bootstrap.tenancy;

import io.elif.kernel.Refusal;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./elif tenant onboard|suspend|resume <id> [options]}: the operator API's tenant lifecycle as a command of
 * the same jar, through the same {@link TenantOnboarding}, reading the same configuration as the server
 * ({@code application.yml}, {@code --elif.x=y}, environment variables). It writes the tenant file; the running
 * instances make the change live on their next reload. Exits 0 when done, 2 for bad input, 3 for a conflict
 * (the tenant exists, onboarding not configured), 1 otherwise.
 */
public final class TenantCommand {

    static final String USAGE = """
            usage: elif tenant onboard <id> --company-name=<name> --admin-username=<username> --admin-email=<email>
                                            [--admin-display-name=<name>] [--time-zone=<IANA zone>]
                                            (the first administrator's password from ELIF_FIRST_ADMIN_PASSWORD)
                   elif tenant suspend <id>
                   elif tenant resume <id>
            configuration as for the server: elif.onboarding.url|username|password, elif.tenant-registry.directory
            """;

    private TenantCommand() {
    }

    /** Whether the arguments ask for this command rather than the server. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && "tenant".equals(args[0]);
    }

    public static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        var words = java.util.Arrays.stream(args).filter(arg -> !arg.startsWith("--")).toList();
        var options = new HashMap<String, String>();
        for (var arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
        }
        if (words.size() != 3 || !List.of("onboard", "suspend", "resume").contains(words.get(1))) {
            err.print(USAGE);
            return 2;
        }
        try (var context = new SpringApplicationBuilder(Settings.class).web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF).logStartupInfo(false).run(args)) {
            var properties = context.getBean(TenancyProperties.class);
            var directory = properties.tenantRegistry().directory();
            var onboarding = new TenantOnboarding(properties.onboarding(),
                    directory == null ? null : new TenantFiles(directory),
                    tenant -> properties.tenants().containsKey(tenant.value()));
            var id = words.get(2);
            switch (words.get(1)) {
                case "onboard" -> {
                    var onboarded = onboarding.onboard(new TenantOnboarding.NewTenant(id, options.get("company-name"),
                            options.get("time-zone"), new TenantOnboarding.FirstAdmin(options.get("admin-username"),
                            options.get("admin-email"), options.get("admin-display-name"),
                            environment.get("ELIF_FIRST_ADMIN_PASSWORD"))));
                    out.println("tenant " + onboarded.id() + " onboarded: database " + onboarded.database()
                            + ", roles " + onboarded.ownerRole() + " (owner), " + onboarded.applicationRole()
                            + " (application), " + onboarded.readOnlyRole() + " (read-only)");
                    out.println("read-only role's password (shown once, give it to the company's analysts): "
                            + onboarded.readOnlyPassword());
                    out.println("the running instances serve it after their next reload and its migration");
                }
                case "suspend" -> {
                    onboarding.suspend(id, true);
                    out.println("tenant " + id + " suspended (its users get 403 after the instances' next reload)");
                }
                default -> {
                    onboarding.suspend(id, false);
                    out.println("tenant " + id + " resumed (after the instances' next reload)");
                }
            }
            return 0;
        } catch (Refusal refusal) {
            err.println("elif tenant: " + refusal.field().map(field -> field + ": ").orElse("") + refusal.getMessage());
            return refusal.kind() == Refusal.Kind.INVALID ? 2 : refusal.kind() == Refusal.Kind.CONFLICT ? 3 : 1;
        } catch (RuntimeException e) {
            err.println("elif tenant: " + e.getMessage());
            return 1;
        }
    }

    /**
     * Only the tenancy settings: no web server, no tenant connections, no migrations. Not a {@code @Configuration},
     * so the server's component scan leaves it out.
     */
    @EnableConfigurationProperties(TenancyProperties.class)
    static class Settings {
    }
}
