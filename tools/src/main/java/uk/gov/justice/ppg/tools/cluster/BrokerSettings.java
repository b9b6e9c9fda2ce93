package uk.gov.justice.ppg.tools.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Puts the gateway's address settings (config/artemis/gateway-broker-settings.xml) into a
 * broker instance's {@code etc/broker.xml} made by {@code artemis create}: before the
 * catch-all address setting, which would otherwise match first, with the duplicate-id
 * cache the recovery sweep relies on (ADR 0018). Arguments: the instance directory and
 * the settings file.
 */
public final class BrokerSettings {

    private static final String CATCH_ALL = "<address-setting match=\"#\">";

    private BrokerSettings() {
    }

    public static void main(String[] args) throws IOException {
        apply(Path.of(args[0]), Path.of(args[1]));
    }

    /** Applies the settings once; an instance that has them is left as it is. */
    public static void apply(Path instance, Path settingsFile) throws IOException {
        Path brokerXml = instance.resolve("etc").resolve("broker.xml");
        String xml = Files.readString(brokerXml);
        if (xml.contains("<id-cache-size>")) {
            return;
        }
        if (!xml.contains(CATCH_ALL)) {
            throw new IllegalStateException(brokerXml + " has no catch-all address setting to insert before");
        }
        String settings = Files.readString(settingsFile).replaceAll("(?s)<!--.*?-->", "");
        Files.writeString(brokerXml, xml.replace(CATCH_ALL, settings + "\n" + CATCH_ALL)
            .replace("</core>", "<id-cache-size>100000</id-cache-size>\n</core>"));
    }

}
