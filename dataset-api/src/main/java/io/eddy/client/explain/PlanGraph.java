package io.eddy.client.explain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A plan as described by the plan JSON of {@code ExecutionEnvironment.getExecutionPlan()}: its nodes
 * with their inputs, as typed records. The renderers in this package read the JSON through this class
 * so they agree on what a field means and on what to do when it is absent.
 *
 * <p>Native iterations stay a DAG in the JSON. Every node of a loop names it in {@code "iteration"};
 * the loop's head (the partial solution or workset) says in {@code "feedback_from"} which node feeds
 * it the next superstep's input (the Iteration Tail), and in {@code "max_iterations"} how many
 * supersteps run at most. That feedback edge is deliberately not a predecessor, so the plan remains
 * acyclic for anything that lays it out. An input read from outside the loop by a node inside it is
 * marked {@code "loop_invariant"}: it is read once and replayed every superstep.
 *
 * <p>Only the structure is required: an object with a {@code "nodes"} array whose entries are objects
 * with an {@code "id"}. Every other field is optional; absent or {@code null} fields become
 * {@code null} (or an empty list), never an error. Unknown fields are ignored. Numbers written as
 * strings (Flink writes {@code "parallelism": "2"}) are accepted wherever a number is expected, so ids
 * and parallelism are kept as text.
 */
public final class PlanGraph {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * One operator of the plan, in the order of the JSON.
     *
     * @param iteration the name of the loop the node runs in, or null outside loops
     * @param feedbackFrom on a loop's head only: the id of the node whose output is the head's input
     *     in the next superstep
     * @param maxIterations on a loop's head only: the most supersteps the loop runs
     */
    public record Node(
            String id,
            String type,
            String pact,
            String contents,
            String parallelism,
            String driverStrategy,
            List<Estimate> estimates,
            String chain,
            String managedMemory,
            List<Input> inputs,
            String iteration,
            String feedbackFrom,
            String maxIterations) {

        /** What the node does, for display: the pact, else the type, else "Operator". */
        public String label() {
            if (pact != null && !pact.isBlank()) {
                return pact;
            }
            return type != null && !type.isBlank() ? type : "Operator";
        }

        /** Whether the node runs once per superstep of a loop. */
        public boolean inLoop() {
            return iteration != null;
        }

        /** Whether the node is a loop's head, the one that receives the feedback edge. */
        public boolean receivesFeedback() {
            return feedbackFrom != null;
        }
    }

    /**
     * One input of a node: the producing node and how records travel from it.
     *
     * @param loopInvariant for an input a loop reads from outside itself, how it is read (the JSON
     *     says "read once, replayed every superstep" or, for the build side of a cached hash join,
     *     "read once, kept in a hash table for every superstep"); null for other inputs
     */
    public record Input(String id, String side, String shipStrategy, String localStrategy, String exchange,
                        String loopInvariant) {

        /** Whether the consumer starts only after the producer finished (the JSON's default is pipelined). */
        public boolean blocking() {
            return "blocking".equalsIgnoreCase(exchange);
        }

        public boolean broadcast() {
            return "broadcast".equalsIgnoreCase(side);
        }

        /** Whether a loop reads this input once (and replays it, or keeps it hashed, in every superstep). */
        public boolean replayedEverySuperstep() {
            return loopInvariant != null;
        }
    }

    /** One optimizer estimate of a node, e.g. {@code Est. Output Size = 12.3 MB}. */
    public record Estimate(String name, String value) {}

    private final List<Node> nodes;
    private final Map<String, Node> byId;

    private PlanGraph(List<Node> nodes, Map<String, Node> byId) {
        this.nodes = nodes;
        this.byId = byId;
    }

    /**
     * Reads plan JSON.
     *
     * @throws IllegalArgumentException if the text is not JSON, has no {@code "nodes"} array, or a node
     *     has no id or repeats another's id; the message says which
     */
    public static PlanGraph parse(String planJson) {
        JsonNode root;
        try {
            root = MAPPER.readTree(planJson == null ? "" : planJson);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the plan is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject() || !root.path("nodes").isArray()) {
            throw new IllegalArgumentException("the plan JSON has no \"nodes\" array");
        }
        List<Node> nodes = new ArrayList<>();
        Map<String, Node> byId = new LinkedHashMap<>();
        int index = 0;
        for (JsonNode json : root.get("nodes")) {
            if (!json.isObject()) {
                throw new IllegalArgumentException("entry " + index + " of \"nodes\" is not an object");
            }
            String id = text(json, "id");
            if (id == null) {
                throw new IllegalArgumentException("entry " + index + " of \"nodes\" has no id");
            }
            Node node = new Node(id, text(json, "type"), text(json, "pact"), text(json, "contents"),
                    text(json, "parallelism"), text(json, "driver_strategy"), estimates(json.get("estimates")),
                    text(json, "chain"), text(json, "managed_memory"), inputs(json.get("predecessors")),
                    text(json, "iteration"), text(json, "feedback_from"), text(json, "max_iterations"));
            if (byId.putIfAbsent(id, node) != null) {
                throw new IllegalArgumentException("two nodes have the id " + id);
            }
            nodes.add(node);
            index++;
        }
        return new PlanGraph(Collections.unmodifiableList(nodes), Collections.unmodifiableMap(byId));
    }

    /** The nodes in the order of the JSON. */
    public List<Node> nodes() {
        return nodes;
    }

    public Optional<Node> node(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The nodes no other node reads from, in JSON order: the sinks, any operator whose result is
     * unused, and a loop's Iteration Tail, Termination Criterion and Solution Set Delta, which feed
     * the loop itself rather than a predecessor. A tree of the plan starts at these.
     */
    public List<Node> roots() {
        Set<String> consumed = new HashSet<>();
        for (Node node : nodes) {
            for (Input input : node.inputs()) {
                consumed.add(input.id());
            }
        }
        List<Node> roots = new ArrayList<>();
        for (Node node : nodes) {
            if (!consumed.contains(node.id())) {
                roots.add(node);
            }
        }
        return roots;
    }

    private static List<Input> inputs(JsonNode array) {
        if (array == null || !array.isArray()) {
            return List.of();
        }
        List<Input> inputs = new ArrayList<>();
        for (JsonNode json : array) {
            // An input without an id cannot be drawn or followed; it is dropped rather than invented.
            String id = json.isObject() ? text(json, "id") : null;
            if (id != null) {
                inputs.add(new Input(id, text(json, "side"), text(json, "ship_strategy"),
                        text(json, "local_strategy"), text(json, "exchange"), text(json, "loop_invariant")));
            }
        }
        return Collections.unmodifiableList(inputs);
    }

    private static List<Estimate> estimates(JsonNode array) {
        if (array == null || !array.isArray()) {
            return List.of();
        }
        List<Estimate> estimates = new ArrayList<>();
        for (JsonNode json : array) {
            if (json.isObject()) {
                estimates.add(new Estimate(text(json, "name"), text(json, "value")));
            }
        }
        return Collections.unmodifiableList(estimates);
    }

    /** A scalar field as text; null when absent, null, or not a scalar. */
    private static String text(JsonNode object, String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        return value.asText();
    }
}
