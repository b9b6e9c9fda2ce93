package uk.gov.justice.ppg.gateway.routing;

import java.util.Optional;
import java.util.Set;

import uk.gov.justice.ppg.routes.error.GatewayErrorCode;
import uk.gov.justice.ppg.routes.error.GatewayException;
import uk.gov.justice.ppg.schemas.MessageBody;
import uk.gov.justice.ppg.schemas.SpgValues;
import uk.gov.justice.ppg.schemas.envelope.InterchangeView;

/**
 * Who may send and receive case data (ADR 0015). A case the register does not know may be
 * introduced only by an allocation from nDelius; any other case data to or from a CRC
 * about it is refused ({@code GW-053}). A CRC may send case data only about a case it is
 * responsible for, or held within the transfer grace window ({@code GW-052}), and
 * receives it only on the same terms ({@code GW-050}). A transfer between nDelius and a
 * CRC about a case nDelius holds is exempt from both: nDelius offering or answering the
 * transfer.
 */
final class CaseAccess {

    static final String NDELIUS = "N00";

    private static final Set<MessageBody> TRANSFERS = Set.of(MessageBody.CONSOLIDATED_TRANSFER_REQUEST,
            MessageBody.CONSOLIDATED_TRANSFER_RESPONSE);

    private CaseAccess() {
    }

    /**
     * Checks case data against the register.
     * @param view the interchange
     * @param current the register's entry for its case before this interchange
     * @param change what the interchange does to the register
     * @param state the holder after it, and the previous holder while the window is open
     * @param previousNow the previous holder of the current entry, while its window is
     * open
     */
    static void check(InterchangeView view, Optional<Responsibility> current, Optional<ResponsibilityChange> change,
            CaseState state, Optional<String> previousNow) {
        String sender = view.sender();
        String receiver = view.receiver();
        if (current.isEmpty()) {
            boolean introduces = change.filter((c) -> c.kind() == ResponsibilityChange.Kind.ALLOCATION).isPresent()
                    && NDELIUS.equals(sender);
            if (!introduces && (SpgValues.isCrc(sender) || SpgValues.isCrc(receiver))) {
                throw new GatewayException(GatewayErrorCode.CASE_UNKNOWN,
                        "the case register does not know the case; only an allocation from N00 introduces one");
            }
            return;
        }
        boolean transferOfferedByNdelius = view.bodies().stream().anyMatch(TRANSFERS::contains)
                && NDELIUS.equals(current.get().provider());
        if (transferOfferedByNdelius) {
            return;
        }
        if (SpgValues.isCrc(sender) && !sender.equals(current.get().provider())
                && previousNow.filter(sender::equals).isEmpty()) {
            throw new GatewayException(GatewayErrorCode.CASE_NOT_SENDERS,
                    sender + " is not responsible for the case it sent about");
        }
        if (SpgValues.isCrc(receiver) && !state.holds(receiver)) {
            throw new GatewayException(GatewayErrorCode.CASE_NOT_HELD, receiver + " is not responsible for the case");
        }
    }

}
