package uk.gov.justice.ppg.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.KeyStore;
import java.time.Instant;
import java.util.Collections;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.gov.justice.ppg.certs.PkiLayout;
import uk.gov.justice.ppg.gateway.support.TestPki;

/** Each store file is opened once, whoever asks first and however many ask. */
class KeyStoresTest {

    private static final PkiLayout PKI = TestPki.layout();

    @TempDir
    Path directory;

    @Test
    void opensAFileOnceForEveryoneWhoAsks() throws Exception {
        Path trust = copy(PKI.trustStore(), "trust.p12");
        String password = new String(PKI.password());
        ExecutorService threads = Executors.newSingleThreadExecutor();
        try {
            KeyStores.preload(trust, password, threads);
            KeyStore first = KeyStores.load(trust, password);
            assertThat(KeyStores.load(trust, password)).isSameAs(first);
            assertThat(first.size()).isPositive();
        }
        finally {
            threads.shutdown();
        }
    }

    @Test
    void readsAReplacedFileAfresh() throws Exception {
        Path store = copy(PKI.trustStore(), "store.p12");
        String password = new String(PKI.password());
        KeyStore before = KeyStores.load(store, password);

        Files.copy(PKI.keyStore("gateway-tls"), store, StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(store, FileTime.from(Instant.now().plusSeconds(5)));

        KeyStore after = KeyStores.load(store, password);
        assertThat(after).isNotSameAs(before);
        assertThat(Collections.list(after.aliases())).isNotEqualTo(Collections.list(before.aliases()));
    }

    @Test
    void aWrongPasswordFailsEveryTimeAndIsNotRemembered() throws Exception {
        Path trust = copy(PKI.trustStore(), "trust.p12");
        assertThatThrownBy(() -> KeyStores.load(trust, "not-the-password")).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("cannot open key store")
            .hasMessageContaining("wrong password");
        assertThatThrownBy(() -> KeyStores.load(trust, "not-the-password")).isInstanceOf(IllegalStateException.class);
        assertThat(KeyStores.load(trust, new String(PKI.password())).size()).isPositive();
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = this.directory.resolve("missing.p12");
        assertThatThrownBy(() -> KeyStores.load(missing, "x")).hasMessageContaining("missing.p12");
    }

    private Path copy(Path source, String name) throws IOException {
        return Files.copy(source, this.directory.resolve(name));
    }

}
