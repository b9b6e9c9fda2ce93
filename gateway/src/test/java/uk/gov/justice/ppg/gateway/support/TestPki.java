package uk.gov.justice.ppg.gateway.support;

import java.nio.file.Path;

import uk.gov.justice.ppg.certs.ExamplePki;
import uk.gov.justice.ppg.certs.PkiLayout;

/**
 * The example PKI, generated once per build into {@code target/test-pki} and shared by
 * every test.
 */
public final class TestPki {

    private static PkiLayout layout;

    private TestPki() {
    }

    public static synchronized PkiLayout layout() {
        if (layout == null) {
            try {
                layout = ExamplePki.ensure(Path.of("target", "test-pki").toAbsolutePath());
            }
            catch (Exception ex) {
                throw new IllegalStateException("cannot generate the example PKI", ex);
            }
        }
        return layout;
    }

}
