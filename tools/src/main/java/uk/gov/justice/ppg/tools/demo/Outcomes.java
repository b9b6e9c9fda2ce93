package uk.gov.justice.ppg.tools.demo;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import uk.gov.justice.ppg.tools.stub.Receipt;
import uk.gov.justice.ppg.tools.stub.StubPartner;

/**
 * What the stub partners received for each accepted sample: deliveries, and the
 * notification to its sender.
 */
final class Outcomes {

    private final List<StubPartner> stubs;

    Outcomes(List<StubPartner> stubs) {
        this.stubs = stubs;
    }

    /**
     * Waits until every accepted case-data sample's sender has its status notification,
     * or time runs out.
     */
    void awaitNotifications(List<Demo.Sent> sent, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline && sent.stream()
            .filter((s) -> s.accepted() && wantsNotification(s))
            .anyMatch((s) -> notification(s).isEmpty())) {
            Thread.sleep(250);
        }
    }

    String describe(Demo.Sent sent) {
        List<Receipt> deliveries = receipts().stream()
            .filter((receipt) -> receipt.controlReference().equals(sent.reference())
                    && receipt.sender().equals(sent.senderIdentity()))
            .toList();
        String delivered = deliveries.isEmpty() ? inbox(sent)
                : deliveries.stream()
                    .map((receipt) -> "to " + receipt.at().name() + (receipt.duplicate() ? " (again)" : "")
                            + (receipt.signer().startsWith("CN=signing.gateway") ? "" : " [" + receipt.signer() + "]"))
                    .collect(Collectors.joining(", "));
        if (!wantsNotification(sent)) {
            return delivered;
        }
        return delivered + " | "
                + notification(sent).map(
                        (isn) -> "ISN " + isn.status().orElse("?") + " from " + isn.sender() + " to " + isn.at().name())
                    .orElse(Demo.INBOXES.contains(sent.senderIdentity()) ? "ISN to the sender's inbox" : "no ISN yet");
    }

    /**
     * What to say of one no stub received: delivered through an inbox if its sender has a
     * 202 ISN for it.
     */
    private String inbox(Demo.Sent sent) {
        return notification(sent).flatMap(Receipt::status).filter("202"::equals).isPresent()
                ? "to the receiver's inbox, acknowledged" : "not delivered yet";
    }

    private Optional<Receipt> notification(Demo.Sent sent) {
        return receipts().stream()
            .filter((receipt) -> "InterchangeStatusNotification".equals(receipt.body())
                    && receipt.acknowledges().filter(sent.reference()::equals).isPresent()
                    && receipt.receiver().equals(sent.senderIdentity()))
            .findFirst();
    }

    private static boolean wantsNotification(Demo.Sent sent) {
        return !"ConnectionNotification".equals(sent.body()) && !"InterchangeStatusNotification".equals(sent.body());
    }

    private List<Receipt> receipts() {
        return this.stubs.stream().flatMap((stub) -> stub.receipts().stream()).toList();
    }

}
