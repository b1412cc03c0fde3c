package io.eddy.compiler;

import io.eddy.exec.DriverStrategy;
import io.eddy.optimizer.Channel;
import io.eddy.optimizer.PhysicalPlan;
import io.eddy.optimizer.PlanNode;
import io.eddy.runtime.jobgraph.ShipStrategy;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which physical plan nodes run fused in one task: unions dissolve into the inputs of their
 * consumers, and a node fed by exactly one forward, pipelined input at its own parallelism joins
 * its producer's chain (records then pass as objects, never serialized), if both run in the same
 * loop or both outside loops. Every other input becomes an exchange between chains.
 */
public final class Chaining {

    /** A node's input after unions were dissolved: the producing node and how records get there. */
    public record ResolvedInput(Channel channel, PlanNode source, ShipStrategy strategy) {}

    private final List<PlanNode> operators = new ArrayList<>();
    private final Map<PlanNode, List<ResolvedInput>> inputs = new IdentityHashMap<>();
    private final Map<PlanNode, PlanNode> headOf = new IdentityHashMap<>();
    private final Map<PlanNode, List<PlanNode>> chains = new LinkedHashMap<>();
    private final Map<PlanNode, Integer> chainIndex = new IdentityHashMap<>();

    private Chaining() {}

    public static Chaining of(PhysicalPlan plan) {
        Chaining c = new Chaining();
        for (PlanNode node : plan.nodes()) {
            if (node.driver() == DriverStrategy.UNION) {
                continue;
            }
            c.operators.add(node);
            List<ResolvedInput> resolved = new ArrayList<>();
            for (Channel channel : node.allInputs()) {
                resolve(node, channel, channel.shipStrategy(), resolved);
            }
            c.inputs.put(node, resolved);
        }
        for (PlanNode node : c.operators) {
            List<ResolvedInput> in = c.inputs.get(node);
            boolean chainable = in.size() == 1 && node.driver().numInputs() == 1
                    && in.get(0).strategy() == ShipStrategy.FORWARD && !in.get(0).channel().blocking()
                    && in.get(0).source().parallelism() == node.parallelism()
                    // a loop's tasks run superstep after superstep, the others once: they never share a task
                    && in.get(0).source().loop() == node.loop();
            c.headOf.put(node, chainable ? c.headOf.get(in.get(0).source()) : node);
        }
        for (PlanNode node : c.operators) {
            c.chains.computeIfAbsent(c.headOf.get(node), h -> new ArrayList<>()).add(node);
        }
        int id = 0;
        for (List<PlanNode> chain : c.chains.values()) {
            for (PlanNode node : chain) {
                c.chainIndex.put(node, id);
            }
            id++;
        }
        return c;
    }

    /** Replaces a union source by its inputs; a forward edge from a union takes the union's own edges. */
    private static void resolve(PlanNode consumer, Channel channel, ShipStrategy strategy, List<ResolvedInput> out) {
        PlanNode source = channel.source();
        if (source.driver() != DriverStrategy.UNION) {
            ShipStrategy effective = strategy == ShipStrategy.FORWARD && source.parallelism() != consumer.parallelism()
                    ? ShipStrategy.REBALANCE : strategy;
            out.add(new ResolvedInput(channel, source, effective));
            return;
        }
        // a keyed or broadcast channel out of a union applies to each of the union's inputs; a forward
        // or rebalance takes each input's own shipping (rebalance stays a rebalance)
        boolean keepOwn = strategy != ShipStrategy.FORWARD && strategy != ShipStrategy.REBALANCE;
        for (Channel unionInput : source.inputs()) {
            Channel shipping = keepOwn ? channel : unionInput;
            ShipStrategy s = keepOwn ? strategy
                    : strategy == ShipStrategy.REBALANCE ? ShipStrategy.REBALANCE : unionInput.shipStrategy();
            Channel merged = new Channel(unionInput.source(), channel.targetInput(), channel.broadcastName(), s,
                    shipping.shipKey(), shipping.partitioner(), shipping.selector(), channel.localStrategy(),
                    channel.localKeys(), channel.blocking() || unionInput.blocking());
            resolve(consumer, merged, s, out);
        }
    }

    /** The nodes that run an operator (unions excluded), producers first. */
    public List<PlanNode> operators() {
        return operators;
    }

    public List<ResolvedInput> inputs(PlanNode node) {
        return inputs.get(node);
    }

    /** The chains, each head first. */
    public List<List<PlanNode>> chains() {
        return new ArrayList<>(chains.values());
    }

    public boolean isHead(PlanNode node) {
        return headOf.get(node) == node;
    }

    /** The index of the chain (job vertex) {@code node} runs in, or -1 for unions. */
    public int chainOf(PlanNode node) {
        Integer index = chainIndex.get(node);
        return index == null ? -1 : index;
    }

    /** The position of {@code node} within its chain. */
    public int indexInChain(PlanNode node) {
        return chains.get(headOf.get(node)).indexOf(node);
    }
}
