package org.w3id.unrights.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A small HTTP client for the server tests: real requests over loopback, no mocks. Each request gets a client
 * of its own: the server may close a kept-alive connection after refusing a request whose body it did not
 * read, and the JDK client does not retry a POST or PUT on such a connection.
 */
final class HttpTesting {
    private final String base;

    HttpTesting(int port) {
        this.base = "http://localhost:" + port;
    }

    String base() {
        return base;
    }

    HttpResponse<String> get(String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), HttpResponse.BodyHandlers.ofString(), headers);
    }

    /** A GET whose body is kept as bytes, for compressed files and checksums. */
    HttpResponse<byte[]> getBytes(String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), HttpResponse.BodyHandlers.ofByteArray(), headers);
    }

    HttpResponse<String> post(String path, String contentType, String body, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)), HttpResponse.BodyHandlers.ofString(), headers);
    }

    HttpResponse<String> method(String method, String path, String contentType, String body, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body)), HttpResponse.BodyHandlers.ofString(), headers);
    }

    /** A GET of an HTML page, parsed, so tests select elements rather than match markup. */
    Document page(String path, String... headers) {
        HttpResponse<String> response = get(path, headers);
        return Jsoup.parse(response.body(), base + path);
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body, String... headers) {
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpRequest built = request.build();
        try {
            return HttpClient.newHttpClient().send(built, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
