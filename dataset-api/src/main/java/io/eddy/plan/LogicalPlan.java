package io.eddy.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode().put("job", jobName);
        ArrayNode array = root.putArray("nodes");
        for (LogicalNode n : nodes) {
            ObjectNode node = array.addObject().put("id", n.id()).put("kind", n.kind().name()).put("pact", n.pact())
                    .put("name", n.name()).put("parallelism", n.singleton() ? 1 : n.parallelism());
            ArrayNode inputs = node.putArray("inputs");
            n.inputs().forEach(in -> inputs.add(in.id()));
            if (!n.broadcastInputs().isEmpty()) {
                ObjectNode broadcast = node.putObject("broadcast");
                n.broadcastInputs().forEach((name, in) -> broadcast.put(name, in.id()));
            }
            if (!n.keys().isEmpty()) {
                ArrayNode keys = node.putArray("keys");
                n.keys().forEach(key -> keys.add(key == null ? "" : key.describe()));
            }
            if (n.joinHint() != null) {
                node.put("join", n.joinType() + " " + n.joinHint());
            }
            if (n.crossHint() != null) {
                node.put("cross_hint", n.crossHint().name());
            }
            if (n.combineHint() != null) {
                node.put("combine_hint", n.combineHint().name());
            }
            if (n.partitionMethod() != null) {
                node.put("partitioning", n.partitionMethod().name());
            }
            if (!n.semantics().isEmpty()) {
                node.put("forwarded", n.semantics().toString());
            }
        }
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree failed to serialize", e);
        }
    }
}
