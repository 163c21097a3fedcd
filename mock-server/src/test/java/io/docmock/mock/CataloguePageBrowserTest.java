package io.docmock.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docmock.model.DocsModel;
import io.docmock.parser.TestDocs;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The catalogue page in a real browser (Debian's headless Chromium, driven by Selenium): it lists the seed
 * operations, filtering narrows the list, Send shows the documented answer, and a request sent meanwhile from
 * outside appears in the live log with why nothing answered it and the closest operations. A screenshot of each
 * state is saved under {@code target/screenshots} for a person to look at. Where the browser is missing the test
 * says so; in CI ({@code DOCMOCK_REQUIRE_BROWSER}, set by .ci/run) it fails.
 */
class CataloguePageBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static DocMockServer server;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!installed) {
            String message = "the browser tests need Debian's chromium and chromium-driver (apt-get install chromium"
                    + " chromium-driver; .ci/run does)";
            if (System.getenv("DOCMOCK_REQUIRE_BROWSER") != null) {
                throw new AssertionError(message);
            }
            System.out.println("SKIPPED: " + message);
            Assumptions.abort(message);
        }
        DocsModel seeds = TestDocs.seeds();
        server = DocMockServer.builder().port(0).build(seeds.operations()).start(seeds.operations(), seeds.wsdls());
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
        }
    }

    private static void screenshot(String name) throws Exception {
        Path folder = Files.createDirectories(Path.of("target/screenshots"));
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), folder.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    @Test
    void listsFiltersSendsAndShowsTheLiveLog() throws Exception {
        browser.get(server.baseUrl() + "/__docmock/");
        waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("li.op"), 5));
        assertEquals(List.of("REST Agents/Person", "REST Agents/User", "SOAP Services86 User", "SOAP Services88 User"),
                browser.findElements(By.cssSelector("#groups h3")).stream().map(WebElement::getText).toList());
        screenshot("1-catalogue");

        browser.findElement(By.id("filter")).sendKeys("changeown");
        waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("li.op"), 1));
        WebElement operation = browser.findElement(By.cssSelector("li.op"));
        assertEquals("v1UserAgent_ChangeOwnPassword", operation.getAttribute("data-id"));
        assertTrue(browser.findElement(By.id("shown")).getText().startsWith("1 of 5"));
        screenshot("2-filtered");

        operation.findElement(By.tagName("summary")).click();
        WebElement send = waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.op button.send")));
        assertTrue(operation.findElement(By.cssSelector("pre.curl")).getText()
                .startsWith("curl -X POST '" + server.baseUrl() + "/api/v1/Agents/User/ChangeOwnPassword'"));
        send.click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("li.op .status"), "200"));
        // the documented answer of the seed page: true
        assertEquals("true", operation.findElement(By.cssSelector("pre.answer")).getText().strip());
        screenshot("3-sent");

        Http.send(server.baseUrl(), "POST", "/api/v1/Agents/User/ChangeOwnPasswrd", "{}",
                "Content-Type", "application/json");
        WebElement logged = waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//ul[@id='log']/li[contains(., '/api/v1/Agents/User/ChangeOwnPasswrd')]")));
        assertTrue(logged.getText().contains("404"), logged.getText());
        assertTrue(logged.getText().contains("no documented operation"), logged.getText());
        assertEquals("v1UserAgent_ChangeOwnPassword", logged.findElement(By.cssSelector("a.closest")).getText());
        screenshot("4-live-log");

        logged.findElement(By.cssSelector("a.closest")).click();
        waiting().until(ExpectedConditions.attributeToBe(By.id("filter"), "value", "v1UserAgent_ChangeOwnPassword"));
        assertEquals(1, browser.findElements(By.cssSelector("li.op")).size());
    }
}
