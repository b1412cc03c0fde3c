package io.eddy.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eddy.api.ExecutionConfig;
import io.eddy.api.InvalidProgramException;
import io.eddy.api.aggregators.AggregatorWithName;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * A program as a logical plan: every {@link LogicalNode} reachable from the sinks, producers before
 * consumers, plus what the optimizer needs to know of the environment. A data set used by several
 * consumers is one node ({@link #nodeFor}), so it is computed once.
 *
 * <p>Built once per {@code execute()} by the API (each sink translates itself and, recursively, its
 * inputs); the nodes are immutable, the plan only grows while it is being built.
 *
 * <p>Iterations: the API translates an iteration's step function between {@link #beginIteration}
 * and {@link #endIteration}. The plan tracks which iterations' placeholders each node reads,
 * directly or through its inputs, and rejects a node that reads one of an iteration that is not
 * open: data computed inside an iteration may leave it only through the iteration node.
 */
public final class LogicalPlan {

    private final String jobName;
    private final ExecutionConfig config;
    private final int defaultParallelism;
    private final List<LogicalNode> nodes = new ArrayList<>();
    private final List<LogicalNode> sinks = new ArrayList<>();
    private final Map<Object, LogicalNode> translated = new IdentityHashMap<>();
    /** Per node that reads placeholders, the ids of their iterations; nodes outside any loop are absent. */
    private final Map<LogicalNode, Set<Integer>> iterationsRead = new IdentityHashMap<>();
    private final List<String> iterationNames = new ArrayList<>();
    private final Deque<Integer> openIterations = new ArrayDeque<>();
    /**
     * The call sites of the API objects being translated, innermost last: a node added without a
     * call site of its own gets the innermost one, which is its API object's (inputs are translated,
     * and their frames left, before an object adds its own node).
     */
    private final List<String> callSites = new ArrayList<>();

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

    /**
     * As {@link #nodeFor(Object, Supplier)}, for an API object created at {@code callSite} (see
     * {@link LogicalNode#callSite()}, may be null): the nodes its translation adds carry that call
     * site unless they set their own.
     */
    public LogicalNode nodeFor(Object apiObject, String callSite, Supplier<LogicalNode> translation) {
        return nodeFor(apiObject, () -> {
            callSites.add(callSite);
            try {
                return translation.get();
            } finally {
                callSites.remove(callSites.size() - 1);
            }
        });
    }

    /**
     * Starts translating the step function of an iteration called {@code name}: until
     * {@link #endIteration}, nodes may read its placeholders. Returns the iteration's id, unique
     * within this plan, for its placeholders and its {@link IterationInfo}.
     */
    public int beginIteration(String name) {
        int id = iterationNames.size();
        iterationNames.add(name);
        openIterations.push(id);
        return id;
    }

    /** Ends the step function of iteration {@code id}: no node added later may read its placeholders. */
    public void endIteration(int id) {
        openIterations.removeFirstOccurrence(id);
    }

    /**
     * Adds a node whose inputs are already in the plan.
     *
     * @throws InvalidProgramException if the node reads (through its inputs or broadcast sets) the
     *     step function of an iteration whose translation is not open, i.e. uses data of an
     *     iteration outside of it
     */
    public LogicalNode add(LogicalNode.Builder builder) {
        if (!builder.hasCallSite() && !callSites.isEmpty()) {
            builder.callSite(callSites.get(callSites.size() - 1));
        }
        LogicalNode node = builder.build(nodes.size());
        Set<Integer> reads = checkIterationScope(node);
        if (!reads.isEmpty()) {
            iterationsRead.put(node, reads);
        }
        nodes.add(node);
        if (node.kind() == LogicalNode.Kind.SINK) {
            sinks.add(node);
        }
        return node;
    }

    private Set<Integer> checkIterationScope(LogicalNode node) {
        if (node.kind().isPlaceholder()) {
            if (!openIterations.contains(node.iterationId())) {
                throw new IllegalStateException("placeholder of iteration " + node.iterationId() + " added outside it");
            }
            return Set.of(node.iterationId());
        }
        Set<Integer> reads = new TreeSet<>();
        List<LogicalNode> sources = new ArrayList<>(node.inputs());
        sources.addAll(node.broadcastInputs().values());
        for (LogicalNode input : sources) {
            for (int iteration : iterationsRead.getOrDefault(input, Set.of())) {
                if (!openIterations.contains(iteration)) {
                    throw new InvalidProgramException("'" + input + "' belongs to the step function of the iteration '"
                            + iterationNames.get(iteration) + "', but '" + node + "' uses it outside that iteration. "
                            + "Data computed inside an iteration leaves it only through the iteration's result, "
                            + "the data set that closeWith(...) returns.");
                }
                reads.add(iteration);
            }
        }
        return reads;
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
     * broadcast inputs, keys, hints and declared forwarded fields; placeholders their
     * {@code iteration_id}, iteration nodes an {@code iteration} object (the ids of the step
     * function's ends, the maximum number of supersteps, the aggregator names). No strategy
     * appears, because none has been chosen yet.
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
            if (n.kind().isPlaceholder()) {
                node.put("iteration_id", n.iterationId());
            }
            if (n.iteration() != null) {
                iterationJson(node.putObject("iteration"), n.iteration());
            }
        }
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree failed to serialize", e);
        }
    }

    private static void iterationJson(ObjectNode json, IterationInfo it) {
        json.put("id", it.id()).put("max_iterations", it.maxIterations());
        if (it.isDelta()) {
            json.put("solution_set", it.solutionSet().id()).put("workset", it.workset().id())
                    .put("next", it.next().id()).put("next_workset", it.nextWorkset().id())
                    .put("solution_set_key", it.solutionSetKey().describe())
                    .put("solution_set_unmanaged", it.solutionSetUnmanaged());
        } else {
            json.put("partial_solution", it.partialSolution().id()).put("next", it.next().id());
            if (it.terminationCriterion() != null) {
                json.put("termination_criterion", it.terminationCriterion().id());
            }
        }
        ArrayNode aggregators = json.putArray("aggregators");
        for (AggregatorWithName<?> aggregator : it.aggregators().getAllRegisteredAggregators()) {
            aggregators.add(aggregator.getName());
        }
        if (it.aggregators().getConvergenceCriterion() != null) {
            json.put("convergence_criterion", it.aggregators().getConvergenceCriterionAggregatorName());
        }
    }
}
