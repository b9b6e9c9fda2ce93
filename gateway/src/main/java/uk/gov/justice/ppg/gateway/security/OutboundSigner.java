package uk.gov.justice.ppg.gateway.security;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;

import org.apache.wss4j.common.WSEncryptionPart;
import org.apache.wss4j.common.WSS4JConstants;
import org.apache.wss4j.common.crypto.Merlin;
import org.apache.wss4j.common.ext.WSSecurityException;
import org.apache.wss4j.dom.WSConstants;
import org.apache.wss4j.dom.engine.WSSConfig;
import org.apache.wss4j.dom.message.WSSecHeader;
import org.apache.wss4j.dom.message.WSSecSignature;
import org.apache.wss4j.dom.message.WSSecTimestamp;
import org.w3c.dom.Document;

/**
 * Signs what the gateway sends (deliveries, status notifications, pings) with its own
 * key, always to the strict profile it demands of partners: Timestamp and Body signed,
 * RSA-SHA256, SHA-256 digests, exclusive C14N, the certificate as a BinarySecurityToken
 * referenced directly.
 */
public final class OutboundSigner {

    static {
        WSSConfig.init();
    }

    private final CachedKeyCrypto crypto;

    private final String alias;

    private final Clock clock;

    private final Duration timeToLive;

    public OutboundSigner(KeyStore keyStore, char[] password, Clock clock, Duration timeToLive) {
        try {
            this.alias = Collections.list(keyStore.aliases()).get(0);
            this.crypto = new CachedKeyCrypto(keyStore, (PrivateKey) keyStore.getKey(this.alias, password));
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("cannot read the gateway signing key", ex);
        }
        this.clock = clock;
        this.timeToLive = timeToLive;
    }

    /** Adds a signed Security header to a SOAP envelope, in place. */
    public Document sign(Document envelope) {
        String soapNs = envelope.getDocumentElement().getNamespaceURI();
        try {
            WSSecHeader header = new WSSecHeader(envelope);
            header.insertSecurityHeader();
            WSSecTimestamp timestamp = new WSSecTimestamp(header);
            timestamp.setTimeToLive((int) this.timeToLive.toSeconds());
            timestamp.setWsTimeSource(this.clock::instant);
            timestamp.build();
            WSSecSignature signature = new WSSecSignature(header);
            signature.getParts().add(new WSEncryptionPart("Timestamp", WSConstants.WSU_NS, ""));
            signature.getParts().add(new WSEncryptionPart("Body", soapNs, ""));
            signature.setUserInfo(this.alias, "");
            signature.setKeyIdentifierType(WSConstants.BST_DIRECT_REFERENCE);
            signature.setSignatureAlgorithm(WSS4JConstants.RSA_SHA256);
            signature.setDigestAlgo(WSS4JConstants.SHA256);
            signature.setSigCanonicalization(WSS4JConstants.C14N_EXCL_OMIT_COMMENTS);
            signature.build(this.crypto);
            return envelope;
        }
        catch (WSSecurityException ex) {
            throw new IllegalStateException("signing failed", ex);
        }
    }

    /** Merlin that decrypts the PKCS#12 private key once, not on every signature. */
    private static final class CachedKeyCrypto extends Merlin {

        private final PrivateKey key;

        CachedKeyCrypto(KeyStore keyStore, PrivateKey key) {
            setKeyStore(keyStore);
            this.key = key;
        }

        @Override
        public PrivateKey getPrivateKey(String identifier, String password) {
            return this.key;
        }

    }

}
