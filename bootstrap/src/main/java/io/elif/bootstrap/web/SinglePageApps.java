package io.elif.bootstrap.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * Serves the three SPAs packaged by web-orders, web-sales and web-admin; the site's root leads to the
 * order desk. Hashed assets are cached for a year and sent as the build compressed them (Brotli when the browser
 * accepts it, else gzip; web-kit's vite.js writes both: PrecompressedAssets); any other path under an app that is not a file gets its
 * index.html, so client routes work on reload.
 */
@Configuration(proxyBeanMethods = false)
public class SinglePageApps implements WebMvcConfigurer {

    /** The apps, by the path they are served under. */
    public static final List<String> APPS = List.of("orders", "sales", "admin");

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (var app : APPS) {
            var location = "classpath:/META-INF/resources/" + app + "/";
            registry.addResourceHandler("/" + app + "/assets/**")
                    .addResourceLocations(location + "assets/")
                    .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                    .resourceChain(true)
                    .addResolver(new PrecompressedAssets())
                    .addResolver(new PathResourceResolver());
            registry.addResourceHandler("/" + app + "/**")
                    .addResourceLocations(location)
                    .setCacheControl(CacheControl.noCache())
                    .resourceChain(true)
                    .addResolver(new IndexFallback());
        }
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/", "/" + APPS.getFirst() + "/");
        for (var app : APPS) {
            // a shared link to /admin?q=... keeps its filters
            registry.addRedirectViewController("/" + app, "/" + app + "/").setKeepQueryParams(true);
            registry.addViewController("/" + app + "/").setViewName("forward:/" + app + "/index.html");
        }
    }

    private static final class IndexFallback extends PathResourceResolver {

        @Override
        protected Resource getResource(String resourcePath, Resource location) throws IOException {
            if (resourcePath.endsWith("/")) {
                return location.createRelative("index.html");
            }
            var resource = location.createRelative(resourcePath);
            if (resource.isReadable()) {
                return resource;
            }
            var lastSegment = resourcePath.substring(resourcePath.lastIndexOf('/') + 1);
            return lastSegment.contains(".") ? null : location.createRelative("index.html");
        }
    }
}
