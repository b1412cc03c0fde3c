package io.eddy.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.InvalidProgramException;
import io.eddy.api.aggregators.DoubleSumAggregator;
import io.eddy.api.aggregators.DoubleZeroConvergence;
import io.eddy.api.aggregators.LongSumAggregator;
import io.eddy.api.functions.CoGroupFunction;
import io.eddy.api.functions.Collector;
import io.eddy.api.functions.FilterFunction;
import io.eddy.api.functions.FlatJoinFunction;
import io.eddy.api.functions.JoinFunction;
import io.eddy.api.functions.KeySelector;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.io.DiscardingOutputFormat;
import io.eddy.api.operators.DeltaIteration;
import io.eddy.api.operators.IterativeDataSet;
import io.eddy.api.tuple.Tuple2;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * How bulk and delta iterations appear in the logical plan: placeholder nodes first, then the step
 * function, then the iteration node with its {@link IterationInfo}; and the program errors the API
 * reports while building it. Plans are built, never run.
 */
class IterationPlanTest {

    static final class Halve implements MapFunction<Tuple2<Long, Double>, Tuple2<Long, Double>> {
        @Override
        public Tuple2<Long, Double> map(Tuple2<Long, Double> v) {
            return Tuple2.of(v.f0, v.f1 / 2);
        }
    }

    static final class StillLarge implements FilterFunction<Tuple2<Long, Double>> {
        @Override
        public boolean filter(Tuple2<Long, Double> v) {
            return v.f1 > 0.01;
        }
    }

    /** (vertex, component) joined with an edge (source, target): the target's candidate component. */
    static final class ToNeighbor implements JoinFunction<Tuple2<Long, Long>, Tuple2<Long, Long>, Tuple2<Long, Long>> {
        @Override
        public Tuple2<Long, Long> join(Tuple2<Long, Long> vertex, Tuple2<Long, Long> edge) {
            return Tuple2.of(edge.f1, vertex.f1);
        }
    }

    /** The candidate, if smaller than the vertex's current component. */
    static final class Smaller implements FlatJoinFunction<Tuple2<Long, Long>, Tuple2<Long, Long>, Tuple2<Long, Long>> {
        @Override
        public void join(Tuple2<Long, Long> candidate, Tuple2<Long, Long> current, Collector<Tuple2<Long, Long>> out) {
            if (candidate.f1 < current.f1) {
                out.collect(candidate);
            }
        }
    }

    static final class Vertex implements KeySelector<Tuple2<Long, Long>, Long> {
        @Override
        public Long getKey(Tuple2<Long, Long> v) {
            return v.f0;
        }
    }

    static final class Itself implements KeySelector<Long, Long> {
        @Override
        public Long getKey(Long v) {
            return v;
        }
    }

    static final class Nothing implements CoGroupFunction<Tuple2<Long, Long>, Tuple2<Long, Long>, Tuple2<Long, Long>> {
        @Override
        public void coGroup(Iterable<Tuple2<Long, Long>> a, Iterable<Tuple2<Long, Long>> b, Collector<Tuple2<Long, Long>> out) {
        }
    }

    private static ExecutionEnvironment env() {
        return ExecutionEnvironment.createLocalEnvironment(2);
    }

    private static List<LogicalNode.Kind> kinds(LogicalPlan plan) {
        return plan.nodes().stream().map(LogicalNode::kind).collect(Collectors.toList());
    }

    /** The order LogicalPlan promises: every input, and every node an iteration names, comes first. */
    private static void assertProducersFirst(LogicalPlan plan) {
        for (LogicalNode node : plan.nodes()) {
            assertSame(node, plan.nodes().get(node.id()));
            node.inputs().forEach(in -> assertTrue(in.id() < node.id(), in + " before " + node));
            IterationInfo it = node.iteration();
            if (it != null) {
                for (LogicalNode part : new LogicalNode[] {it.partialSolution(), it.solutionSet(), it.workset(),
                        it.next(), it.nextWorkset(), it.terminationCriterion()}) {
                    assertTrue(part == null || part.id() < node.id(), part + " before " + node);
                }
            }
        }
    }

    private static DataSet<Tuple2<Long, Double>> ranks(ExecutionEnvironment env) {
        return env.fromElements(Tuple2.of(1L, 1.0), Tuple2.of(2L, 0.5));
    }

    private static DataSet<Tuple2<Long, Long>> vertices(ExecutionEnvironment env) {
        return env.fromElements(Tuple2.of(1L, 1L), Tuple2.of(2L, 2L), Tuple2.of(3L, 3L));
    }

    private static DataSet<Tuple2<Long, Long>> edges(ExecutionEnvironment env) {
        return env.fromElements(Tuple2.of(1L, 2L), Tuple2.of(2L, 3L));
    }

    // ---------------------------------------------------------------------------------------------
    //  bulk
    // ---------------------------------------------------------------------------------------------

    @Test
    void bulkIterationIsInputPlaceholderStepFunctionThenIterationNode() throws Exception {
        ExecutionEnvironment env = env();
        IterativeDataSet<Tuple2<Long, Double>> loop = ranks(env).iterate(20).name("halving").setParallelism(3);
        LongSumAggregator count = new LongSumAggregator();
        DoubleZeroConvergence noChange = new DoubleZeroConvergence();
        loop.registerAggregator("count", count)
                .registerAggregationConvergenceCriterion("change", new DoubleSumAggregator(), noChange);
        DataSet<Tuple2<Long, Double>> next = loop.map(new Halve());
        DataSet<Tuple2<Long, Double>> result = loop.closeWith(next, next.filter(new StillLarge()));
        result.output(new DiscardingOutputFormat<>());
        LogicalPlan plan = env.createProgramPlan("bulk", false);

        assertEquals(List.of(LogicalNode.Kind.SOURCE, LogicalNode.Kind.PARTIAL_SOLUTION, LogicalNode.Kind.MAP,
                LogicalNode.Kind.FILTER, LogicalNode.Kind.BULK_ITERATION, LogicalNode.Kind.SINK), kinds(plan));
        assertProducersFirst(plan);
        LogicalNode source = plan.nodes().get(0);
        LogicalNode partial = plan.nodes().get(1);
        LogicalNode map = plan.nodes().get(2);
        LogicalNode filter = plan.nodes().get(3);
        LogicalNode iteration = plan.nodes().get(4);

        assertTrue(partial.inputs().isEmpty());
        assertEquals(source.outputType(), partial.outputType());
        assertEquals(3, partial.parallelism());
        assertSame(partial, map.input(0), "the step function reads the placeholder, not the initial input");
        assertNull(partial.iteration());

        assertEquals(List.of(source), iteration.inputs());
        assertEquals(source.outputType(), iteration.outputType());
        assertEquals("halving", iteration.name());
        assertEquals("Bulk Iteration", iteration.pact());
        assertEquals(3, iteration.parallelism());
        assertEquals(-1, iteration.iterationId());
        assertSame(iteration, plan.sinks().get(0).input(0));

        IterationInfo info = iteration.iteration();
        assertNotNull(info);
        assertFalse(info.isDelta());
        assertEquals(partial.iterationId(), info.id());
        assertEquals("halving", info.name());
        assertEquals(20, info.maxIterations());
        assertSame(partial, info.partialSolution());
        assertSame(map, info.next());
        assertSame(filter, info.terminationCriterion());
        assertNull(info.solutionSet());
        assertNull(info.workset());
        assertNull(info.nextWorkset());
        assertNull(info.solutionSetKey());
        assertSame(count, info.aggregators().getAggregator("count"));
        assertSame(noChange, info.aggregators().getConvergenceCriterion());
        assertEquals("change", info.aggregators().getConvergenceCriterionAggregatorName());

        loop.registerAggregator("late", new LongSumAggregator());
        assertNull(info.aggregators().getAggregator("late"), "the plan holds a copy of the registry");

        JsonNode json = new ObjectMapper().readTree(plan.toJson()).get("nodes");
        assertEquals(info.id(), json.get(1).get("iteration_id").asInt());
        JsonNode it = json.get(4).get("iteration");
        assertEquals(20, it.get("max_iterations").asInt());
        assertEquals(1, it.get("partial_solution").asInt());
        assertEquals(2, it.get("next").asInt());
        assertEquals(3, it.get("termination_criterion").asInt());
        assertEquals("[\"count\",\"change\"]", it.get("aggregators").toString());
        assertEquals("change", it.get("convergence_criterion").asText());
        assertNull(json.get(2).get("iteration_id"));
    }

    @Test
    void defaultsAndTheIdentityStepFunction() {
        ExecutionEnvironment env = env();
        IterativeDataSet<Tuple2<Long, Double>> loop = ranks(env).iterate(1);
        loop.closeWith(loop).output(new DiscardingOutputFormat<>());
        LogicalPlan plan = env.createProgramPlan("identity", false);

        assertEquals(List.of(LogicalNode.Kind.SOURCE, LogicalNode.Kind.PARTIAL_SOLUTION, LogicalNode.Kind.BULK_ITERATION,
                LogicalNode.Kind.SINK), kinds(plan));
        LogicalNode iteration = plan.nodes().get(2);
        IterationInfo info = iteration.iteration();
        assertSame(info.partialSolution(), info.next());
        assertNull(info.terminationCriterion());
        assertEquals(-1, iteration.parallelism());
        assertTrue(iteration.name().startsWith("Bulk Iteration at "), iteration.name());
        assertTrue(iteration.name().contains("IterationPlanTest.java:"), iteration.name());
        assertTrue(info.aggregators().getAllRegisteredAggregators().isEmpty());
    }

    @Test
    void twoIterationsHaveDistinctIdsAndTheSecondMayReadTheFirstsResult() {
        ExecutionEnvironment env = env();
        IterativeDataSet<Tuple2<Long, Double>> first = ranks(env).iterate(5);
        DataSet<Tuple2<Long, Double>> firstResult = first.closeWith(first.map(new Halve()));
        IterativeDataSet<Tuple2<Long, Double>> second = firstResult.iterate(5);
        second.closeWith(second.join(firstResult).where(0).equalTo(0).with((a, b) -> a)
                .returns(firstResult.getType())).output(new DiscardingOutputFormat<>());
        LogicalPlan plan = env.createProgramPlan("two", false);

        List<LogicalNode> iterations = plan.nodes().stream().filter(n -> n.iteration() != null).collect(Collectors.toList());
        assertEquals(2, iterations.size());
        assertTrue(iterations.get(0).iteration().id() != iterations.get(1).iteration().id());
        assertSame(iterations.get(0), iterations.get(1).input(0));
        assertProducersFirst(plan);
    }

    // ---------------------------------------------------------------------------------------------
    //  delta
    // ---------------------------------------------------------------------------------------------

    @Test
    void deltaIterationIsInputsPlaceholdersStepFunctionThenIterationNode() throws Exception {
        ExecutionEnvironment env = env();
        DataSet<Tuple2<Long, Long>> vertices = vertices(env);
        DataSet<Tuple2<Long, Long>> edges = edges(env);
        DeltaIteration<Tuple2<Long, Long>, Tuple2<Long, Long>> loop = vertices.iterateDelta(vertices, 100, 0)
                .name("components").parallelism(2).registerAggregator("updates", new LongSumAggregator());
        loop.setSolutionSetUnManaged(true);
        DataSet<Tuple2<Long, Long>> candidates = loop.getWorkset().join(edges).where(0).equalTo(0).with(new ToNeighbor());
        DataSet<Tuple2<Long, Long>> changes = candidates.join(loop.getSolutionSet()).where(0).equalTo(0).with(new Smaller());
        loop.closeWith(changes, changes).output(new DiscardingOutputFormat<>());
        LogicalPlan plan = env.createProgramPlan("delta", false);

        assertEquals(List.of(LogicalNode.Kind.SOURCE, LogicalNode.Kind.SOLUTION_SET, LogicalNode.Kind.WORKSET,
                LogicalNode.Kind.SOURCE, LogicalNode.Kind.JOIN, LogicalNode.Kind.JOIN, LogicalNode.Kind.DELTA_ITERATION,
                LogicalNode.Kind.SINK), kinds(plan));
        assertProducersFirst(plan);
        LogicalNode initial = plan.nodes().get(0);
        LogicalNode solutionSet = plan.nodes().get(1);
        LogicalNode workset = plan.nodes().get(2);
        LogicalNode changesNode = plan.nodes().get(5);
        LogicalNode iteration = plan.nodes().get(6);

        assertEquals(List.of(initial, initial), iteration.inputs(), "the same data set starts both");
        assertEquals(initial.outputType(), solutionSet.outputType());
        assertEquals(initial.outputType(), workset.outputType());
        assertTrue(solutionSet.inputs().isEmpty() && workset.inputs().isEmpty());
        assertSame(workset, plan.nodes().get(4).input(0));
        assertSame(solutionSet, changesNode.input(1));
        assertEquals("Workset Iteration", iteration.pact());
        assertEquals("components", iteration.name());
        assertEquals(2, iteration.parallelism());
        assertEquals(2, solutionSet.parallelism());

        IterationInfo info = iteration.iteration();
        assertTrue(info.isDelta());
        assertEquals(info.id(), solutionSet.iterationId());
        assertEquals(info.id(), workset.iterationId());
        assertEquals(100, info.maxIterations());
        assertSame(solutionSet, info.solutionSet());
        assertSame(workset, info.workset());
        assertSame(changesNode, info.next());
        assertSame(changesNode, info.nextWorkset());
        assertNull(info.partialSolution());
        assertNull(info.terminationCriterion());
        assertEquals("[0]", info.solutionSetKey().describe());
        assertEquals(initial.outputType(), info.solutionSetKey().type());
        assertTrue(info.solutionSetUnmanaged());
        assertNotNull(info.aggregators().getAggregator("updates"));

        JsonNode it = new ObjectMapper().readTree(plan.toJson()).get("nodes").get(6).get("iteration");
        assertEquals(1, it.get("solution_set").asInt());
        assertEquals(2, it.get("workset").asInt());
        assertEquals(5, it.get("next").asInt());
        assertEquals(5, it.get("next_workset").asInt());
        assertEquals("[0]", it.get("solution_set_key").asText());
        assertTrue(it.get("solution_set_unmanaged").asBoolean());
        assertEquals("[\"updates\"]", it.get("aggregators").toString());
    }

    @Test
    void deltaIterationWithDistinctInitialSetsAndDefaultName() {
        ExecutionEnvironment env = env();
        DataSet<Tuple2<Long, Long>> vertices = vertices(env);
        DataSet<Long> seeds = env.fromElements(1L);
        DeltaIteration<Tuple2<Long, Long>, Long> loop = vertices.iterateDelta(seeds, 3, 0);
        DataSet<Tuple2<Long, Long>> delta = loop.getSolutionSet().join(loop.getWorkset()).where(0).equalTo(new Itself())
                .with((v, seed) -> v).returns(vertices.getType());
        loop.closeWith(delta, loop.getWorkset()).output(new DiscardingOutputFormat<>());
        LogicalPlan plan = env.createProgramPlan("seeds", false);

        assertEquals(List.of(LogicalNode.Kind.SOURCE, LogicalNode.Kind.SOURCE, LogicalNode.Kind.SOLUTION_SET,
                LogicalNode.Kind.WORKSET, LogicalNode.Kind.JOIN, LogicalNode.Kind.DELTA_ITERATION, LogicalNode.Kind.SINK),
                kinds(plan));
        LogicalNode iteration = plan.nodes().get(5);
        assertEquals(List.of(plan.nodes().get(0), plan.nodes().get(1)), iteration.inputs());
        assertSame(plan.nodes().get(3), iteration.iteration().nextWorkset(), "the workset fed back unchanged");
        assertEquals(plan.nodes().get(1).outputType(), plan.nodes().get(3).outputType());
        assertTrue(iteration.name().startsWith("Delta Iteration at "), iteration.name());
        assertFalse(iteration.iteration().solutionSetUnmanaged());
    }

    // ---------------------------------------------------------------------------------------------
    //  program errors
    // ---------------------------------------------------------------------------------------------

    @Test
    void thePartialSolutionCannotReachASinkOutsideTheIteration() {
        ExecutionEnvironment env = env();
        IterativeDataSet<Tuple2<Long, Double>> loop = ranks(env).iterate(5);
        DataSet<Tuple2<Long, Double>> next = loop.map(new Halve());
        next.output(new DiscardingOutputFormat<>());
        loop.closeWith(next).output(new DiscardingOutputFormat<>());
        InvalidProgramException e = assertThrows(InvalidProgramException.class, () -> env.createProgramPlan("x", false));
        assertTrue(e.getMessage().contains("partial solution") && e.getMessage().contains("outside its step function"),
                e.getMessage());
    }

    @Test
    void aStepFunctionNodeCannotBeUsedAfterTheIterationWasTranslated() {
        ExecutionEnvironment env = env();
        IterativeDataSet<Tuple2<Long, Double>> loop = ranks(env).iterate(5).name("loop");
        DataSet<Tuple2<Long, Double>> next = loop.map(new Halve());
        loop.closeWith(next).output(new DiscardingOutputFormat<>());
        next.filter(new StillLarge()).output(new DiscardingOutputFormat<>());
        InvalidProgramException e = assertThrows(InvalidProgramException.class, () -> env.createProgramPlan("x", false));
        assertTrue(e.getMessage().contains("step function of the iteration 'loop'"), e.getMessage());
        assertTrue(e.getMessage().contains("Filter"), e.getMessage());
    }

    @Test
    void aStepFunctionNodeCannotBeBroadcastOutsideTheIteration() {
        ExecutionEnvironment env = env();
        IterativeDataSet<Tuple2<Long, Double>> loop = ranks(env).iterate(5);
        DataSet<Tuple2<Long, Double>> next = loop.map(new Halve());
        loop.closeWith(next).output(new DiscardingOutputFormat<>());
        ranks(env).map(new Halve()).withBroadcastSet(next, "inside").output(new DiscardingOutputFormat<>());
        assertThrows(InvalidProgramException.class, () -> env.createProgramPlan("x", false));
    }

    @Test
    void anUnclosedIterationIsAnError() {
        ExecutionEnvironment env = env();
        IterativeDataSet<Tuple2<Long, Double>> loop = ranks(env).iterate(5);
        loop.map(new Halve()).output(new DiscardingOutputFormat<>());
        assertThrows(InvalidProgramException.class, () -> env.createProgramPlan("x", false));
    }

    @Test
    void deltaPlaceholdersCannotBeUsedOutsideTheirStepFunction() {
        ExecutionEnvironment env = env();
        DataSet<Tuple2<Long, Long>> vertices = vertices(env);
        DeltaIteration<Tuple2<Long, Long>, Tuple2<Long, Long>> loop = vertices.iterateDelta(vertices, 5, 0);
        loop.getSolutionSet().output(new DiscardingOutputFormat<>());
        InvalidProgramException e = assertThrows(InvalidProgramException.class, () -> env.createProgramPlan("x", false));
        assertTrue(e.getMessage().contains("solution set"), e.getMessage());

        ExecutionEnvironment env2 = env();
        DataSet<Tuple2<Long, Long>> vertices2 = vertices(env2);
        DeltaIteration<Tuple2<Long, Long>, Tuple2<Long, Long>> loop2 = vertices2.iterateDelta(vertices2, 5, 0);
        loop2.closeWith(loop2.getWorkset(), loop2.getWorkset()).output(new DiscardingOutputFormat<>());
        loop2.getWorkset().output(new DiscardingOutputFormat<>());
        e = assertThrows(InvalidProgramException.class, () -> env2.createProgramPlan("x", false));
        assertTrue(e.getMessage().contains("Workset"), e.getMessage());
    }

    @Test
    void anIterationIsClosedOnce() {
        ExecutionEnvironment env = env();
        IterativeDataSet<Tuple2<Long, Double>> loop = ranks(env).iterate(5);
        loop.closeWith(loop.map(new Halve()));
        assertThrows(InvalidProgramException.class, () -> loop.closeWith(loop));

        DataSet<Tuple2<Long, Long>> vertices = vertices(env);
        DeltaIteration<Tuple2<Long, Long>, Tuple2<Long, Long>> delta = vertices.iterateDelta(vertices, 5, 0);
        delta.closeWith(delta.getWorkset(), delta.getWorkset());
        assertThrows(InvalidProgramException.class, () -> delta.closeWith(delta.getWorkset(), delta.getWorkset()));
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void fedBackTypesMustMatch() {
        ExecutionEnvironment env = env();
        DataSet strings = env.fromElements("a");
        IterativeDataSet<Tuple2<Long, Double>> loop = ranks(env).iterate(5);
        assertThrows(InvalidProgramException.class, () -> loop.closeWith(strings));

        DataSet<Tuple2<Long, Long>> vertices = vertices(env);
        DeltaIteration<Tuple2<Long, Long>, Long> delta = vertices.iterateDelta(env.fromElements(1L), 5, 0);
        InvalidProgramException e = assertThrows(InvalidProgramException.class,
                () -> delta.closeWith(strings, delta.getWorkset()));
        assertTrue(e.getMessage().contains("solution set delta"), e.getMessage());
        e = assertThrows(InvalidProgramException.class, () -> delta.closeWith(delta.getSolutionSet(), strings));
        assertTrue(e.getMessage().contains("new workset"), e.getMessage());
    }

    @Test
    void maximumIterationsKeysAndParallelismAreChecked() {
        ExecutionEnvironment env = env();
        DataSet<Tuple2<Long, Long>> vertices = vertices(env);
        assertThrows(IllegalArgumentException.class, () -> ranks(env).iterate(0));
        assertThrows(IllegalArgumentException.class, () -> vertices.iterateDelta(vertices, 0, 0));
        assertThrows(InvalidProgramException.class, () -> vertices.iterateDelta(vertices, 5, 2), "no field 2");
        assertThrows(InvalidProgramException.class, () -> vertices.iterateDelta(vertices, 5), "no key");
        assertThrows(InvalidProgramException.class, () -> env.fromElements("a").iterateDelta(vertices, 5, 1));
        assertThrows(IllegalArgumentException.class, () -> vertices.iterateDelta(vertices, 5, 0).parallelism(0));
        assertThrows(IllegalArgumentException.class, () -> ranks(env).iterate(3).setParallelism(0));
    }

    @Test
    void theSolutionSetIsJoinedAndCoGroupedOnItsOwnKeyOnly() {
        ExecutionEnvironment env = env();
        DataSet<Tuple2<Long, Long>> vertices = vertices(env);
        DeltaIteration<Tuple2<Long, Long>, Tuple2<Long, Long>> loop = vertices.iterateDelta(vertices, 5, 0);
        DataSet<Tuple2<Long, Long>> workset = loop.getWorkset();

        loop.getSolutionSet().join(workset).where(0).equalTo(1);
        workset.join(loop.getSolutionSet()).where(1).equalTo(0);
        InvalidProgramException e = assertThrows(InvalidProgramException.class,
                () -> loop.getSolutionSet().join(workset).where(1).equalTo(1));
        assertTrue(e.getMessage().contains("[0]"), e.getMessage());
        assertThrows(InvalidProgramException.class, () -> workset.join(loop.getSolutionSet()).where(0).equalTo(1));
        assertThrows(InvalidProgramException.class,
                () -> loop.getSolutionSet().join(workset).where(new Vertex()).equalTo(0));
        assertThrows(InvalidProgramException.class,
                () -> workset.coGroup(loop.getSolutionSet()).where(0).equalTo(1).with(new Nothing()));
        workset.coGroup(loop.getSolutionSet()).where(1).equalTo(0).with(new Nothing());
        assertThrows(InvalidProgramException.class, () -> loop.getSolutionSet().checkJoinKeyFields(new int[] {0, 1}));
    }

    @Test
    void iterationInfoIsEitherBulkOrDelta() {
        ExecutionEnvironment env = env();
        ranks(env).output(new DiscardingOutputFormat<>());
        LogicalNode node = env.createProgramPlan("x", false).nodes().get(0);
        assertThrows(IllegalArgumentException.class,
                () -> new IterationInfo(0, "mixed", 1, null, node, node, node, node, node, null, null, false));
        assertThrows(IllegalArgumentException.class, () -> IterationInfo.bulk(0, "zero", 0, null, node, node, null));
        assertThrows(IllegalArgumentException.class, () -> IterationInfo.bulk(0, "no next", 1, null, node, null, null));
        assertTrue(IterationInfo.bulk(0, "ok", 1, null, node, node, null).aggregators().getAllRegisteredAggregators()
                .isEmpty());
    }
}
