package io.elif.bootstrap.fuzz;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.function.UnaryOperator;

/** Sends one request at a time and measures how long its whole answer took to arrive. */
final class TimedClient {

    /** Long enough to tell "slow" from "hung", short enough that a hung request does not stall the run. */
    static final Duration GIVE_UP_AFTER = Duration.ofSeconds(5);

    /** An answer, or none (status 0, with the reason in the body). */
    record Answer(int status, String contentType, String body, Duration took) {

        boolean accepted() {
            return status >= 200 && status < 400;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(GIVE_UP_AFTER).build();

    Answer send(String method, URI uri, String contentType, byte[] body, UnaryOperator<HttpRequest.Builder> credentials) {
        var request = HttpRequest.newBuilder(uri).timeout(GIVE_UP_AFTER)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        var started = System.nanoTime();
        try {
            var response = http.send(credentials.apply(request).build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), Duration.ofNanos(System.nanoTime() - started));
        } catch (HttpTimeoutException e) {
            return new Answer(0, "", "no answer within " + GIVE_UP_AFTER.toSeconds() + " s", Duration.ofNanos(System.nanoTime() - started));
        } catch (IOException e) {
            return new Answer(0, "", "no answer: " + e, Duration.ofNanos(System.nanoTime() - started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
