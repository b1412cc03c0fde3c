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
}
