package io.eddy.plan;

import io.eddy.api.ExecutionConfig;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A program as a logical plan: every {@link LogicalNode} reachable from the sinks, producers before
 * consumers, plus what the optimizer needs to know of the environment. A data set used by several
 * consumers is one node ({@link #nodeFor}), so it is computed once.
 *
 * <p>Built once per {@code execute()} by the API (each sink translates itself and, recursively, its
 * inputs); the nodes are immutable, the plan only grows while it is being built.
 */
public final class LogicalPlan {

    private final String jobName;
    private final ExecutionConfig config;
    private final int defaultParallelism;
    private final List<LogicalNode> nodes = new ArrayList<>();
    private final List<LogicalNode> sinks = new ArrayList<>();
    private final Map<Object, LogicalNode> translated = new IdentityHashMap<>();

    public LogicalPlan(String jobName, ExecutionConfig config, int defaultParallelism) {
        if (defaultParallelism < 1) {
            throw new IllegalArgumentException("default parallelism must be at least 1: " + defaultParallelism);
        }
        this.jobName = jobName;
        this.config = config;
        this.defaultParallelism = defaultParallelism;
    }

    public String jobName() {
        return jobName;
    }

    public ExecutionConfig config() {
        return config;
    }

    public int defaultParallelism() {
        return defaultParallelism;
    }

    /** The node of {@code apiObject}, translating it on first use. */
    public LogicalNode nodeFor(Object apiObject, Supplier<LogicalNode> translation) {
        LogicalNode node = translated.get(apiObject);
        if (node == null) {
            node = translation.get();
            translated.put(apiObject, node);
        }
        return node;
    }

    /** Adds a node whose inputs are already in the plan. */
    public LogicalNode add(LogicalNode.Builder builder) {
        LogicalNode node = builder.build(nodes.size());
        nodes.add(node);
        if (node.kind() == LogicalNode.Kind.SINK) {
            sinks.add(node);
        }
        return node;
    }

    /** Every node, producers before consumers. */
    public List<LogicalNode> nodes() {
        return Collections.unmodifiableList(nodes);
    }

    public List<LogicalNode> sinks() {
        return Collections.unmodifiableList(sinks);
    }

    /**
     * The logical plan as JSON: per node its id, kind, pact, name, requested parallelism, inputs,
     * broadcast inputs, keys, hints and declared forwarded fields. No strategy appears, because
     * none has been chosen yet.
     */
    public String toJson() {
        StringBuilder sb = new StringBuilder("{\"job\": ").append(quote(jobName)).append(", \"nodes\": [");
        for (int i = 0; i < nodes.size(); i++) {
            LogicalNode n = nodes.get(i);
            sb.append(i == 0 ? "\n" : ",\n").append("  {\"id\": ").append(n.id())
                    .append(", \"kind\": ").append(quote(n.kind().name()))
                    .append(", \"pact\": ").append(quote(n.pact()))
                    .append(", \"name\": ").append(quote(n.name()))
                    .append(", \"parallelism\": ").append(n.singleton() ? 1 : n.parallelism())
                    .append(", \"inputs\": ").append(n.inputs().stream().map(in -> String.valueOf(in.id())).toList());
            if (!n.broadcastInputs().isEmpty()) {
                sb.append(", \"broadcast\": {");
                int b = 0;
                for (Map.Entry<String, LogicalNode> e : n.broadcastInputs().entrySet()) {
                    sb.append(b++ == 0 ? "" : ", ").append(quote(e.getKey())).append(": ").append(e.getValue().id());
                }
                sb.append('}');
            }
            if (!n.keys().isEmpty()) {
                sb.append(", \"keys\": [");
                for (int k = 0; k < n.keys().size(); k++) {
                    KeySpec key = n.keys().get(k);
                    sb.append(k == 0 ? "" : ", ").append(quote(key == null ? "" : key.describe()));
                }
                sb.append(']');
            }
            if (n.joinHint() != null) {
                sb.append(", \"join\": ").append(quote(n.joinType() + " " + n.joinHint()));
            }
            if (n.crossHint() != null) {
                sb.append(", \"cross_hint\": ").append(quote(n.crossHint().name()));
            }
            if (n.combineHint() != null) {
                sb.append(", \"combine_hint\": ").append(quote(n.combineHint().name()));
            }
            if (n.partitionMethod() != null) {
                sb.append(", \"partitioning\": ").append(quote(n.partitionMethod().name()));
            }
            if (!n.semantics().isEmpty()) {
                sb.append(", \"forwarded\": ").append(quote(n.semantics().toString()));
            }
            sb.append('}');
        }
        return sb.append("\n]}").toString();
    }

    private static String quote(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
