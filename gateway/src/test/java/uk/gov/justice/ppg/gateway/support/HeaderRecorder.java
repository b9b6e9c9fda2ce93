package uk.gov.justice.ppg.gateway.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.AsyncCallback;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.NamedNode;
import org.apache.camel.Processor;
import org.apache.camel.spi.InterceptStrategy;
import org.apache.camel.support.processor.DelegateAsyncProcessor;
import org.springframework.boot.test.context.TestComponent;

/**
 * Records, at every route step, which headers the exchange carries: what a
 * header-injection test inspects. A test bean only; production routes run without it.
 */
@TestComponent
public class HeaderRecorder implements InterceptStrategy {

    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    @Override
    public Processor wrapProcessorInInterceptors(CamelContext context, NamedNode definition, Processor target,
            Processor nextTarget) {
        String step = definition.getId();
        return new DelegateAsyncProcessor(target) {
            @Override
            public boolean process(Exchange exchange, AsyncCallback callback) {
                HeaderRecorder.this.seen.add(new Seen(step, Set.copyOf(exchange.getIn().getHeaders().keySet())));
                return super.process(exchange, callback);
            }
        };
    }

    public void clear() {
        this.seen.clear();
    }

    public List<Seen> seenAt(String step) {
        List<Seen> at = new ArrayList<>();
        this.seen.stream().filter((s) -> step.equals(s.step())).forEach(at::add);
        return at;
    }

    /** The header names present when a step ran. */
    public record Seen(String step, Set<String> headers) {
    }

}
