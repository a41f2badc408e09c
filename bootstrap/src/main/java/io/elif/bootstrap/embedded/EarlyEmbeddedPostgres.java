package io.elif.bootstrap.embedded;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Starts the embedded PostgreSQL of the embedded default on a thread of its own once the application is prepared
 * (its configuration complete, tests' properties included), so that it comes up while the context is refreshed
 * (about half a second of every start) instead of when the tenants are first needed. The one place that decides whether the embedded default applies: no
 * {@code elif.tenants.*} nor tenant registry configured and not the prod profile (its demo accounts' passwords are in
 * the README).
 */
public final class EarlyEmbeddedPostgres implements ApplicationListener<ApplicationPreparedEvent> {

    static final String BEAN = "earlyEmbeddedPostgres";

    @Override
    public void onApplicationEvent(ApplicationPreparedEvent event) {
        var context = event.getApplicationContext();
        var environment = context.getEnvironment();
        // a context without a web server (the operators' tenant command) serves no demo tenant
        if (event.getSpringApplication().getWebApplicationType() == WebApplicationType.NONE || !applies(environment)
                || context.getBeanFactory().containsSingleton(BEAN)) {
            return;
        }
        var directory = Path.of(environment.getProperty("elif.embedded.data-directory", ".elif/postgres"));
        var start = new Start(directory);
        context.getBeanFactory().registerSingleton(BEAN, start);
        if (context.getBeanFactory() instanceof DefaultSingletonBeanRegistry registry) {
            registry.registerDisposableBean(BEAN, start);
        }
    }

    static boolean applies(Environment environment) {
        return !environment.acceptsProfiles(Profiles.of("prod"))
                && !Binder.get(environment).bind("elif.tenant-registry.directory", String.class).isBound()
                && Binder.get(environment)
                .bind("elif.tenants", Bindable.mapOf(String.class, Object.class))
                .map(Map::isEmpty)
                .orElse(true);
    }

    /** The start under way; the bean that takes the database over stops it, and else this does at close. */
    static final class Start implements DisposableBean {

        private final CompletableFuture<EmbeddedDemoTenants> started = new CompletableFuture<>();
        private volatile boolean taken;

        Start(Path directory) {
            Thread.ofPlatform().name("embedded-postgres").start(() -> {
                try {
                    started.complete(new EmbeddedDemoTenants(directory));
                } catch (Throwable e) {
                    started.completeExceptionally(e);
                }
            });
        }

        /** Waits for the database; its failure to start is this call's failure. */
        EmbeddedDemoTenants take() {
            try {
                var tenants = started.join();
                taken = true;
                return tenants;
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }

        @Override
        public void destroy() throws Exception {
            if (!taken && !started.isCompletedExceptionally()) {
                started.join().destroy();
            }
        }
    }
}
