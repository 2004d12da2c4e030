package org.satchel.node.web;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counters the node exposes at {@code /metrics} in the Prometheus text format (version 0.0.4):
 * requests by status class, accesses by outcome, and the JVM heap.
 */
public final class Metrics {
    private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> accesses = new ConcurrentHashMap<>();

    public void request(int status) {
        requests.computeIfAbsent(status / 100 + "xx", k -> new LongAdder()).increment();
    }

    public void access(boolean allowed) {
        accesses.computeIfAbsent(allowed ? "allowed" : "refused", k -> new LongAdder()).increment();
    }

    String render() {
        StringBuilder out = new StringBuilder();
        out.append("# HELP satchel_http_requests_total HTTP requests answered, by status class.\n");
        out.append("# TYPE satchel_http_requests_total counter\n");
        new TreeMap<>(requests).forEach((k, v) -> out.append("satchel_http_requests_total{status=\"").append(k).append("\"} ").append(v.sum()).append('\n'));
        out.append("# HELP satchel_record_accesses_total Accesses to learners' data, by outcome; each is in the learner's access log.\n");
        out.append("# TYPE satchel_record_accesses_total counter\n");
        for (String outcome : new String[] {"allowed", "refused"}) {
            LongAdder n = accesses.get(outcome);
            out.append("satchel_record_accesses_total{outcome=\"").append(outcome).append("\"} ").append(n == null ? 0 : n.sum()).append('\n');
        }
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        out.append("# HELP jvm_memory_used_bytes Heap in use.\n# TYPE jvm_memory_used_bytes gauge\n");
        out.append("jvm_memory_used_bytes{area=\"heap\"} ").append(heap.getUsed()).append('\n');
        return out.toString();
    }
}
