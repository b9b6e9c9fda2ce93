package uk.gov.justice.ppg.gateway.support;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import uk.gov.justice.ppg.gateway.GatewayApplication;

/**
 * Gateway nodes started by a test as applications of their own, on one PostgreSQL schema,
 * each with its own data directory (and embedded broker).
 */
public final class GatewayNodes {

    private GatewayNodes() {
    }

    public static ConfigurableApplicationContext start(PostgresSchema schema, String nodeId) {
        Map<String, String> properties = new LinkedHashMap<>(GatewayIT.properties(GatewayIT.dataDirectory()));
        properties.putAll(schema.properties());
        properties.put("server.port", "0");
        properties.put("gateway.node-id", nodeId);
        List<String> arguments = new ArrayList<>();
        properties.forEach((name, value) -> arguments.add("--" + name + "=" + value));
        return new SpringApplicationBuilder(GatewayApplication.class).run(arguments.toArray(new String[0]));
    }

    /** Closes each node that started. */
    public static void stop(ConfigurableApplicationContext... nodes) {
        for (ConfigurableApplicationContext node : nodes) {
            if (node != null) {
                node.close();
            }
        }
    }

    /** A node's SOAP endpoint. */
    public static URI endpoint(ConfigurableApplicationContext node) {
        int port = ((WebServerApplicationContext) node).getWebServer().getPort();
        return URI.create("https://localhost:" + port + "/cxf/InboundSPGProxy/1.2");
    }

}
