package uk.gov.justice.ppg.gateway.agency;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.gov.justice.ppg.gateway.delivery.Inboxes;
import uk.gov.justice.ppg.gateway.store.DeliveryStore;
import uk.gov.justice.ppg.gateway.store.InboxStore;
import uk.gov.justice.ppg.gateway.store.PendingDelivery;
import uk.gov.justice.ppg.routes.error.GatewayErrorCode;
import uk.gov.justice.ppg.routes.error.GatewayException;

/**
 * One page of an agency's inbox: its open items after the cursor, oldest first, each
 * rendered as JSON with when it entered, and {@code next}, the cursor after the last.
 * Items listed for the first time are audited as read. An item that cannot be rendered is
 * left out (and logged) rather than keep the agency from the rest.
 */
final class InboxPages {

    private static final Logger LOG = LoggerFactory.getLogger(InboxPages.class);

    private static final int DEFAULT_LIMIT = 50;

    private static final int MAX_LIMIT = 200;

    private final InboxStore inbox;

    private final DeliveryStore deliveries;

    private final InboxItems items;

    private final Inboxes inboxes;

    InboxPages(InboxStore inbox, DeliveryStore deliveries, InboxItems items, Inboxes inboxes) {
        this.inbox = inbox;
        this.deliveries = deliveries;
        this.items = items;
        this.inboxes = inboxes;
    }

    ObjectNode page(String partnerId, String after, String limit, String actor) {
        List<InboxStore.Entry> open = this.inbox.open(partnerId, cursor(after), limit(limit));
        ObjectNode page = InboxItems.JSON.createObjectNode();
        ArrayNode listed = page.putArray("items");
        List<PendingDelivery> read = new ArrayList<>();
        for (InboxStore.Entry entry : open) {
            Optional<PendingDelivery> delivery = this.deliveries.load(entry.deliveryId());
            try {
                delivery.ifPresent(
                        (found) -> listed.add(this.items.item(found).put("enteredAt", entry.enteredAt().toString())));
                delivery.ifPresent(read::add);
            }
            catch (RuntimeException ex) {
                LOG.error("inbox item {} left out: it does not render ({})", entry.deliveryId(),
                        ex.getClass().getSimpleName());
            }
        }
        this.inboxes.read(read, actor);
        String next = open.isEmpty() ? ((after == null) ? "0" : after) : Long.toString(open.get(open.size() - 1).seq());
        return page.put("next", next);
    }

    private static long cursor(String after) {
        if (after == null) {
            return 0;
        }
        if (!after.matches("[0-9]{1,18}")) {
            throw new GatewayException(GatewayErrorCode.QUERY_INVALID, "after is not a cursor");
        }
        return Long.parseLong(after);
    }

    private static int limit(String limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (!limit.matches("[0-9]{1,3}") || Integer.parseInt(limit) < 1 || Integer.parseInt(limit) > MAX_LIMIT) {
            throw new GatewayException(GatewayErrorCode.QUERY_INVALID, "limit outside 1.." + MAX_LIMIT);
        }
        return Integer.parseInt(limit);
    }

}
