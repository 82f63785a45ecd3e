package org.w3id.unrights.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicReference;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** While the store is built, the port answers ping, and every page says what the build is doing. */
class BuildingServerTest {
    @Test
    void pingAnswersAndPagesSayHowFarTheBuildIs() throws Exception {
        AtomicReference<String> state = new AtomicReference<>("load: 1,000 quads");
        try (BuildingServer building = BuildingServer.start("localhost", 0, state::get)) {
            HttpTesting http = new HttpTesting(building.port());
            HttpResponse<String> ping = http.get("/$/ping");
            assertEquals(200, ping.statusCode());

            HttpResponse<String> landing = http.get("/");
            assertEquals(503, landing.statusCode());
            assertEquals(BuildingServer.RETRY_AFTER, landing.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(Jsoup.parse(landing.body()).text().contains("load: 1,000 quads"), landing.body());

            state.set("index: indexed names and texts for search in 0.8 s");
            HttpResponse<String> query = http.get("/sparql?query=ASK%7B%7D");
            assertEquals(503, query.statusCode());
            assertTrue(query.body().contains("index: indexed names"), "each answer tells the stage of the moment");
        }
    }

    @Test
    void aTakenPortIsFoundBeforeTheBuild() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            RuntimeException refused = assertThrows(RuntimeException.class,
                    () -> BuildingServer.start("127.0.0.1", taken.getLocalPort(), () -> "never built"));
            Throwable cause = refused;
            while (cause != null && !(cause instanceof BindException)) {
                cause = cause.getCause();
            }
            assertTrue(cause instanceof BindException, "the port in use is named as the cause");
        }
    }

    @Test
    void closingFreesThePortForTheServerProper() throws Exception {
        int port;
        try (BuildingServer building = BuildingServer.start("localhost", 0, () -> "read")) {
            port = building.port();
        }
        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertEquals(port, again.getLocalPort());
        }
    }
}
