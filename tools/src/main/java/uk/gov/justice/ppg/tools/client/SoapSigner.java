package uk.gov.justice.ppg.tools.client;

import java.security.KeyStore;
import java.security.KeyStoreException;
import java.time.Instant;
import java.util.Collections;

import org.apache.wss4j.common.WSEncryptionPart;
import org.apache.wss4j.common.crypto.Merlin;
import org.apache.wss4j.common.ext.WSSecurityException;
import org.apache.wss4j.dom.WSConstants;
import org.apache.wss4j.dom.engine.WSSConfig;
import org.apache.wss4j.dom.message.WSSecHeader;
import org.apache.wss4j.dom.message.WSSecSignature;
import org.apache.wss4j.dom.message.WSSecTimestamp;
import org.w3c.dom.Document;

import uk.gov.justice.ppg.schemas.xml.SoapEnvelopes;

/**
 * Wraps an {@code SPGInterchange} in a SOAP envelope and signs it with WS-Security as
 * {@link SigningOptions} say.
 */
public final class SoapSigner {

    static {
        WSSConfig.init();
    }

    private final KeyStore keyStore;

    private final char[] password;

    private final String alias;

    public SoapSigner(KeyStore keyStore, char[] password) {
        this.keyStore = keyStore;
        this.password = password;
        try {
            this.alias = Collections.list(keyStore.aliases()).get(0);
        }
        catch (KeyStoreException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** A SOAP envelope holding a copy of {@code interchange} in its Body, unsigned. */
    public static Document envelope(Document interchange, boolean soap12) {
        return SoapEnvelopes.wrap(interchange.getDocumentElement(), soap12);
    }

    public Document sign(Document interchange, SigningOptions options) {
        Document doc = envelope(interchange, options.soap12());
        String soapNs = doc.getDocumentElement().getNamespaceURI();
        try {
            WSSecHeader header = new WSSecHeader(doc);
            header.insertSecurityHeader();
            WSSecSignature signature = new WSSecSignature(header);
            if (options.includeTimestamp()) {
                WSSecTimestamp timestamp = new WSSecTimestamp(header);
                timestamp.setTimeToLive((int) options.timeToLive().toSeconds());
                timestamp.setWsTimeSource(() -> Instant.now().plus(options.clockOffset()));
                timestamp.build();
                if (options.signTimestamp()) {
                    signature.getParts().add(new WSEncryptionPart("Timestamp", WSConstants.WSU_NS, ""));
                }
            }
            if (options.signBody()) {
                signature.getParts().add(new WSEncryptionPart("Body", soapNs, ""));
            }
            signature.setUserInfo(this.alias, new String(this.password));
            signature.setKeyIdentifierType(WSConstants.BST_DIRECT_REFERENCE);
            signature.setSignatureAlgorithm(options.signatureAlgorithm());
            signature.setDigestAlgo(options.digestAlgorithm());
            signature.setSigCanonicalization(WSConstants.C14N_EXCL_OMIT_COMMENTS);
            signature.build(crypto());
            return doc;
        }
        catch (WSSecurityException ex) {
            throw new IllegalStateException("signing failed", ex);
        }
    }

    private Merlin crypto() {
        Merlin merlin = new Merlin();
        merlin.setKeyStore(this.keyStore);
        return merlin;
    }

}
