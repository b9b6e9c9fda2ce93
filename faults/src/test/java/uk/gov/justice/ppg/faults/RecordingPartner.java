package uk.gov.justice.ppg.faults;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import uk.gov.justice.ppg.certs.ExampleParty;
import uk.gov.justice.ppg.certs.PkiLayout;
import uk.gov.justice.ppg.tools.stub.Receipt;
import uk.gov.justice.ppg.tools.stub.StubPartner;

/**
 * A stub partner that writes every delivery it receives to a file, synced to disk, before
 * it answers (through a stream, not an interruptible channel: stopping the stub for an
 * outage interrupts its threads, which would close a channel for good): what the file
 * holds is what the partner was given, whatever happens to the gateway afterwards. It can
 * be taken down and brought back on the same port (an outage).
 */
final class RecordingPartner implements AutoCloseable {

    private final PkiLayout pki;

    private final ExampleParty party;

    private final int port;

    private final FileOutputStream file;

    private final Path path;

    private StubPartner stub;

    RecordingPartner(PkiLayout pki, ExampleParty party, int port, Path path) throws IOException {
        this.pki = pki;
        this.party = party;
        this.port = port;
        this.path = path;
        this.file = new FileOutputStream(path.toFile(), false);
    }

    RecordingPartner up() throws IOException {
        this.stub = StubPartner.start(this.pki, this.party, this.port, "/spg", this::record);
        return this;
    }

    void down() {
        this.stub.close();
    }

    int port() {
        return this.port;
    }

    private synchronized void record(Receipt receipt) {
        String line = String.join("|", receipt.sender(), receipt.receiver(), receipt.controlReference(),
                receipt.acknowledges().orElse(""), receipt.body(), receipt.status().orElse("")) + "\n";
        try {
            this.file.write(line.getBytes(StandardCharsets.UTF_8));
            this.file.getFD().sync();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Every receipt recorded so far, in the order received. */
    synchronized List<Delivered> received() throws IOException {
        List<Delivered> all = new ArrayList<>();
        for (String line : Files.readAllLines(this.path)) {
            String[] fields = line.split("\\|", -1);
            all.add(new Delivered(fields[0], fields[1], fields[2], fields[3], fields[4], fields[5]));
        }
        return all;
    }

    @Override
    public void close() throws IOException {
        if (this.stub != null) {
            this.stub.close();
        }
        this.file.close();
    }

    /**
     * One recorded receipt.
     *
     * @param sender SenderIdentity
     * @param receiver ReceiverIdentity
     * @param reference SenderControlReference
     * @param acknowledges ReceiverControlReference of a notification, or empty
     * @param body the body, as far as a light stub reads it
     * @param status the StatusCode of a notification, or empty
     */
    record Delivered(String sender, String receiver, String reference, String acknowledges, String body,
            String status) {

        boolean notification() {
            return "InterchangeStatusNotification".equals(this.body);
        }

    }

}
