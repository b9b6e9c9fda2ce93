package uk.gov.justice.ppg.gateway.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import uk.gov.justice.ppg.gateway.agency.AgencyIT;
import uk.gov.justice.ppg.gateway.partner.KillSwitches;
import uk.gov.justice.ppg.gateway.partner.PartnerSwitches;
import uk.gov.justice.ppg.gateway.support.AdminClient;

/**
 * The web console in a real headless browser (Debian's chromium and chromedriver, driven
 * by Selenium): a person logs in through the real Keycloak's login page, sees what the
 * roles allow, and replays a dead letter after confirming with a reason; an auditor sees
 * the audit log and is told the operators' views are not theirs. The console's page
 * carries a content security policy.
 */
class ConsoleIT extends AgencyIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    private AdminPort adminPort;

    @Autowired
    private PartnerSwitches partnerSwitches;

    private WebDriver browser;

    @BeforeEach
    void browser() {
        ObjectNode client = (ObjectNode) JSON.createObjectNode();
        String origin = "https://localhost:" + this.adminPort.localPort();
        client.putArray("redirectUris").add(origin + "/admin/console/*");
        client.putArray("webOrigins").add("+");
        HttpResponse<String> updated = KEYCLOAK.admin("PUT", KEYCLOAK.clientPath("ppg-console"), client);
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(204);
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium")
            .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000",
                    "--ignore-certificate-errors");
        ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
            .build();
        this.browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeBrowser() {
        if (this.browser != null) {
            this.browser.quit();
        }
    }

    @Test
    void anOperatorLogsInSeesTheQueuesAndReplaysADeadLetterAfterConfirming() throws Exception {
        String crn = "R" + (100000 + ThreadLocalRandom.current().nextInt(900000));
        String reference = deadLetterToMtc(crn);
        logIn("olivia", "example-olivia-password");
        assertThat(text("who")).contains("olivia").contains("gateway-operator");

        view("queues");
        awaitStatus(" row");
        assertThat(cells("queues")).contains("mtc", "nps");
        screenshot("queues");

        this.browser.findElement(By.cssSelector("nav button[data-view='messages']")).click();
        this.browser.findElement(By.id("m-crn")).sendKeys(crn);
        this.browser.findElement(By.cssSelector("#message-search button[type='submit']")).click();
        awaitStatus(" row");
        assertThat(cells("messages")).as("found by CRN, with its deliveries")
            .contains(reference, crn)
            .anySatisfy((cell) -> assertThat(cell).contains("C16 DEAD_LETTERED"));
        screenshot("messages");

        view("dead-letters");
        awaitStatus(" row");
        WebElement row = this.browser.findElements(By.cssSelector("#dead-letters tbody tr"))
            .stream()
            .filter((candidate) -> candidate.getText().contains("mtc"))
            .findFirst()
            .orElseThrow();
        row.findElement(By.tagName("button")).click();
        WebElement reason = new WebDriverWait(this.browser, WAIT)
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-reason")));
        this.browser.findElement(By.id("confirm-yes")).click();
        assertThat(this.browser.findElement(By.id("confirm")).getAttribute("open")).as("no reason, no replay")
            .isNotNull();
        reason.sendKeys("mtc restored, console test");
        this.browser.findElement(By.id("confirm-yes")).click();
        awaitStatus("Replayed as delivery");
        screenshot("dead-letters");
        assertThat(this.deliveries.awaitFinal(reference, WAIT)).extracting((r) -> r.get("state")).contains("DELIVERED");

        view("partners");
        awaitStatus(" row");
        switchC00(0, "Switch off", "c00 deliveries switched off.");
        assertThat(this.partnerSwitches.switchedOff(KillSwitches.Direction.DELIVERIES)).containsEntry("c00", true);
        screenshot("partners");
        switchC00(0, "Switch on", "c00 deliveries switched on.");
        assertThat(this.partnerSwitches.switchedOff(KillSwitches.Direction.DELIVERIES)).containsEntry("c00", false);
        switchC00(1, "Switch off", "c00 intake switched off.");
        assertThat(this.partnerSwitches.switchedOff(KillSwitches.Direction.INTAKE)).containsEntry("c00", true);
        switchC00(1, "Switch on", "c00 intake switched on.");
        assertThat(this.partnerSwitches.switchedOff(KillSwitches.Direction.INTAKE)).containsEntry("c00", false);

        view("certificates");
        awaitStatus(" row");
        assertThat(cells("certificates")).contains("gateway.spg.example", "signing.gateway.spg.example");
        screenshot("certificates");

        view("audit");
        awaitStatus("Your roles do not allow this (GW-098).");
    }

    @Test
    void anAuditorSearchesTheLogAndIsNotShownTheOperatorsViews() throws Exception {
        logIn("arthur", "example-arthur-password");
        assertThat(text("who")).contains("arthur").contains("gateway-auditor");
        view("audit");
        awaitStatus(" row");
        assertThat(this.browser.findElements(By.cssSelector("#audit tbody tr"))).isNotEmpty();
        screenshot("audit");
        view("dead-letters");
        awaitStatus("Your roles do not allow this (GW-098).");
    }

    @Test
    void theConsolePageCarriesAContentSecurityPolicyAndNoData() throws Exception {
        AdminClient admin = new AdminClient(this.adminPort.localPort());
        HttpResponse<String> page = admin.get("/admin/console/index.html", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                (csp) -> assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'"));
        assertThat(admin.get("/admin/console/config.json", null).body()).contains("ppg-console")
            .contains(KEYCLOAK.issuer());
        assertThat(admin.get("/admin/api/v1/queues", null).statusCode()).isEqualTo(401);
    }

    private void logIn(String user, String password) {
        this.browser.get("https://localhost:" + this.adminPort.localPort() + "/admin/console/index.html");
        new WebDriverWait(this.browser, WAIT).until(ExpectedConditions.elementToBeClickable(By.id("login"))).click();
        new WebDriverWait(this.browser, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("username")))
            .sendKeys(user);
        this.browser.findElement(By.id("password")).sendKeys(password);
        this.browser.findElement(By.id("kc-login")).click();
        new WebDriverWait(this.browser, WAIT)
            .until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), "Logged in as"));
    }

    private void switchC00(int button, String label, String done) {
        WebElement row = this.browser.findElements(By.cssSelector("#partners tbody tr"))
            .stream()
            .filter((candidate) -> candidate.getText().startsWith("c00"))
            .findFirst()
            .orElseThrow();
        WebElement action = row.findElements(By.tagName("button")).get(button);
        assertThat(action.getText()).isEqualTo(label);
        action.click();
        new WebDriverWait(this.browser, WAIT)
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-reason")))
            .sendKeys("console test of the kill switch");
        this.browser.findElement(By.id("confirm-yes")).click();
        awaitStatus(done);
    }

    /**
     * Saves what the browser shows as build output: target/console-screenshots/NAME.png.
     */
    private void screenshot(String name) throws IOException {
        Path file = Path.of("target", "console-screenshots", name + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.BYTES));
    }

    private void view(String name) {
        this.browser.findElement(By.cssSelector("nav button[data-view='" + name + "']")).click();
    }

    private void awaitStatus(String text) {
        new WebDriverWait(this.browser, WAIT)
            .until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), text));
    }

    private String text(String id) {
        return this.browser.findElement(By.id(id)).getText();
    }

    private List<String> cells(String section) {
        return this.browser.findElements(By.cssSelector("#" + section + " tbody td"))
            .stream()
            .map(WebElement::getText)
            .toList();
    }

}
