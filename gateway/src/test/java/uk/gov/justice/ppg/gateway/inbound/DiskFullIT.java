package uk.gov.justice.ppg.gateway.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.w3c.dom.Document;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.gateway.support.GatewayIT;
import uk.gov.justice.ppg.gateway.support.Readiness;
import uk.gov.justice.ppg.gateway.support.Samples;
import uk.gov.justice.ppg.tools.client.SigningOptions;
import uk.gov.justice.ppg.tools.client.SpgResponse;

/**
 * A full disk and back, on a small tmpfs holding the embedded database and broker: below
 * the free space a message needs, the partner port refuses with GW-063 and readiness is
 * DOWN; with the disk filled to the last byte, nothing is accepted; once space is freed
 * the node accepts and delivers again by itself, without a restart. Needs to mount a
 * tmpfs (root, or a container that allows it): skipped with a message where it cannot.
 */
class DiskFullIT extends GatewayIT {

    private static final Path MOUNT = Path.of("target", "disk-full", UUID.randomUUID().toString()).toAbsolutePath();

    private static final Duration WITHIN = Duration.ofSeconds(30);

    @LocalManagementPort
    private int managementPort;

    @BeforeAll
    static void mountASmallDisk() throws Exception {
        Files.createDirectories(MOUNT);
        Assumptions.assumeTrue(command("mount", "-t", "tmpfs", "-o", "size=160m", "tmpfs", MOUNT.toString()),
                "skipped: cannot mount a tmpfs here (needs root or CAP_SYS_ADMIN)");
    }

    @AfterAll
    static void unmount() throws Exception {
        command("umount", "-l", MOUNT.toString());
    }

    @DynamicPropertySource
    static void storageOnTheSmallDisk(DynamicPropertyRegistry registry) {
        registry.add("test.database.url", () -> "jdbc:h2:file:" + MOUNT.resolve("db/gateway")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        registry.add("test.artemis.directory", () -> MOUNT.resolve("artemis").toString());
        registry.add("test.storage.directory", MOUNT::toString);
        registry.add("gateway.storage.min-free-space", () -> "48MB");
    }

    @Test
    void refusesWhileTheDiskIsFullAndRecoversByItselfOnceSpaceIsFreed() throws Exception {
        assertThat(send(Samples.allocation("Z100001", "C00")).accepted()).isTrue();
        Path filler = MOUNT.resolve("filler");
        fill(filler, Files.getFileStore(MOUNT).getUsableSpace() - 16L * 1024 * 1024);
        Document refused = Samples.allocation("Z100001", "C00");
        SpgResponse full = Awaitility.await()
            .atMost(WITHIN)
            .until(() -> send(refused), (response) -> response.errorCode().filter("GW-063"::equals).isPresent());
        assertThat(full.status()).isEqualTo(503);
        assertThat(Readiness.of(this.managementPort)).startsWith("503");

        List<Path> rest = fillToTheLastByte();
        assertThat(send(refused).errorCode()).contains("GW-063");
        Thread.sleep(3000);
        for (Path file : rest) {
            Files.delete(file);
        }
        Files.delete(filler);

        SpgResponse accepted = Awaitility.await()
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(500))
            .until(() -> send(refused), SpgResponse::accepted);
        assertThat(accepted.accepted()).isTrue();
        assertThat(this.deliveries.awaitFinal(Samples.controlReference(refused), Duration.ofSeconds(60)))
            .singleElement()
            .satisfies((row) -> assertThat(row).containsEntry("state", "DELIVERED"));
        Awaitility.await().atMost(WITHIN).until(() -> Readiness.of(this.managementPort).startsWith("200"));
        // At least once: a delivery posted while its completion could not be stored is
        // posted again, with the same
        // control reference, which the receiver deduplicates; it is recorded DELIVERED
        // once.
        assertThat(GatewayIT.PARTNERS.received("c00", Samples.controlReference(refused))).isNotEmpty();
        assertThat(this.audit.since(this.auditMark, "DELIVERED")
            .stream()
            .filter((record) -> Samples.controlReference(refused).equals(record.get("sender_control_ref")))).hasSize(1);
    }

    private SpgResponse send(Document event) throws Exception {
        return client(ExampleParty.N00).send(event, SigningOptions.strict());
    }

    private static List<Path> fillToTheLastByte() throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; Files.getFileStore(MOUNT).getUsableSpace() > 0 && i < 64; i++) {
            Path file = MOUNT.resolve("rest-" + i);
            files.add(file);
            try {
                fill(file, Files.getFileStore(MOUNT).getUsableSpace());
            }
            catch (IOException ex) {
                break;
            }
        }
        return files;
    }

    private static void fill(Path file, long bytes) throws IOException {
        byte[] block = new byte[1024 * 1024];
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            for (long written = 0; written < bytes; written += block.length) {
                out.write(block, 0, (int) Math.min(block.length, bytes - written));
            }
        }
    }

    private static boolean command(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    }

}
