package uk.gov.justice.ppg.tools.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The processes whose CPU a run counts, by role:
 * {@code gateway=12,34;database=56;broker=78} (a bare process id is the gateway alone).
 */
final class CpuGroups {

    private final Map<String, List<Long>> groups;

    private CpuGroups(Map<String, List<Long>> groups) {
        this.groups = groups;
    }

    static CpuGroups parse(String text) {
        Map<String, List<Long>> groups = new LinkedHashMap<>();
        for (String group : text.split(";")) {
            if (group.isBlank()) {
                continue;
            }
            int equals = group.indexOf('=');
            String name = (equals < 0) ? "gateway" : group.substring(0, equals);
            List<Long> pids = new ArrayList<>();
            for (String pid : group.substring(equals + 1).split(",")) {
                if (!pid.isBlank()) {
                    pids.add(Long.parseLong(pid.trim()));
                }
            }
            groups.put(name, pids);
        }
        return new CpuGroups(groups);
    }

    /** CPU seconds used so far by each role's processes. */
    Map<String, Double> seconds() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        this.groups.forEach((name, pids) -> seconds.put(name, pids.stream().mapToDouble(ProcessCpu::seconds).sum()));
        return seconds;
    }

    /**
     * CPU seconds used so far by the JIT compiler threads of all the counted processes.
     */
    double compilerSeconds() {
        return this.groups.values().stream().flatMap(List::stream).mapToDouble(ProcessCpu::compilerSeconds).sum();
    }

    /** CPU seconds used so far by all the counted processes. */
    double totalSeconds() {
        return seconds().values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /**
     * What each role used between two readings, in milliseconds per interchange, with the
     * total.
     */
    static String perInterchange(Map<String, Double> before, Map<String, Double> after, int interchanges,
            double signatureMillis) {
        StringBuilder text = new StringBuilder();
        double total = 0;
        for (Map.Entry<String, Double> role : after.entrySet()) {
            double millis = 1000 * (role.getValue() - before.getOrDefault(role.getKey(), 0.0)) / interchanges;
            total += millis;
            text.append(String.format("%s %.2f ms, ", role.getKey(), millis));
        }
        return text
            .append(String.format("together %.2f ms = %.2f times the two signatures (%.2f ms)", total,
                    total / signatureMillis, signatureMillis))
            .toString();
    }

    /**
     * The part of a window's CPU that the JIT compiler threads used, per interchange, and
     * the ratio to the signatures of the rest.
     */
    static String compilers(Map<String, Double> before, Map<String, Double> after, double compilerSeconds,
            int interchanges, double signatureMillis) {
        double total = 0;
        for (Map.Entry<String, Double> role : after.entrySet()) {
            total += role.getValue() - before.getOrDefault(role.getKey(), 0.0);
        }
        double compiler = 1000 * compilerSeconds / interchanges;
        double rest = 1000 * total / interchanges - compiler;
        return String.format("%.2f ms (%.1f %%); without them %.2f ms = %.2f times the two signatures", compiler,
                (total > 0) ? 100 * compilerSeconds / total : 0, rest, rest / signatureMillis);
    }

}
