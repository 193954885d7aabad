package edu.rnnlab.data.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import edu.rnnlab.RnnlabException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs against a server on 127.0.0.1 only; the real internet is never touched. */
class TextFetcherTest {

    private static final byte[] BODY = "The Time Machine, by H. G. Wells\n".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private final TextFetcher fetcher = new TextFetcher(Duration.ofSeconds(5));

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/timemachine.txt", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, BODY.length);
            exchange.getResponseBody().write(BODY);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private static String sha1(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(b));
    }

    @Test
    void downloadsChecksAndSkipsWhenPresent() throws Exception {
        Path target = dir.resolve("data/timemachine.txt");
        assertEquals(target, fetcher.fetch(url("/timemachine.txt"), sha1(BODY), target));
        assertArrayEquals(BODY, Files.readAllBytes(target));
        fetcher.fetch(url("/timemachine.txt"), sha1(BODY), target);
        assertEquals(1, requests.get(), "second fetch found the checked file and did not download");
        assertFalse(Files.exists(dir.resolve("data/timemachine.txt.part")));
    }

    @Test
    void wrongHashWritesNothing() {
        Path target = dir.resolve("timemachine.txt");
        RnnlabException e = assertThrows(
                RnnlabException.class,
                () -> fetcher.fetch(url("/timemachine.txt"), TextFetcher.TIME_MACHINE_SHA1, target));
        assertEquals(RnnlabException.Exit.BAD_INPUT, e.exit());
        assertTrue(
                e.getMessage().contains("SHA-1") && e.getMessage().contains(TextFetcher.TIME_MACHINE_SHA1),
                e.getMessage());
        assertFalse(Files.exists(target));
        assertFalse(Files.exists(dir.resolve("timemachine.txt.part")));
    }

    @Test
    void httpErrorIsReported() {
        RnnlabException e = assertThrows(
                RnnlabException.class,
                () -> fetcher.fetch(url("/missing.txt"), TextFetcher.TIME_MACHINE_SHA1, dir.resolve("x.txt")));
        assertTrue(e.getMessage().contains("HTTP 404"), e.getMessage());
    }

    @Test
    void offlineIsAClearError() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        RnnlabException e = assertThrows(
                RnnlabException.class,
                () -> fetcher.fetch(
                        URI.create("http://127.0.0.1:" + closedPort + "/timemachine.txt"),
                        TextFetcher.TIME_MACHINE_SHA1,
                        dir.resolve("timemachine.txt")));
        assertEquals(RnnlabException.Exit.UNAVAILABLE, e.exit());
        assertTrue(e.getMessage().contains("offline") && e.getMessage().contains("timemachine.txt"), e.getMessage());
    }
}
