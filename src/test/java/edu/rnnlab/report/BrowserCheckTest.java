package edu.rnnlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real browser (headless Chromium; skipped where none is installed): the page
 * logs nothing to the console, asks for nothing over the network (Chromium's network log lists every
 * request the page starts; host names resolve nowhere, so nothing leaves the machine either way),
 * and draws a real page. A page with an external stylesheet proves the check would see one.
 */
class BrowserCheckTest {

    /** What Chromium's network log calls requests of the browser itself (updates, sign-in), not of a page. */
    private static final String BROWSER_OWN = "not an origin";

    @TempDir
    Path tmp;

    /** What one headless load showed. */
    private record Load(List<String> console, List<String> requests, Path screenshot) {}

    @Test
    void theReportLoadsCleanlyAndOffline() throws Exception {
        Path chromium = chromium().orElse(null);
        assumeTrue(chromium != null, "no chromium on this machine");
        Path out = tmp.resolve("report");
        var options = new ReportOptions("en", true, false, false, "Ada", "42", null, null, List.of());
        new ReportBuilder(LabFixture.write(tmp.resolve("runs")), options).build(out);

        Load load = load(chromium, out.resolve("index.html"));
        assertEquals(List.of(), load.console(), "console messages");
        assertEquals(List.of(), load.requests(), "network requests of the page");
        BufferedImage png = ImageIO.read(load.screenshot().toFile());
        assertEquals(1200, png.getWidth());
        assertEquals(1600, png.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < png.getHeight(); y += 4) {
            for (int x = 0; x < png.getWidth(); x += 4) {
                colours.add(png.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 20, "a drawn page, not a blank one: " + colours.size() + " colours");
        assertTrue(Files.size(load.screenshot()) > 20_000, "screenshot bytes " + Files.size(load.screenshot()));
    }

    @Test
    void thePageNeverScrollsSideways() throws Exception {
        Path chromium = chromium().orElse(null);
        assumeTrue(chromium != null, "no chromium on this machine");
        Path out = tmp.resolve("wide");
        var options = new ReportOptions("en", true, false, false, null, null, null, null, List.of());
        new ReportBuilder(LabFixture.write(tmp.resolve("runs-wide")), options).build(out);
        // A copy that reports the page's scroll width against the window's on the console.
        Path probe = out.resolve("probe.html");
        Files.writeString(
                probe,
                Files.readString(out.resolve("index.html"))
                        .replace(
                                "</body>",
                                "<script>addEventListener('load', () => console.log('widths '"
                                        + " + document.documentElement.scrollWidth + ' '"
                                        + " + document.documentElement.clientWidth));</script></body>"));
        String line = load(chromium, probe).console().stream()
                .filter(l -> l.contains("widths "))
                .findFirst()
                .orElseThrow();
        String[] widths = line.replaceAll(".*widths (\\d+) (\\d+).*", "$1 $2").split(" ");
        assertTrue(
                Integer.parseInt(widths[0]) <= Integer.parseInt(widths[1]),
                "the page is wider than the window (wide tables must scroll in their own box): " + line);
    }

    @Test
    void theCheckSeesAnExternalRequestAndAConsoleMessage() throws Exception {
        Path chromium = chromium().orElse(null);
        assumeTrue(chromium != null, "no chromium on this machine");
        Path page = tmp.resolve("bad.html");
        Files.writeString(
                page,
                "<html><head><link rel=\"stylesheet\" href=\"https://fonts.example.org/css\"></head>"
                        + "<body><p>x</p><script>console.error('boom')</script></body></html>");
        Load load = load(chromium, page);
        assertEquals(List.of("https://fonts.example.org/css"), load.requests());
        assertTrue(
                load.console().stream().anyMatch(l -> l.contains("boom")),
                load.console().toString());
    }

    private Load load(Path chromium, Path html) throws Exception {
        Path dir = Files.createTempDirectory(tmp, "chromium");
        Path net = dir.resolve("net.json");
        Path screenshot = dir.resolve("page.png");
        Path stderr = dir.resolve("stderr.txt");
        List<String> command = List.of(
                chromium.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--user-data-dir=" + dir.resolve("profile"),
                "--host-resolver-rules=MAP * ~NOTFOUND",
                "--enable-logging=stderr",
                "--v=0",
                "--log-net-log=" + net,
                "--window-size=1200,1600",
                "--screenshot=" + screenshot,
                html.toUri().toString());
        Process p = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectError(stderr.toFile())
                .start();
        // A bound on a hung browser, not a measurement: a healthy load takes seconds.
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish loading " + html);
        }
        List<String> console = Files.readAllLines(stderr).stream()
                .filter(l -> l.contains(":CONSOLE"))
                .toList();
        List<String> requests = new ArrayList<>();
        JsonNode log = new ObjectMapper().readTree(net.toFile());
        for (JsonNode e : log.path("events")) {
            JsonNode params = e.path("params");
            String url = params.path("url").asText("");
            if (url.matches("(?i)(https?|wss?|ftp)://.*")
                    && params.has("initiator")
                    && !BROWSER_OWN.equals(params.path("initiator").asText())
                    && !requests.contains(url)) {
                requests.add(url);
            }
        }
        assertTrue(Files.isRegularFile(screenshot), "chromium wrote no screenshot; see " + stderr);
        return new Load(console, requests, screenshot);
    }

    private static Optional<Path> chromium() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of("chromium", "chromium-browser", "google-chrome")
                .flatMap(name -> Stream.of(path.split(File.pathSeparator)).map(d -> Path.of(d, name)))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
