package io.elif.bootstrap.api;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The apps' scripts and stylesheets go out as the build compressed them, whichever coding the browser accepts. */
class SpaAssetApiTests extends ApiTestSupport {

    private static final HttpClient RAW = HttpClient.newHttpClient();
    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"(/[a-z]+/assets/[^\"]+\\.(?:js|css))\"");

    @ParameterizedTest
    @ValueSource(strings = {"orders", "sales", "admin"})
    void eachAssetOfTheFirstPageIsSentCompressedAsTheBrowserAsks(String app) throws Exception {
        var index = new String(fetch("/" + app + "/", null).body());
        var assets = ASSET.matcher(index).results().map(match -> match.group(1)).toList();
        assertThat(assets).as("the scripts and stylesheets of " + app).isNotEmpty();

        for (var asset : assets) {
            var gzip = fetch(asset, "gzip, deflate"); // Chromium over plain HTTP
            var plain = fetch(asset, null);
            var brotli = fetch(asset, "gzip, deflate, br, zstd"); // a browser over HTTPS

            assertThat(plain.statusCode()).as(asset).isEqualTo(200);
            assertThat(plain.headers().firstValue("Content-Encoding")).as(asset).isEmpty();
            assertThat(brotli.headers().firstValue("Cache-Control")).as(asset).hasValueSatisfying(
                    cache -> assertThat(cache).contains("immutable"));
            if (plain.body().length < 1024) {
                continue; // too small to be worth compressing; the build leaves it as it is
            }
            assertThat(brotli.headers().firstValue("Content-Encoding")).as(asset).contains("br");
            assertThat(brotli.headers().allValues("Vary")).as(asset).anySatisfy(
                    vary -> assertThat(vary).containsIgnoringCase("Accept-Encoding"));
            assertThat(brotli.body().length).as(asset).isLessThan(plain.body().length / 2);
            assertThat(gzip.headers().firstValue("Content-Encoding")).as(asset).contains("gzip");
            assertThat(gunzip(gzip.body())).as(asset + " unzipped").isEqualTo(plain.body());
        }
    }

    private HttpResponse<byte[]> fetch(String path, String acceptEncoding) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(uri(path)).header("X-Tenant", DEMO).GET();
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return RAW.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] gunzip(byte[] compressed) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return in.readAllBytes();
        }
    }
}
