package io.eddy.compiler;

import io.eddy.plan.OperatorNode;
import io.eddy.plan.ProgramPlan;
import io.eddy.runtime.jobgraph.ChainedOperator;
import io.eddy.runtime.jobgraph.JobEdge;
import io.eddy.runtime.jobgraph.JobGraph;
import io.eddy.runtime.jobgraph.JobVertex;
import io.eddy.runtime.jobgraph.MasterHook;
import io.eddy.runtime.jobgraph.ShipStrategy;
import io.eddy.runtime.types.TypeSerializer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link ProgramPlan} into a {@link JobGraph}: dissolves unions into the edges of their
 * consumers, chains every single-input operator that is fed forward at the same parallelism into its
 * producer's vertex (records then pass as objects, without serialization), and turns the remaining
 * inputs into exchanges.
 */
public final class JobGraphCompiler {

    /** A node's input after unions were dissolved. */
    private record ResolvedInput(OperatorNode source, int inputIndex, ShipStrategy strategy,
                                 io.eddy.runtime.jobgraph.ChannelSelector<?> selector) {}

    private JobGraphCompiler() {}

    public static JobGraph compile(ProgramPlan plan) {
        List<OperatorNode> operators = plan.nodes().stream().filter(n -> !n.isUnion()).toList();
        Map<OperatorNode, List<ResolvedInput>> inputs = new HashMap<>();
        for (OperatorNode node : operators) {
            List<ResolvedInput> resolved = new ArrayList<>();
            for (OperatorNode.Input in : node.inputs()) {
                resolve(node, in.source(), in.inputIndex(), in.shipStrategy(), in.channelSelector(), resolved);
            }
            inputs.put(node, resolved);
        }

        // chain heads: every operator that is not fed by exactly one forward input at equal parallelism
        Map<OperatorNode, OperatorNode> headOf = new HashMap<>();
        for (OperatorNode node : operators) {
            List<ResolvedInput> in = inputs.get(node);
            boolean chainable = node.numInputs() == 1 && in.size() == 1
                    && in.get(0).strategy() == ShipStrategy.FORWARD
                    && in.get(0).source().parallelism() == node.parallelism();
            headOf.put(node, chainable ? headOf.get(in.get(0).source()) : node);
        }
        Map<OperatorNode, List<OperatorNode>> chains = new LinkedHashMap<>();
        for (OperatorNode node : operators) {
            chains.computeIfAbsent(headOf.get(node), h -> new ArrayList<>()).add(node);
        }
        Map<OperatorNode, Integer> vertexOf = new HashMap<>();
        Map<OperatorNode, Integer> indexInChain = new HashMap<>();
        int vertexId = 0;
        for (List<OperatorNode> chain : chains.values()) {
            for (int i = 0; i < chain.size(); i++) {
                vertexOf.put(chain.get(i), vertexId);
                indexInChain.put(chain.get(i), i);
            }
            vertexId++;
        }

        List<JobVertex> vertices = new ArrayList<>();
        List<JobEdge> edges = new ArrayList<>();
        Map<OperatorNode, TypeSerializer<?>> serializers = new HashMap<>();
        for (List<OperatorNode> chain : chains.values()) {
            List<List<ChainedOperator.ChainedInput>> chainedOutputs = new ArrayList<>();
            chain.forEach(n -> chainedOutputs.add(new ArrayList<>()));
            for (OperatorNode node : chain) {
                for (ResolvedInput in : inputs.get(node)) {
                    if (headOf.get(node) != node) {
                        chainedOutputs.get(indexInChain.get(in.source()))
                                .add(new ChainedOperator.ChainedInput(indexInChain.get(node), in.inputIndex()));
                    }
                }
            }
            List<ChainedOperator> chained = new ArrayList<>();
            List<MasterHook> hooks = new ArrayList<>();
            for (int i = 0; i < chain.size(); i++) {
                OperatorNode node = chain.get(i);
                chained.add(new ChainedOperator(node.name(), node.userFunctionClass(), node.factory(), node.numInputs(),
                        serializerOf(node, plan, serializers), chainedOutputs.get(i), node.factory().managedMemoryWeight()));
                if (node.masterHook() != null) {
                    hooks.add(node.masterHook());
                }
            }
            OperatorNode head = chain.get(0);
            vertices.add(new JobVertex(vertexOf.get(head), vertexName(chain), head.parallelism(), chained,
                    head.splitSource(), hooks));
        }
        for (OperatorNode node : operators) {
            if (headOf.get(node) != node) {
                continue;
            }
            for (ResolvedInput in : inputs.get(node)) {
                edges.add(new JobEdge(edges.size(), vertexOf.get(in.source()), indexInChain.get(in.source()),
                        vertexOf.get(node), indexInChain.get(node), in.inputIndex(), in.strategy(), in.selector(),
                        serializerOf(in.source(), plan, serializers)));
            }
        }
        return new JobGraph(plan.jobName(), vertices, edges, plan.config().getGlobalJobParameters().toMap(),
                plan.config().isObjectReuseEnabled());
    }

    /** Replaces a union source by its inputs; a forward edge from a union takes the union's own edges. */
    private static void resolve(OperatorNode consumer, OperatorNode source, int inputIndex, ShipStrategy strategy,
                                io.eddy.runtime.jobgraph.ChannelSelector<?> selector, List<ResolvedInput> out) {
        if (!source.isUnion()) {
            ShipStrategy effective = strategy == ShipStrategy.FORWARD && source.parallelism() != consumer.parallelism()
                    ? ShipStrategy.REBALANCE : strategy;
            out.add(new ResolvedInput(source, inputIndex, effective, selector));
            return;
        }
        for (OperatorNode.Input unionInput : source.inputs()) {
            boolean keepOwn = strategy != ShipStrategy.FORWARD && strategy != ShipStrategy.REBALANCE;
            ShipStrategy s = keepOwn ? strategy : unionInput.shipStrategy();
            if (strategy == ShipStrategy.REBALANCE) {
                s = ShipStrategy.REBALANCE;
            }
            resolve(consumer, unionInput.source(), inputIndex, s, keepOwn ? selector : unionInput.channelSelector(), out);
        }
    }

    private static TypeSerializer<?> serializerOf(OperatorNode node, ProgramPlan plan,
                                                  Map<OperatorNode, TypeSerializer<?>> cache) {
        if (node.outputType() == null) {
            return null;
        }
        return cache.computeIfAbsent(node, n -> n.outputType().createSerializer(plan.config()));
    }

    private static String vertexName(List<OperatorNode> chain) {
        if (chain.size() == 1) {
            return chain.get(0).name();
        }
        StringBuilder sb = new StringBuilder("CHAIN ");
        for (int i = 0; i < chain.size(); i++) {
            sb.append(i == 0 ? "" : " -> ").append(chain.get(i).name());
        }
        return sb.toString();
    }
}
