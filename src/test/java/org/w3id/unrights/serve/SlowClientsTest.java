package org.w3id.unrights.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Slow and oversized requests, written by hand on sockets against the shipped data's server: slow bodies and
 * slow headers by the hundred leave the ping, a page and a query answered; header fields past common servers'
 * limits are refused with 431; the longest query the server accepts still fits in a GET, and a longer address
 * is refused with 414 before it is read whole.
 */
class SlowClientsTest extends ServingShippedGraph {
    /** Far above an idle machine's answer; only catches a server that no longer answers. */
    static final Duration GENEROUS = Duration.ofSeconds(8);

    @Test
    void pingPagesAndQueriesAreAnsweredWhileTwoHundredSlowBodiesAndFiftySlowHeadersAreOpen() throws Exception {
        int port = server.getHttpPort();
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 200; i++) {
                Socket s = open(port);
                write(s, "POST /sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/sparql-query\r\nContent-Length: 100000\r\n\r\nS");
                slow.add(s);
            }
            for (int i = 0; i < 50; i++) {
                Socket s = open(port);
                write(s, "GET / HTTP/1.1\r\nHost: localhost\r\n");
                slow.add(s);
            }
            Thread trickle = new Thread(() -> trickle(slow));
            trickle.setDaemon(true);
            trickle.start();
            Thread.sleep(1500);
            HttpClient client = HttpClient.newHttpClient();
            for (String path : new String[] {"/$/ping", "/id/state/prk", "/sparql?query=" + HttpTesting.encode(QueryLimitsTest.ORDINARY)}) {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(http.base() + path)).timeout(GENEROUS).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, response.statusCode(), path);
            }
            HttpResponse<String> post = client.send(HttpRequest.newBuilder(URI.create(http.base() + "/sparql")).timeout(GENEROUS)
                    .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(QueryLimitsTest.ORDINARY)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(post.statusCode() == 200 || post.statusCode() == 503, "a posted query is answered or turned away at once: " + post.statusCode());
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
    }

    @Test
    void aSlowBodyIsEndedByTheMinimumDataRate() throws Exception {
        try (Socket s = open(server.getHttpPort())) {
            write(s, "POST /sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/sparql-query\r\nContent-Length: 1000\r\n\r\nS");
            long start = System.nanoTime();
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
            String status = null;
            for (int i = 0; i < 20 && status == null; i++) {
                Thread.sleep(500);
                try {
                    write(s, "E");
                } catch (IOException closed) {
                    break;
                }
                if (in.ready()) {
                    status = in.readLine();
                }
            }
            if (status == null) {
                status = in.readLine();
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(status != null && (status.contains(" 408 ") || status.contains(" 400 ")), "ended by the server: " + status);
            assertTrue(millis < GENEROUS.toMillis(), "after " + millis + " ms");
        }
    }

    @Test
    void headerFieldsPastCommonLimitsAre431() {
        int port = server.getHttpPort();
        assertTrue(statusOf(port, "GET /$/ping HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(100_000) + "\r\n\r\n").contains(" 431 "));
        assertTrue(statusOf(port, "GET /$/ping HTTP/1.1\r\nHost: localhost\r\nCookie: c=" + "a".repeat(100_000) + "\r\n\r\n").contains(" 431 "));
        StringBuilder many = new StringBuilder("GET /$/ping HTTP/1.1\r\nHost: localhost\r\n");
        for (int i = 0; i < 5_000; i++) {
            many.append("X-H").append(i).append(": v\r\n");
        }
        assertTrue(statusOf(port, many.append("\r\n").toString()).contains(" 431 "));
        StringBuilder fine = new StringBuilder("GET /$/ping HTTP/1.1\r\nHost: localhost\r\nCookie: c=" + "a".repeat(8_000) + "\r\n");
        for (int i = 0; i < 60; i++) {
            fine.append("X-H").append(i).append(": v\r\n");
        }
        assertTrue(statusOf(port, fine.append("Connection: close\r\n\r\n").toString()).contains(" 200 "), "ordinary headers are fine");
    }

    @Test
    void theLongestAcceptedQueryFitsInAGetAndALongerAddressIs414() {
        String filler = "# " + "é".repeat(30_000) + "\n";
        String longest = filler + QueryLimitsTest.ORDINARY + " # " + "x".repeat(99_000 - filler.length() - QueryLimitsTest.ORDINARY.length());
        HttpResponse<String> ok = http.get("/sparql?query=" + HttpTesting.encode(longest), "Accept", "text/csv");
        assertEquals(200, ok.statusCode(), ok.body());
        String tooLong = "/sparql?query=" + HttpTesting.encode("#" + "é".repeat(200_000));
        String status = statusOf(server.getHttpPort(), "GET " + tooLong + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/plain\r\nConnection: close\r\n\r\n");
        assertEquals("HTTP/1.1 414 URI Too Long", status, "Jetty refuses it before reading it whole");
        HttpResponse<String> posted = http.post("/sparql", "application/sparql-query", longest, "Accept", "text/csv");
        assertEquals(200, posted.statusCode(), "the same query by POST: " + posted.body());
    }

    private static Socket open(int port) throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
        s.setSoTimeout((int) GENEROUS.toMillis());
        return s;
    }

    private static void write(Socket s, String text) throws IOException {
        OutputStream out = s.getOutputStream();
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** One more byte on each slow connection a second, as a slow client sends, until the sockets close. */
    private static void trickle(List<Socket> sockets) {
        while (sockets.stream().anyMatch(s -> !s.isClosed())) {
            for (Socket s : sockets) {
                try {
                    write(s, "E");
                } catch (IOException e) {
                    // closed by the server (408, 503) or by the test
                }
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The status line of the answer, the request written on its own thread. */
    private static String statusOf(int port, String request) {
        try (Socket s = open(port)) {
            Thread writer = new Thread(() -> {
                try {
                    write(s, request);
                } catch (IOException e) {
                    // answered and closed before the whole request was sent
                }
            });
            writer.setDaemon(true);
            writer.start();
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            return String.valueOf(in.readLine());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
