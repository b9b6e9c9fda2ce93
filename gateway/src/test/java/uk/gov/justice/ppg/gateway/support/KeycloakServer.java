package uk.gov.justice.ppg.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.awaitility.Awaitility;
import org.springframework.util.FileSystemUtils;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.certs.PkiLayout;
import uk.gov.justice.ppg.tls.MutualTls;

/**
 * The real Keycloak server (the {@code keycloak-quarkus-dist} zip from Maven Central,
 * unpacked into {@code target/keycloak} by the build), started once per test JVM in dev
 * mode on loopback with the realm of {@code config/keycloak/ppg-realm.json} imported
 * afresh. Its HTTPS port uses the gateway's TLS key and asks for a client certificate
 * trusted by the example PKI, so agencies authenticate by certificate and get tokens
 * bound to it. Dev mode also opens a plain HTTP port; it is put on a free port and never
 * used. Runs on Temurin 25 when installed (Keycloak's preferred JDK), else on the test's
 * JDK.
 */
public final class KeycloakServer {

    public static final String REALM = "ppg";

    private static final Path DISTRIBUTION = Path.of("target", "keycloak", "keycloak-26.7.3").toAbsolutePath();

    private static final Path REALM_FILE = Path.of("..", "config", "keycloak", "ppg-realm.json").toAbsolutePath();

    private static final Path TEMURIN_25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");

    private static final ObjectMapper JSON = new ObjectMapper();

    private static KeycloakServer running;

    private final int httpPort;

    private final int httpsPort;

    private final String adminPassword = UUID.randomUUID().toString();

    private Process process;

    private KeycloakServer(int httpPort, int httpsPort) {
        this.httpPort = httpPort;
        this.httpsPort = httpsPort;
    }

    /** The server, started on first use and stopped when the JVM exits. */
    public static synchronized KeycloakServer get() {
        if (running == null) {
            try {
                running = create();
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "keycloak-stop"));
        }
        return running;
    }

    /** The realm's issuer, as every token names it. */
    public String issuer() {
        return "https://localhost:" + this.httpsPort + "/realms/" + REALM;
    }

    public URI tokenEndpoint() {
        return URI.create(issuer() + "/protocol/openid-connect/token");
    }

    /**
     * A client-credentials token for {@code clientId}, asked for over mutual TLS with the
     * TLS certificate of {@code certificateOf}.
     */
    public TokenResponse token(String clientId, ExampleParty certificateOf) {
        return tokenRequest(client(certificateOf), "grant_type=client_credentials&client_id=" + clientId);
    }

    /**
     * A client-credentials token for an operations script of the realm
     * ({@code ops-operator}, {@code ops-auditor}, {@code ops-admin}, {@code ops-nobody}),
     * authenticated by its example secret over TLS without a client certificate.
     */
    public TokenResponse scriptToken(String clientId) {
        return tokenRequest(AdminClient.http(), "grant_type=client_credentials&client_id=" + clientId
                + "&client_secret=example-" + clientId + "-secret");
    }

    private TokenResponse tokenRequest(HttpClient client, String form) {
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint())
            .header("Content-Type", "application/x-www-form-urlencoded")
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new TokenResponse(response.statusCode(), JSON.readTree(response.body()));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    /**
     * Calls the realm's admin REST API ({@code /admin/realms/ppg} + {@code path}) as the
     * bootstrap admin: how a test changes a client for a while (a short token lifespan, a
     * scope taken away) and restores it.
     */
    public HttpResponse<String> admin(String method, String path, JsonNode body) {
        try {
            HttpResponse<String> login = client(ExampleParty.N00).send(HttpRequest
                .newBuilder(URI
                    .create("https://localhost:" + this.httpsPort + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers
                    .ofString("grant_type=password&client_id=admin-cli&username=admin&password=" + this.adminPassword))
                .build(), HttpResponse.BodyHandlers.ofString());
            String token = JSON.readTree(login.body()).path("access_token").asText();
            HttpRequest.Builder request = HttpRequest
                .newBuilder(URI.create("https://localhost:" + this.httpsPort + "/admin/realms/" + REALM + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .method(method, (body == null) ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString()));
            return client(ExampleParty.N00).send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    /** The admin API's path of a client: {@code /clients/{its internal id}}. */
    public String clientPath(String clientId) {
        try {
            return "/clients/" + JSON.readTree(admin("GET", "/clients?clientId=" + clientId, null).body())
                .get(0)
                .path("id")
                .asText();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static KeycloakServer create() throws IOException {
        if (!Files.isExecutable(DISTRIBUTION.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("Keycloak is not unpacked at " + DISTRIBUTION + ": run mvn verify");
        }
        FileSystemUtils.deleteRecursively(DISTRIBUTION.resolve("data"));
        Files.createDirectories(DISTRIBUTION.resolve("data/import"));
        Files.copy(REALM_FILE, DISTRIBUTION.resolve("data/import/ppg-realm.json"));
        KeycloakServer server = new KeycloakServer(freePort(), freePort());
        server.start();
        return server;
    }

    /**
     * Starts the server (again, after {@link #stop}: same ports, same realm and keys,
     * which its dev database keeps).
     */
    public synchronized void start() throws IOException {
        PkiLayout pki = TestPki.layout();
        ProcessBuilder builder = new ProcessBuilder(DISTRIBUTION.resolve("bin/kc.sh").toString(), "start-dev",
                "--import-realm", "--http-host=127.0.0.1", "--http-port=" + this.httpPort,
                "--https-port=" + this.httpsPort, "--hostname=https://localhost:" + this.httpsPort,
                "--https-client-auth=request", "--https-key-store-type=PKCS12", "--https-trust-store-type=PKCS12")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of("target", "keycloak.log").toFile()));
        Map<String, String> environment = builder.environment();
        environment.put("JAVA_HOME",
                Files.isDirectory(TEMURIN_25) ? TEMURIN_25.toString() : System.getProperty("java.home"));
        environment.put("KC_HTTPS_KEY_STORE_FILE", pki.keyStore("gateway-tls").toAbsolutePath().toString());
        environment.put("KC_HTTPS_KEY_STORE_PASSWORD", new String(pki.password()));
        environment.put("KC_HTTPS_TRUST_STORE_FILE", pki.trustStore().toAbsolutePath().toString());
        environment.put("KC_HTTPS_TRUST_STORE_PASSWORD", new String(pki.password()));
        environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", this.adminPassword);
        this.process = builder.start();
        Awaitility.await("Keycloak serving the realm (see target/keycloak.log)")
            .atMost(Duration.ofSeconds(180))
            .pollInterval(Duration.ofSeconds(1))
            .until(() -> serving() || !this.process.isAlive());
        if (!serving()) {
            throw new IllegalStateException("Keycloak did not start: see target/keycloak.log");
        }
    }

    private boolean serving() {
        HttpClient client = client(ExampleParty.N00);
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
            .timeout(Duration.ofSeconds(5))
            .build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        }
        catch (IOException ex) {
            return false;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Stops the server (SIGTERM, then SIGKILL after 30 s). */
    public synchronized void stop() {
        if (this.process == null) {
            return;
        }
        List<ProcessHandle> children = this.process.descendants().toList();
        this.process.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
            this.process.waitFor(30, TimeUnit.SECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        this.process.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
        this.process = null;
    }

    /** A client offering {@code party}'s TLS certificate and trusting the example PKI. */
    private static HttpClient client(ExampleParty party) {
        PkiLayout pki = TestPki.layout();
        return HttpClient.newBuilder()
            .sslContext(MutualTls.context(pki.load(pki.tlsKeyStore(party)), pki.password(), pki.load(pki.trustStore())))
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * The token endpoint's answer.
     *
     * @param status the HTTP status
     * @param body the JSON body
     */
    public record TokenResponse(int status, JsonNode body) {

        public String accessToken() {
            return this.body.path("access_token").asText();
        }

        /** The access token's claims (decoded, not verified: the gateway verifies). */
        public JsonNode claims() {
            String[] parts = accessToken().split("\\.");
            try {
                return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }

    }

}
