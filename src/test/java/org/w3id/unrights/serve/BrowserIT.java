package org.w3id.unrights.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3id.unrights.ExternalTools;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.graph.RightsGraph;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/**
 * The pages in a real browser: Debian's Chromium, headless, driven through its chromedriver. It loads the
 * landing page, runs a named query and an editor query and sees their results, checks the charts are
 * drawn, opens a resource page with its sources and the ontology reference in the site's layout, searches from
 * the header's box, follows the editor's share link, sees a vote's world map drawn from the bundled map data
 * (a fixture vote with ballots), takes screenshots (target/screenshots/), and records
 * every request the browser makes to prove nothing is fetched from outside this server.
 */
class BrowserIT {
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    static final Duration WAIT = Duration.ofSeconds(30);

    static RightsGraph graph;
    static FusekiServer server;
    static String base;

    ChromeDriver browser;
    Path profile;

    @BeforeAll
    static void start() throws IOException {
        graph = Fixtures.curatedGraph();
        server = RightsServer.create(Fixtures.curatedPublication(), ServerSettings.defaults().withPort(0).withQueries(Fixtures.FIXTURE_QUERIES)).start();
        base = "http://localhost:" + server.getHttpPort();
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @BeforeEach
    void openBrowser() throws IOException {
        ExternalTools.require(ExternalTools.browserInstalled(), "chromium and chromedriver (" + ExternalTools.CHROMIUM + ", " + ExternalTools.CHROMEDRIVER + ")");
        profile = Files.createTempDirectory("un-rights-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(ExternalTools.CHROMIUM.toFile());
        // As root in a sandboxed machine with no network: no sandbox, and none of Chromium's own calls home.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,2200", "--user-data-dir=" + profile);
        // The performance log carries every network request the page makes.
        // The browser log carries Content-Security-Policy violations.
        options.setCapability("goog:loggingPrefs", Map.of(LogType.PERFORMANCE, "ALL", LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(ExternalTools.CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void landingPageRunsANamedQueryAndAnEditorQueryAndDrawsCharts() throws IOException {
        long states = Txn.calculateRead(graph.dataset(), () ->
                graph.dataset().stream(Ids.REFERENCE_GRAPH, Node.ANY, Std.rdfType, Unr.State).count());
        browser.get(base + "/");
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        assertEquals("Home · UN Rights Graph", browser.getTitle());

        // A named query: opened from its title, one click, its answer as a table in place.
        browser.findElement(By.cssSelector("details.named-query[data-name='states-by-name'] summary")).click();
        browser.findElement(By.cssSelector("button[data-run='states-by-name']")).click();
        By namedRows = By.cssSelector("#result-states-by-name table.results tbody tr");
        wait.until(ExpectedConditions.numberOfElementsToBe(namedRows, (int) states));
        assertTrue(browser.findElement(By.id("result-states-by-name")).getText().contains(states + " rows"));

        // The editor: YASGUI loads, takes a query typed by the user, runs it against /sparql, shows the result.
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#yasgui .CodeMirror")));
        String typed = "SELECT ?vote ?yes WHERE { ?vote <" + Unr.yesCount.getURI() + "> ?yes }";
        ((JavascriptExecutor) browser).executeScript("window.unRightsEditor.getTab().getYasqe().setValue('');");
        WebElement editor = browser.findElement(By.cssSelector("#yasgui .CodeMirror textarea"));
        editor.sendKeys(typed);
        String inEditor = (String) ((JavascriptExecutor) browser).executeScript("return window.unRightsEditor.getTab().getQuery();");
        assertTrue(inEditor.startsWith("SELECT ?vote ?yes WHERE {"), inEditor);
        browser.findElement(By.cssSelector("#yasgui .yasqe_queryButton")).click();
        wait.until(d -> resultsShown().contains("111"));

        // "Open in editor" on a named query puts its text in the editor, and it runs there too.
        browser.findElement(By.cssSelector("button[data-edit='states-by-name']")).click();
        String loaded = (String) ((JavascriptExecutor) browser).executeScript("return window.unRightsEditor.getTab().getQuery();");
        assertTrue(loaded.contains("# title: States by name"), loaded);
        browser.findElement(By.cssSelector("#yasgui .yasqe_queryButton")).click();
        wait.until(d -> resultsShown().contains("Albania"));

        // Charts drawn from live queries.
        for (String chart : List.of("upr", "council", "votes")) {
            By figure = By.cssSelector("figure[data-chart='" + chart + "']");
            wait.until(ExpectedConditions.attributeToBeNotEmpty(browser.findElement(figure), "data-drawn"));
            assertEquals("true", browser.findElement(figure).getAttribute("data-drawn"), chart + " chart");
            assertFalse(browser.findElements(By.cssSelector("figure[data-chart='" + chart + "'] svg rect")).isEmpty(), chart + " has bars");
        }

        screenshot("landing-editor.png");

        // A project IRI in the editor's results opens its page here, not at w3id.org.
        browser.findElements(By.cssSelector("#yasgui .yasr a.iri")).stream()
                .filter(a -> a.getAttribute("href").endsWith("/id/state/prk")).findFirst().orElseThrow().click();
        wait.until(ExpectedConditions.urlToBe(base + "/id/state/prk"));
        browser.navigate().back();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("yasgui")));
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0);");
        screenshot("landing.png");
        assertEverythingCameFromThisServer();
        assertNothingBlockedByTheContentSecurityPolicy();
    }

    /** The server's CSP lets the page's own scripts, styles and YASGUI work: the console reports no violation. */
    private void assertNothingBlockedByTheContentSecurityPolicy() {
        List<String> violations = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getMessage().contains("Content Security Policy")) {
                violations.add(entry.getMessage());
            }
        }
        assertTrue(violations.isEmpty(), violations::toString);
    }

    @Test
    void resourcePageShowsFactsWithTheirSources() throws IOException {
        browser.get(base + "/id/state/prk");
        assertEquals("Democratic People's Republic of Korea", browser.findElement(By.tagName("h1")).getText());
        assertFalse(browser.findElements(By.cssSelector("div.source-block table.facts tr")).isEmpty());

        // Follow a link from "Linked from" to a statement (a long group is folded: open it first): its facts name
        // their source and locator.
        browser.findElements(By.cssSelector("section.incoming-group#links-statement details.links > summary")).forEach(WebElement::click);
        WebElement statement = browser.findElements(By.cssSelector("section.incoming td a")).stream()
                .filter(a -> a.getAttribute("href").contains("/id/statement/")).findFirst().orElseThrow();
        statement.click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains("/id/statement/"));
        WebElement heading = browser.findElement(By.cssSelector("div.source-block h3.source"));
        assertTrue(heading.getText().startsWith("According to "), heading.getText());
        assertFalse(heading.findElements(By.cssSelector("a[href^='/id/source/']")).isEmpty(), "links to its source");
        assertFalse(heading.findElement(By.cssSelector("span.locator")).getText().isBlank(), "shows its locator");

        screenshot("statement.png");
        browser.get(base + "/id/state/prk");
        screenshot("resource.png");
        assertEverythingCameFromThisServer();
    }

    @Test
    void ontologyReferenceHasTheSiteLayout() throws IOException {
        browser.get(base + "/ontology#State");
        assertEquals("UN Rights Graph", browser.findElement(By.cssSelector("header.site a.brand")).getText());
        assertTrue(browser.findElement(By.cssSelector("header.site a[href='/ontology']")).isDisplayed(), "the site's navigation");
        assertEquals("unr:State", browser.findElement(By.cssSelector("article#State h3 code")).getText());
        // The site's stylesheet applies: the header has its dark band, not the browser's default transparent one.
        String band = browser.findElement(By.cssSelector("header.site")).getCssValue("background-color");
        assertFalse(band.equals("rgba(0, 0, 0, 0)") || band.isBlank(), band);
        screenshot("ontology.png");
        assertEverythingCameFromThisServer();
    }

    @Test
    void aVoteWithBallotsIsDrawnAsAWorldMapColouredByBallot() throws IOException {
        FusekiServer rollCall = RightsServer.create(Fixtures.rollCallPublication(), ServerSettings.defaults().withPort(0)).start();
        try {
            String at = "http://localhost:" + rollCall.getHttpPort();
            browser.get(at + "/id/vote/fixture-rollcall-vote");
            WebElement figure = browser.findElement(By.cssSelector("figure.vote-map"));
            new WebDriverWait(browser, WAIT).until(d -> !figure.getAttribute("data-drawn").isEmpty());
            assertEquals("true", figure.getAttribute("data-drawn"), "drawn from the bundled map data");
            List<WebElement> countries = browser.findElements(By.cssSelector("figure.vote-map svg path.country"));
            assertTrue(countries.size() > 150, "the world's countries: " + countries.size());
            // Each ballot's country takes its option's colour; a country without a ballot the neutral one.
            Map<String, String> expected = Map.of("408", "rgb(198, 40, 40)", "156", "rgb(198, 40, 40)", "392", "rgb(46, 125, 50)",
                    "840", "rgb(46, 125, 50)", "360", "rgb(249, 168, 37)", "232", "rgb(120, 144, 156)", "250", "rgb(230, 233, 239)");
            expected.forEach((m49, fill) -> {
                WebElement country = browser.findElement(By.cssSelector("figure.vote-map svg path[data-m49='" + m49 + "']"));
                assertEquals(fill, country.getCssValue("fill"), "M49 " + m49);
                assertFalse(country.getAttribute("d").isBlank(), "M49 " + m49 + " has a shape");
            });
            assertEquals(12, browser.findElements(By.cssSelector("table.ballots tbody tr")).size(), "the table beside the map");
            screenshot("vote-map.png");
            assertEverythingCameFromServer(at);
            assertNothingBlockedByTheContentSecurityPolicy();

            // The state's page charts its ballots by year.
            browser.get(at + "/id/state/prk");
            assertFalse(browser.findElements(By.cssSelector("section.vote-history svg rect.option-no")).isEmpty());
            screenshot("state-votes.png");
        } finally {
            rollCall.stop();
        }
    }

    @Test
    void theSearchBoxOnAnyPageFindsAPersonAndOpensTheirPage() throws IOException {
        browser.get(base + "/id/state/prk");
        WebElement box = browser.findElement(By.cssSelector("header.site form.site-search input[name=q]"));
        box.sendKeys("darusman");
        box.submit();
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        wait.until(ExpectedConditions.urlContains("/search?q=darusman"));
        WebElement person = browser.findElement(By.cssSelector("section.search-group[data-kind=person] ol.hits li a"));
        assertEquals("Marzuki Darusman", person.getText());
        screenshot("search.png");
        person.click();
        wait.until(ExpectedConditions.urlToBe(base + "/id/person/marzuki-darusman"));
        assertEquals("Marzuki Darusman", browser.findElement(By.tagName("h1")).getText());
        assertEverythingCameFromThisServer();
    }

    @Test
    void theEditorsShareLinkRestoresTheQueryAndANamedQueryOpensInTheEditor() {
        browser.get(base + "/");
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#yasgui .CodeMirror")));
        String query = "SELECT ?state WHERE { ?state a <" + Unr.State.getURI() + "> } LIMIT 3";
        ((JavascriptExecutor) browser).executeScript("window.unRightsEditor.getTab().setQuery(arguments[0]);", query);
        browser.findElement(By.cssSelector("#yasgui .yasqe_share")).click();
        WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".yasqe_sharePopup input")));
        String shared = link.getAttribute("value");
        assertTrue(shared.startsWith(base + "/"), shared);

        // A fresh page at the shared link: the editor holds the shared query, not the one the browser kept.
        ((JavascriptExecutor) browser).executeScript("window.unRightsEditor.getTab().setQuery('SELECT * WHERE { ?s ?p ?o } LIMIT 1');");
        browser.get("about:blank");
        browser.get(shared);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#yasgui .CodeMirror")));
        wait.until(d -> query.equals(((JavascriptExecutor) d).executeScript("return window.unRightsEditor && window.unRightsEditor.getTab().getQuery();")));

        // A named query's page opens it in the editor.
        browser.get(base + "/queries/states-by-name");
        browser.findElement(By.linkText("open in the query editor")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#yasgui .CodeMirror")));
        wait.until(d -> String.valueOf(((JavascriptExecutor) d).executeScript("return window.unRightsEditor && window.unRightsEditor.getTab().getQuery();"))
                .contains("# title: States by name"));
        assertEverythingCameFromThisServer();
    }

    /** The text of YASGUI's results table; read in the page, since the table is redrawn as results arrive. */
    private String resultsShown() {
        Object text = ((JavascriptExecutor) browser).executeScript(
                "var t = document.querySelector('#yasgui .yasr table'); return t ? t.innerText : '';");
        return text == null ? "" : text.toString();
    }

    private void screenshot(String name) throws IOException {
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Every network request in the performance log went to this server. Other schemes never leave the
     * browser (data:, blob:, and chrome:// for the blank tab Chromium opens before the first page).
     */
    private void assertEverythingCameFromThisServer() {
        assertEverythingCameFromServer(base);
    }

    private void assertEverythingCameFromServer(String server) {
        List<String> requested = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            Map<String, Object> message = new Json().toType(entry.getMessage(), Json.MAP_TYPE);
            @SuppressWarnings("unchecked")
            Map<String, Object> inner = (Map<String, Object>) message.get("message");
            if ("Network.requestWillBeSent".equals(inner.get("method"))) {
                @SuppressWarnings("unchecked")
                Map<String, Object> request = (Map<String, Object>) ((Map<String, Object>) inner.get("params")).get("request");
                requested.add((String) request.get("url"));
            }
        }
        assertTrue(requested.size() > 3, "the log recorded the page's requests: " + requested);
        List<String> outside = requested.stream()
                .filter(url -> url.matches("(?i)(https?|wss?|ftp)://.*") && !url.startsWith(server + "/"))
                .toList();
        assertTrue(outside.isEmpty(), "fetched from outside this server: " + outside);
    }
}
