package uk.gov.justice.ppg.gateway.delivery;

/**
 * A delivery's stored payload, handed to whoever renders it, who takes it once: from then
 * on only the renderer holds it, and it lets go as soon as the payload is parsed. A large
 * payload is therefore not held beside its DOM and its signed envelope.
 */
final class PayloadHandover {

    private byte[] payload;

    PayloadHandover(byte[] payload) {
        this.payload = payload;
    }

    byte[] take() {
        byte[] taken = this.payload;
        if (taken == null) {
            throw new IllegalStateException("the payload was taken already");
        }
        this.payload = null;
        return taken;
    }

}
