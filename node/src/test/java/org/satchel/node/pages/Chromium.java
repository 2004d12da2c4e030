package org.satchel.node.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.commons.io.FileUtils;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver by Selenium: never a browser
 * or driver that Selenium Manager would download. {@code scripts/test-prerequisites} installs both;
 * where Chromium is absent the browser tests are skipped, saying so.
 */
final class Chromium implements AutoCloseable {
    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    final WebDriver driver;
    private final ChromeDriverService service;
    private final Path profile;

    private Chromium(WebDriver driver, ChromeDriverService service, Path profile) {
        this.driver = driver;
        this.service = service;
        this.profile = profile;
    }

    /**
     * Fails the calling test when Chromium or its driver is missing: the pages are checked in a real
     * browser or not at all, and a skipped browser test would let a broken page pass unseen.
     */
    static void requireInstalled() {
        assertTrue(Files.isExecutable(BROWSER), "Chromium is not installed at " + BROWSER
                + "; scripts/test-prerequisites (run by ./satchel test) installs it with apt-get");
        assertTrue(Files.isExecutable(DRIVER), "Chromium is installed but its driver is not at " + DRIVER
                + "; install the chromium-driver package (scripts/test-prerequisites does)");
    }

    static Chromium start() {
        requireInstalled();
        // Named explicitly, so Selenium Manager has nothing to look up or download.
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        Path profile;
        try {
            profile = Files.createTempDirectory("satchel-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1024", "--user-data-dir=" + profile);
        try {
            return new Chromium(new ChromeDriver(service, options), service, profile);
        } catch (RuntimeException e) {
            service.stop();
            FileUtils.deleteQuietly(profile.toFile());
            throw e;
        }
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /**
     * Asserts what a page owes every reader, read from the DOM the browser built: the document's
     * language is English, there is one {@code <h1>}, every form control a person fills has a
     * label, every table header says whether it heads a row or a column, and nothing is fetched
     * from elsewhere.
     */
    @SuppressWarnings("unchecked")
    void assertAccessibleBasics() {
        assertEquals("en", script("return document.documentElement.lang"));
        assertEquals(1L, script("return document.querySelectorAll('h1').length"), "one h1 on " + path());
        List<String> unlabelled = (List<String>) script("""
                return Array.from(document.querySelectorAll('input, select, textarea'))
                  .filter(el => el.type !== 'hidden')
                  .filter(el => el.labels.length === 0 && !el.getAttribute('aria-label') && !el.getAttribute('aria-labelledby'))
                  .map(el => el.outerHTML);
                """);
        assertEquals(List.of(), unlabelled, "form controls without a label on " + path());
        List<String> headers = (List<String>) script("""
                return Array.from(document.querySelectorAll('th'))
                  .filter(th => !['col', 'row', 'colgroup', 'rowgroup'].includes(th.getAttribute('scope')))
                  .map(th => th.outerHTML);
                """);
        assertEquals(List.of(), headers, "table headers without scope on " + path());
        List<String> external = (List<String>) script("""
                return performance.getEntriesByType('resource').map(r => r.name)
                  .filter(n => !n.startsWith(location.origin));
                """);
        assertEquals(List.of(), external, "the page loaded something from elsewhere");
        // Keyboard focus, as a person moving with Tab gets it: the first stop is the skip link.
        new Actions(driver).sendKeys(Keys.TAB).perform();
        WebElement focused = driver.switchTo().activeElement();
        String outline = focused.getCssValue("outline-style") + " " + focused.getCssValue("outline-width");
        assertTrue(!outline.startsWith("none") && !outline.endsWith(" 0px"), "the focused " + focused.getTagName()
                + " (" + focused.getText() + ") shows no outline: " + outline);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            FileUtils.deleteQuietly(profile.toFile());
        }
    }
}
