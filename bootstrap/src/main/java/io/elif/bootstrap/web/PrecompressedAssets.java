package io.elif.bootstrap.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.resource.AbstractResourceResolver;
import org.springframework.web.servlet.resource.HttpResource;
import org.springframework.web.servlet.resource.ResourceResolverChain;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Sends an asset as the build compressed it beside itself ({@code x.js.br}, {@code x.js.gz}), Brotli first whenever
 * the browser accepts it. Spring's EncodedResourceResolver follows the order of the browser's Accept-Encoding
 * ({@code gzip, deflate, br, zstd} in Chrome and Firefox), so it would send gzip to every browser
 * (spring-projects/spring-framework#37210); the server's preference decides here.
 */
final class PrecompressedAssets extends AbstractResourceResolver {

    /** Best first, with the file extension the build writes. */
    private static final List<String[]> CODINGS = List.of(new String[]{"br", ".br"}, new String[]{"gzip", ".gz"});

    @Override
    protected Resource resolveResourceInternal(HttpServletRequest request, String requestPath,
                                               List<? extends Resource> locations, ResourceResolverChain chain) {
        var resource = chain.resolveResource(request, requestPath, locations);
        if (resource == null || request == null || resource.getFilename() == null) {
            return resource;
        }
        var accepted = accepted(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        for (var coding : CODINGS) {
            if (!accepted.contains(coding[0])) {
                continue;
            }
            try {
                var encoded = resource.createRelative(resource.getFilename() + coding[1]);
                if (encoded.isReadable()) {
                    return new Encoded(encoded, resource, coding[0]);
                }
            } catch (IOException e) {
                logger.trace("no " + coding[0] + " variant of " + requestPath, e);
            }
        }
        return resource;
    }

    @Override
    protected String resolveUrlPathInternal(String resourceUrlPath, List<? extends Resource> locations,
                                            ResourceResolverChain chain) {
        return chain.resolveUrlPath(resourceUrlPath, locations);
    }

    private static List<String> accepted(String header) {
        if (header == null) {
            return List.of();
        }
        return Arrays.stream(header.split(",")).map(token -> token.split(";")[0].strip().toLowerCase(Locale.ROOT))
                .toList();
    }

    /** The compressed file, named and typed as the original, with its Content-Encoding. */
    private static final class Encoded extends AbstractResource implements HttpResource {

        private final Resource encoded;
        private final Resource original;
        private final String coding;

        Encoded(Resource encoded, Resource original, String coding) {
            this.encoded = encoded;
            this.original = original;
            this.coding = coding;
        }

        @Override
        public InputStream getInputStream() throws IOException {
            return encoded.getInputStream();
        }

        @Override
        public boolean exists() {
            return encoded.exists();
        }

        @Override
        public long contentLength() throws IOException {
            return encoded.contentLength();
        }

        @Override
        public long lastModified() throws IOException {
            return encoded.lastModified();
        }

        @Override
        public String getFilename() {
            return original.getFilename();
        }

        @Override
        public String getDescription() {
            return encoded.getDescription();
        }

        @Override
        public HttpHeaders getResponseHeaders() {
            var headers = new HttpHeaders();
            headers.add(HttpHeaders.CONTENT_ENCODING, coding);
            headers.add(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
            return headers;
        }
    }
}
