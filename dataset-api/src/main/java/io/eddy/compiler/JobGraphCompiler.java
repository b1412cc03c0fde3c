package io.eddy.compiler;

import io.eddy.api.ClosureCleaner;
import io.eddy.api.ExecutionConfig;
import io.eddy.api.operators.translation.CustomPartitionerSelector;
import io.eddy.api.operators.translation.GroupOrder;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.exec.DriverConfig;
import io.eddy.exec.DriverSpec;
import io.eddy.exec.DriverStrategy;
import io.eddy.optimizer.Channel;
import io.eddy.optimizer.PhysicalPlan;
import io.eddy.optimizer.LocalStrategy;
import io.eddy.optimizer.PlanLoop;
import io.eddy.optimizer.PlanNode;
import io.eddy.api.aggregators.AggregatorWithName;
import io.eddy.exec.IterationAdapters;
import io.eddy.runtime.iteration.ConvergenceCheck;
import io.eddy.runtime.iteration.SuperstepAggregator;
import io.eddy.runtime.jobgraph.IterationSpec;
import java.util.LinkedHashMap;
import java.util.Set;
import io.eddy.plan.KeySpec;
import io.eddy.runtime.exchange.HashChannelSelector;
import io.eddy.runtime.jobgraph.ChainedOperator;
import io.eddy.runtime.jobgraph.ChannelSelector;
import io.eddy.runtime.jobgraph.ExchangeMode;
import io.eddy.runtime.jobgraph.JobEdge;
import io.eddy.runtime.jobgraph.JobGraph;
import io.eddy.runtime.jobgraph.JobVertex;
import io.eddy.runtime.jobgraph.MasterHook;
import io.eddy.runtime.operator.OperatorFactory;
import io.eddy.runtime.types.TypeComparator;
import io.eddy.runtime.types.TypeSerializer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link PhysicalPlan} into a {@link JobGraph}: chains nodes ({@link Chaining}), asks each
 * node's {@link DriverStrategy} row for its driver factory, and turns every input that is not
 * chained into an exchange with the channel selector its ship strategy needs. The compiler makes
 * no choices: everything it emits was decided by the optimizer.
 */
public final class JobGraphCompiler {

    private final PhysicalPlan plan;
    private final ExecutionConfig config;
    private final Map<PlanNode, TypeSerializer<?>> serializers = new IdentityHashMap<>();

    private JobGraphCompiler(PhysicalPlan plan) {
        this.plan = plan;
        this.config = plan.config();
    }

    public static JobGraph compile(PhysicalPlan plan) {
        return new JobGraphCompiler(plan).compile();
    }

    private JobGraph compile() {
        Chaining chaining = Chaining.of(plan);
        List<JobVertex> vertices = new ArrayList<>();
        for (List<PlanNode> chain : chaining.chains()) {
            List<List<ChainedOperator.ChainedInput>> chainedOutputs = new ArrayList<>();
            chain.forEach(n -> chainedOutputs.add(new ArrayList<>()));
            for (PlanNode node : chain) {
                if (chaining.isHead(node)) {
                    continue;
                }
                for (Chaining.ResolvedInput in : chaining.inputs(node)) {
                    chainedOutputs.get(chaining.indexInChain(in.source())).add(
                            new ChainedOperator.ChainedInput(chaining.indexInChain(node), in.channel().targetInput()));
                }
            }
            List<ChainedOperator> operators = new ArrayList<>();
            List<MasterHook> hooks = new ArrayList<>();
            for (int i = 0; i < chain.size(); i++) {
                PlanNode node = chain.get(i);
                OperatorFactory<?> factory = node.driver().createFactory(spec(node, chaining));
                Object function = node.isSource() ? node.inputFormat() : node.isSink() ? node.outputFormat() : node.function();
                operators.add(new ChainedOperator(operatorName(node), function == null ? null : function.getClass().getName(),
                        factory, node.inputs().size() + node.broadcastInputs().size(), serializerOf(node),
                        chainedOutputs.get(i), factory.managedMemoryWeight()));
                if (node.isSink()) {
                    hooks.add(new OutputFormatMasterHook(node.outputFormat(), i));
                }
            }
            PlanNode head = chain.get(0);
            vertices.add(new JobVertex(chaining.chainOf(head), vertexName(chain), head.parallelism(), operators,
                    head.isSource() ? new InputFormatSplitSource<>(head.inputFormat(), head.parameters()) : null, hooks));
        }
        List<JobEdge> edges = new ArrayList<>();
        for (PlanNode node : chaining.operators()) {
            if (!chaining.isHead(node)) {
                continue;
            }
            for (Chaining.ResolvedInput in : chaining.inputs(node)) {
                edges.add(new JobEdge(edges.size(), chaining.chainOf(in.source()), chaining.indexInChain(in.source()),
                        chaining.chainOf(node), chaining.indexInChain(node), in.channel().targetInput(), in.strategy(),
                        selector(in), serializerOf(in.source()),
                        in.channel().blocking() ? ExchangeMode.BLOCKING : ExchangeMode.PIPELINED));
            }
        }
        return new JobGraph(plan.jobName(), vertices, edges, config.getGlobalJobParameters().toMap(),
                config.isObjectReuseEnabled(), loops(chaining, edges));
    }

    /**
     * The job graph's view of the plan's loops: the vertices of each loop's nodes form its body; the
     * edges from the head's vertex out of the body carry its result; the API's aggregators and
     * convergence criterion are adapted to the runtime's.
     */
    private List<IterationSpec> loops(Chaining chaining, List<JobEdge> edges) {
        List<IterationSpec> specs = new ArrayList<>();
        for (PlanLoop loop : plan.loops()) {
            Set<Integer> body = new java.util.HashSet<>();
            for (PlanNode node : chaining.operators()) {
                if (node.loop() == loop.id()) {
                    body.add(chaining.chainOf(node));
                }
            }
            int head = chaining.chainOf(loop.head());
            int resultVertex = chaining.chainOf(loop.result());
            if (chaining.indexInChain(loop.head()) != 0 || chaining.indexInChain(loop.result()) != 0) {
                throw new IllegalStateException("the head and result of loop '" + loop.name() + "' must start their tasks");
            }
            Set<Integer> results = new java.util.HashSet<>();
            for (JobEdge edge : edges) {
                if (body.contains(edge.sourceVertex()) && !body.contains(edge.targetVertex())) {
                    if (edge.sourceVertex() != resultVertex) {
                        throw new IllegalStateException("loop '" + loop.name() + "' is left by edge " + edge.id()
                                + " from a vertex other than its result's");
                    }
                    results.add(edge.id());
                }
                if (edge.exchangeMode() == ExchangeMode.BLOCKING && body.contains(edge.sourceVertex())
                        && body.contains(edge.targetVertex())) {
                    throw new io.eddy.api.InvalidProgramException("Inside iteration '" + loop.name() + "', "
                            + chaining.chains().get(edge.targetVertex()).get(0).name() + " reads two inputs that come "
                            + "from one producer, which needs a blocking exchange; loops cannot pass a blocking "
                            + "exchange between supersteps yet. Compute one of the two inputs before the iteration.");
                }
            }
            Map<String, SuperstepAggregator> aggregators = new LinkedHashMap<>();
            ConvergenceCheck convergence = null;
            if (loop.aggregators() != null) {
                for (AggregatorWithName<?> aggregator : loop.aggregators().getAllRegisteredAggregators()) {
                    aggregators.put(aggregator.getName(), IterationAdapters.AggregatorAdapter.of(aggregator.getAggregator()));
                }
                if (loop.aggregators().getConvergenceCriterion() != null) {
                    convergence = IterationAdapters.CriterionAdapter.of(
                            loop.aggregators().getConvergenceCriterionAggregatorName(),
                            loop.aggregators().getConvergenceCriterion());
                }
            }
            IterationSpec.SolutionSetSpec solutionSet = loop.isDelta()
                    ? new IterationSpec.SolutionSetSpec(serializerOf(loop.result()),
                            loop.solutionSetKey().createComparator(null, config), loop.solutionSetUnmanaged())
                    : null;
            specs.add(new IterationSpec(specs.size(), loop.name(), head, chaining.chainOf(loop.tail()), body,
                    loop.criterion() == null ? -1 : chaining.chainOf(loop.criterion()), loop.maxIterations(), results,
                    aggregators, convergence, serializerOf(loop.head()), resultVertex, solutionSet));
        }
        return specs;
    }

    /** What the node's strategy row needs to create its driver. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private DriverSpec spec(PlanNode node, Chaining chaining) {
        if (node.function() != null && config.isClosureCleanerEnabled()) {
            ClosureCleaner.clean(node.function());
        }
        DriverConfig driverConfig = null;
        if (!node.isSource()) {
            List<TypeSerializer<?>> inputSerializers = new ArrayList<>();
            List<String> broadcastNames = new ArrayList<>();
            for (Channel c : node.inputs()) {
                inputSerializers.add(serializerOf(c.source()));
            }
            for (Channel c : node.broadcastInputs()) {
                inputSerializers.add(serializerOf(c.source()));
                broadcastNames.add(c.broadcastName());
            }
            driverConfig = new DriverConfig(config, node.function(), node.parameters(), node.inputs().size(),
                    broadcastNames, inputSerializers);
            if (node.driver().sortsInputs()) {
                // the optimizer gives a sorting driver's input no local sort exactly when it arrives sorted
                for (int i = 0; i < node.inputs().size(); i++) {
                    if (node.input(i).localStrategy() == LocalStrategy.NONE) {
                        driverConfig = driverConfig.withPresortedInput(i);
                    }
                }
            }
        }
        List<TypeComparator<?>> keys = new ArrayList<>();
        List<TypeComparator<?>> orders = new ArrayList<>();
        for (int i = 0; i < node.inputs().size(); i++) {
            KeySpec key = node.key(i);
            keys.add(key == null ? null : key.createComparator(null, config));
            GroupOrder order = node.order(i);
            TypeInformation inputType = node.input(i).source().outputType();
            orders.add(order == null || order.isEmpty() ? null : order.createComparator(inputType, config));
        }
        return new DriverSpec(driverConfig, node.parameters(), keys, orders, node.isSource() ? node.inputFormat() : null,
                node.isSink() ? node.outputFormat() : null, node.isSource() ? serializerOf(node) : null, config);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private ChannelSelector<?> selector(Chaining.ResolvedInput in) {
        Channel c = in.channel();
        return switch (in.strategy()) {
            case HASH -> new HashChannelSelector<>(c.shipKey().createComparator(null, config));
            case CUSTOM -> new CustomPartitionerSelector<>(c.partitioner(), c.shipKey().createComparator(null, config));
            case RANGE -> c.selector();
            default -> null;
        };
    }

    private TypeSerializer<?> serializerOf(PlanNode node) {
        if (node.outputType() == null) {
            return null;
        }
        return serializers.computeIfAbsent(node, n -> n.outputType().createSerializer(config));
    }

    /**
     * The name failures give the operator: its node's name when that says where the program created
     * it ("Map at main(MyJob.java:42)"), else followed by that call site, as Flink writes a named
     * operator's ("Parse (Map at main(MyJob.java:42))").
     */
    static String operatorName(PlanNode node) {
        String callSite = node.origin() == null ? null : node.origin().callSite();
        if (callSite == null || node.name().contains(callSite)) {
            return node.name();
        }
        return node.name() + " (" + node.pact() + " at " + callSite + ")";
    }

    private static String vertexName(List<PlanNode> chain) {
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
