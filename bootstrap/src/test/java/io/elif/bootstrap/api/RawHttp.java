package io.elif.bootstrap.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * HTTP/1.1 written byte for byte on a socket: for requests a client library would refuse or repair (a NUL
 * in a header, an oversized header, CONNECT, a malformed request line). Reads until the server closes.
 */
final class RawHttp {

    record Reply(int status, HttpHeaders headers, String body) {
    }

    private RawHttp() {
    }

    static Reply send(int port, String request) {
        return send(port, request.getBytes(StandardCharsets.ISO_8859_1));
    }

    static Reply send(int port, byte[] request) {
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            return parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reply parse(byte[] bytes) {
        var text = new String(bytes, StandardCharsets.ISO_8859_1);
        var headEnd = text.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            throw new AssertionError("not an HTTP response: " + text);
        }
        var lines = text.substring(0, headEnd).split("\r\n");
        var status = Integer.parseInt(lines[0].split(" ")[1]);
        var headers = new TreeMap<String, List<String>>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 1; i < lines.length; i++) {
            var colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).strip(), name -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).strip());
        }
        var body = text.substring(headEnd + 4);
        if (headers.getOrDefault("Transfer-Encoding", List.of()).contains("chunked")) {
            body = unchunk(body);
        }
        return new Reply(status, HttpHeaders.of(headers, (name, value) -> true),
                new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
    }

    private static String unchunk(String chunked) {
        var body = new ByteArrayOutputStream();
        var at = 0;
        while (true) {
            var lineEnd = chunked.indexOf("\r\n", at);
            var size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].strip(), 16);
            if (size == 0) {
                return body.toString(StandardCharsets.ISO_8859_1);
            }
            body.writeBytes(chunked.substring(lineEnd + 2, lineEnd + 2 + size).getBytes(StandardCharsets.ISO_8859_1));
            at = lineEnd + 2 + size + 2;
        }
    }
}
