package org.w3id.unrights.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3id.unrights.ExternalTools;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.publish.Publication;

/**
 * The pages at the scale of the record, in a real browser: the shipped data with the whole roll-call data set,
 * each kind of page at a desktop width (1400 px) and a phone's (390 px). The landing page stays within four
 * screens and every other page within eight, nothing scrolls sideways, the console has no error, and axe-core
 * finds no serious or critical violation of WCAG 2 A and AA. Each page is saved as a screenshot to
 * {@code target/screenshots/layout-*.png}.
 */
class PageLayoutIT {
    record Width(String name, int width, int height) {}

    static final List<Width> WIDTHS = List.of(new Width("desktop", 1400, 900), new Width("phone", 390, 844));
    /** Each kind of page a reader meets, with how many screens it may take. */
    static final Map<String, Integer> PAGES = Map.of(
            "/", 4,
            "/id/state/prk", 8,
            "/id/state/prk?topic=hr&from=2000&to=2019", 8,
            "/id/person/tomas-ojea-quintana", 8,
            "/id/vote/unga-rollcall-5377", 8,
            "/id/resolution/A/RES/69/188", 8,
            "/id/source/kei-2019-king-sr-engagement", 8,
            "/search?q=DPRK", 8,
            "/queries/human-rights-agreement-with-a-state-by-decade", 8);
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    /** axe-core, installed by {@code npm ci --prefix src/test/js} (see .ci/run). */
    static final Path AXE = Path.of("src/test/js/node_modules/axe-core/axe.min.js");
    /** Runs axe-core's WCAG 2 A and AA rules and answers the serious and critical violations, one line each. */
    static final String AXE_RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } })
              .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.impact + ' ' + v.id + ' (' + v.nodes.length + '×, e.g. ' + v.nodes[0].target.join(' ') + '): ' + v.help)))
              .catch(e => done(['axe failed: ' + e]));
            """;
    /** The three tallest blocks of the page's main part, named by tag, id and class: where a long page grows. */
    static final String TALLEST = """
            const parts = [];
            document.querySelectorAll('main section, main > *, main article > *').forEach(e => parts.push(e));
            return parts.sort((a, b) => b.offsetHeight - a.offsetHeight).slice(0, 3)
                .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className).split(' ')[0] : '') + ' ' + e.offsetHeight + 'px')
                .join(', ');
            """;

    static FusekiServer server;
    static String base;
    static String axe;

    @BeforeAll
    static void start() throws IOException {
        ExternalTools.require(ExternalTools.browserInstalled(), "chromium and chromedriver (" + ExternalTools.CHROMIUM + ", " + ExternalTools.CHROMEDRIVER + ")");
        ExternalTools.require(Files.isRegularFile(AXE), "axe-core (npm ci --prefix src/test/js)");
        axe = Files.readString(AXE);
        Publication publication = Fixtures.publish(Fixtures.DATA);
        server = RightsServer.create(publication, ServerSettings.defaults().withPort(0)).start();
        base = "http://localhost:" + server.getHttpPort();
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void everyPageFitsItsScreensAtEachWidthWithoutSidewaysScrollOrConsoleErrors() throws IOException {
        List<String> faults = new ArrayList<>();
        for (Width width : WIDTHS) {
            Path profile = Files.createTempDirectory("un-rights-chromium");
            ChromeDriver browser = browser(profile, width);
            try {
                for (Map.Entry<String, Integer> page : PAGES.entrySet()) {
                    faults.addAll(check(browser, width, page.getKey(), page.getValue()));
                }
            } finally {
                browser.quit();
                try (var files = Files.walk(profile)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
        assertEquals(List.of(), faults);
    }

    private static List<String> check(ChromeDriver browser, Width width, String path, int screens) throws IOException {
        browser.get(base + path);
        // Charts and maps are drawn from live queries after load: measure once each has finished.
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && document.querySelectorAll('figure[data-chart]:not([data-drawn]), figure.vote-map[data-drawn=\"\"]').length === 0"));
        JavascriptExecutor js = browser;
        long scrollWidth = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
        long innerWidth = ((Number) js.executeScript("return window.innerWidth")).longValue();
        long scrollHeight = ((Number) js.executeScript("return document.documentElement.scrollHeight")).longValue();
        long innerHeight = ((Number) js.executeScript("return window.innerHeight")).longValue();
        String name = path.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        Files.write(SCREENSHOTS.resolve("layout-" + width.name() + "-" + (name.isEmpty() ? "home" : name) + ".png"),
                browser.getScreenshotAs(OutputType.BYTES));
        List<String> faults = new ArrayList<>();
        String where = path + " at " + width.width() + " px: ";
        if (scrollWidth > innerWidth) {
            faults.add(where + "scrolls sideways (" + scrollWidth + " px wide in a " + innerWidth + " px window)");
        }
        if (scrollHeight > (long) screens * innerHeight) {
            faults.add(where + String.format("%.1f screens tall, more than %d; tallest parts: %s", scrollHeight / (double) innerHeight, screens,
                    js.executeScript(TALLEST)));
        }
        js.executeScript(axe);
        @SuppressWarnings("unchecked")
        List<Object> violations = (List<Object>) js.executeAsyncScript(AXE_RUN);
        violations.forEach(v -> faults.add(where + "accessibility: " + v));
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                faults.add(where + "console error: " + entry.getMessage());
            }
        }
        return faults;
    }

    private static ChromeDriver browser(Path profile, Width width) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(ExternalTools.CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(ExternalTools.CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        // The viewport, not the window, is what a page is laid out in: set the window so the viewport has the size.
        browser.manage().window().setSize(new Dimension(width.width(), width.height()));
        long innerWidth = ((Number) browser.executeScript("return window.innerWidth")).longValue();
        long innerHeight = ((Number) browser.executeScript("return window.innerHeight")).longValue();
        browser.manage().window().setSize(new Dimension(2 * width.width() - (int) innerWidth, 2 * width.height() - (int) innerHeight));
        return browser;
    }
}
