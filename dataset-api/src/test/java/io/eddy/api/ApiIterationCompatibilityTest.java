package io.eddy.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.aggregators.Aggregator;
import io.eddy.api.aggregators.AggregatorRegistry;
import io.eddy.api.aggregators.ConvergenceCriterion;
import io.eddy.api.aggregators.DoubleSumAggregator;
import io.eddy.api.aggregators.LongSumAggregator;
import io.eddy.api.aggregators.LongZeroConvergence;
import io.eddy.api.aggregation.Aggregations;
import io.eddy.api.configuration.Configuration;
import io.eddy.api.functions.Collector;
import io.eddy.api.functions.FilterFunction;
import io.eddy.api.functions.FlatJoinFunction;
import io.eddy.api.functions.JoinFunction;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.functions.RichFlatJoinFunction;
import io.eddy.api.functions.RichJoinFunction;
import io.eddy.api.io.DiscardingOutputFormat;
import io.eddy.api.operators.BulkIterationResultSet;
import io.eddy.api.operators.DeltaIteration;
import io.eddy.api.operators.DeltaIterationResultSet;
import io.eddy.api.operators.IterativeDataSet;
import io.eddy.api.operators.Keys;
import io.eddy.api.operators.SingleInputOperator;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.tuple.Tuple3;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.types.DoubleValue;
import io.eddy.api.types.Value;
import io.eddy.plan.IterationInfo;
import io.eddy.plan.LogicalNode;
import io.eddy.plan.LogicalPlan;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.TypeVariable;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Iterations written as Flink 1.17 programs write them, their imports rewritten by
 * {@code port-from-flink.sed}: a PageRank-like bulk iteration with an aggregator, a convergence
 * criterion and a termination criterion, and a ConnectedComponents-like delta iteration joining
 * with its solution set. Every intermediate result is assigned to the type Flink declares, so a
 * signature that infers differently stops this class from compiling; the plans are then built (not
 * run) and checked. The declared shapes Flink's users can see (superclasses, generic bounds, return
 * types, which overloads exist) are checked by reflection.
 */
class ApiIterationCompatibilityTest {

    private static final String CHANGE = "rank change";
    private static final String UPDATES = "updated vertices";

    // ---------------------------------------------------------------------------------------------
    //  PageRank, as a Flink program writes it
    // ---------------------------------------------------------------------------------------------

    /** (page, rank) joined with (source, target, out-degree of source): the rank the target receives. */
    static final class SendRank
            implements FlatJoinFunction<Tuple2<Long, Double>, Tuple3<Long, Long, Long>, Tuple2<Long, Double>> {
        @Override
        public void join(Tuple2<Long, Double> page, Tuple3<Long, Long, Long> edge, Collector<Tuple2<Long, Double>> out) {
            out.collect(Tuple2.of(edge.f1, page.f1 / edge.f2));
        }
    }

    static final class Dampen implements MapFunction<Tuple2<Long, Double>, Tuple2<Long, Double>> {
        private final double dampening;
        private final double randomJump;

        Dampen(double dampening, long pages) {
            this.dampening = dampening;
            this.randomJump = (1 - dampening) / pages;
        }

        @Override
        public Tuple2<Long, Double> map(Tuple2<Long, Double> value) {
            return Tuple2.of(value.f0, value.f1 * dampening + randomJump);
        }
    }

    /** Adds each page's rank change to the superstep's aggregate; the convergence criterion reads it. */
    static final class RecordChange
            extends RichJoinFunction<Tuple2<Long, Double>, Tuple2<Long, Double>, Tuple2<Long, Double>> {
        private DoubleSumAggregator change;
        private double previousChange = Double.NaN;

        @Override
        public void open(Configuration parameters) {
            change = getIterationRuntimeContext().getIterationAggregator(CHANGE);
            if (getIterationRuntimeContext().getSuperstepNumber() > 1) {
                DoubleValue previous = getIterationRuntimeContext().getPreviousIterationAggregate(CHANGE);
                previousChange = previous.getValue();
            }
        }

        @Override
        public Tuple2<Long, Double> join(Tuple2<Long, Double> next, Tuple2<Long, Double> current) {
            change.aggregate(Math.abs(next.f1 - current.f1));
            return next;
        }
    }

    /** Keeps the pages whose rank still moves: the termination criterion. */
    static final class EpsilonFilter implements FilterFunction<Tuple2<Tuple2<Long, Double>, Tuple2<Long, Double>>> {
        @Override
        public boolean filter(Tuple2<Tuple2<Long, Double>, Tuple2<Long, Double>> pair) {
            return Math.abs(pair.f0.f1 - pair.f1.f1) > 1e-4;
        }
    }

    private static DataSet<Tuple2<Long, Double>> pageRank(ExecutionEnvironment env, int maxIterations) {
        DataSet<Tuple2<Long, Double>> pagesWithRanks = env.fromElements(
                Tuple2.of(1L, 1.0 / 3), Tuple2.of(2L, 1.0 / 3), Tuple2.of(3L, 1.0 / 3));
        DataSet<Tuple3<Long, Long, Long>> edgesWithDegree = env.fromElements(
                Tuple3.of(1L, 2L, 2L), Tuple3.of(1L, 3L, 2L), Tuple3.of(2L, 3L, 1L), Tuple3.of(3L, 1L, 1L));

        IterativeDataSet<Tuple2<Long, Double>> iteration = pagesWithRanks.iterate(maxIterations);
        iteration.registerAggregationConvergenceCriterion(CHANGE, new DoubleSumAggregator(),
                (superstep, change) -> change.getValue() < 1e-6);

        DataSet<Tuple2<Long, Double>> newRanks = iteration
                .join(edgesWithDegree).where(0).equalTo(0).with(new SendRank())
                .groupBy(0).aggregate(Aggregations.SUM, 1)
                .map(new Dampen(0.85, 3))
                .join(iteration).where(0).equalTo(0).with(new RecordChange());

        return iteration.closeWith(newRanks,
                newRanks.join(iteration).where(0).equalTo(0).filter(new EpsilonFilter()));
    }

    @Test
    void pageRankBuildsABulkIterationWithAggregatorCriterionAndTerminationCriterion() {
        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(2);
        DataSet<Tuple2<Long, Double>> ranks = pageRank(env, 30);
        assertTrue(ranks instanceof BulkIterationResultSet);
        BulkIterationResultSet<Tuple2<Long, Double>> end = (BulkIterationResultSet<Tuple2<Long, Double>>) ranks;
        IterativeDataSet<Tuple2<Long, Double>> head = end.getIterationHead();
        assertEquals(30, head.getMaxIterations());
        assertEquals(head.getType(), end.getNextPartialSolution().getType());
        ranks.output(new DiscardingOutputFormat<>());

        LogicalPlan plan = env.createProgramPlan("PageRank", false);
        LogicalNode iteration = only(plan, LogicalNode.Kind.BULK_ITERATION);
        IterationInfo info = iteration.iteration();
        assertSame(only(plan, LogicalNode.Kind.PARTIAL_SOLUTION), info.partialSolution());
        assertEquals(LogicalNode.Kind.JOIN, info.next().kind());
        assertEquals(LogicalNode.Kind.FILTER, info.terminationCriterion().kind());
        assertEquals(CHANGE, info.aggregators().getConvergenceCriterionAggregatorName());
        assertTrue(info.aggregators().getAggregator(CHANGE) instanceof DoubleSumAggregator);
        assertEquals(LogicalNode.Kind.SOURCE, iteration.input(0).kind());
        long readersOfPartialSolution = plan.nodes().stream()
                .filter(n -> n.inputs().contains(info.partialSolution())).count();
        assertEquals(3, readersOfPartialSolution, "the rank join, the change join and the criterion's join");
    }

    // ---------------------------------------------------------------------------------------------
    //  ConnectedComponents, as a Flink program writes it
    // ---------------------------------------------------------------------------------------------

    /** (vertex, component) joined with an edge (source, target): the target's candidate component. */
    static final class NeighborWithComponentId
            implements JoinFunction<Tuple2<Long, Long>, Tuple2<Long, Long>, Tuple2<Long, Long>> {
        @Override
        public Tuple2<Long, Long> join(Tuple2<Long, Long> vertex, Tuple2<Long, Long> edge) {
            return Tuple2.of(edge.f1, vertex.f1);
        }
    }

    /** (current, candidate): emits the candidate if its component id is smaller, and counts it. */
    static final class KeepSmaller
            extends RichFlatJoinFunction<Tuple2<Long, Long>, Tuple2<Long, Long>, Tuple2<Long, Long>> {
        private LongSumAggregator updates;

        @Override
        public void open(Configuration parameters) {
            updates = getIterationRuntimeContext().getIterationAggregator(UPDATES);
        }

        @Override
        public void join(Tuple2<Long, Long> current, Tuple2<Long, Long> candidate, Collector<Tuple2<Long, Long>> out) {
            if (candidate.f1 < current.f1) {
                updates.aggregate(1L);
                out.collect(candidate);
            }
        }
    }

    private static DataSet<Tuple2<Long, Long>> connectedComponents(ExecutionEnvironment env) {
        DataSet<Tuple2<Long, Long>> verticesWithInitialId = env.fromElements(
                Tuple2.of(1L, 1L), Tuple2.of(2L, 2L), Tuple2.of(3L, 3L), Tuple2.of(4L, 4L));
        DataSet<Tuple2<Long, Long>> edges = env.fromElements(
                Tuple2.of(1L, 2L), Tuple2.of(2L, 1L), Tuple2.of(3L, 4L), Tuple2.of(4L, 3L));

        DeltaIteration<Tuple2<Long, Long>, Tuple2<Long, Long>> iteration =
                verticesWithInitialId.iterateDelta(verticesWithInitialId, 100, 0);
        iteration.name("Connected Components").parallelism(2)
                .registerAggregationConvergenceCriterion(UPDATES, new LongSumAggregator(), new LongZeroConvergence());

        DeltaIteration.SolutionSetPlaceHolder<Tuple2<Long, Long>> solutionSet = iteration.getSolutionSet();
        DeltaIteration.WorksetPlaceHolder<Tuple2<Long, Long>> workset = iteration.getWorkset();

        DataSet<Tuple2<Long, Long>> candidates = workset.join(edges).where(0).equalTo(0)
                .with(new NeighborWithComponentId())
                .groupBy(0).aggregate(Aggregations.MIN, 1);
        DataSet<Tuple2<Long, Long>> changes = solutionSet.join(candidates).where(0).equalTo(0).with(new KeepSmaller());

        return iteration.closeWith(changes, changes);
    }

    @Test
    void connectedComponentsBuildsADeltaIterationJoiningItsSolutionSet() {
        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(2);
        DataSet<Tuple2<Long, Long>> components = connectedComponents(env);
        assertTrue(components instanceof DeltaIterationResultSet);
        DeltaIterationResultSet<Tuple2<Long, Long>, Tuple2<Long, Long>> end =
                (DeltaIterationResultSet<Tuple2<Long, Long>, Tuple2<Long, Long>>) components;
        DeltaIteration<Tuple2<Long, Long>, Tuple2<Long, Long>> head = end.getIterationHead();
        assertEquals("Connected Components", head.getName());
        assertEquals(2, head.getParallelism());
        assertEquals(List.of(0), Arrays.stream(end.getKeyPositions()).boxed().collect(Collectors.toList()));
        assertEquals(100, end.getMaxIterations());
        assertEquals(head.getInitialWorkset().getType(), end.getWorksetType());
        assertSame(end.getNextSolutionSet(), end.getNextWorkset());
        assertFalse(head.isSolutionSetUnManaged());
        components.output(new DiscardingOutputFormat<>());

        LogicalPlan plan = env.createProgramPlan("Connected Components", false);
        LogicalNode iteration = only(plan, LogicalNode.Kind.DELTA_ITERATION);
        IterationInfo info = iteration.iteration();
        assertSame(only(plan, LogicalNode.Kind.SOLUTION_SET), info.solutionSet());
        assertSame(only(plan, LogicalNode.Kind.WORKSET), info.workset());
        assertSame(info.solutionSet(), info.next().input(0), "the delta joins the solution set on its key");
        assertSame(info.next(), info.nextWorkset());
        assertEquals("[0]", info.next().key(0).describe());
        assertEquals("Connected Components", iteration.name());
        assertEquals(2, iteration.parallelism());
        assertSame(iteration.input(0), iteration.input(1), "one data set starts both the solution set and the workset");
        assertTrue(info.aggregators().getConvergenceCriterion() instanceof LongZeroConvergence);
    }

    private static LogicalNode only(LogicalPlan plan, LogicalNode.Kind kind) {
        List<LogicalNode> found = plan.nodes().stream().filter(n -> n.kind() == kind).collect(Collectors.toList());
        assertEquals(1, found.size(), kind.toString());
        return found.get(0);
    }

    // ---------------------------------------------------------------------------------------------
    //  the declared shapes
    // ---------------------------------------------------------------------------------------------

    @Test
    void iterationClassesHaveFlinksShape() throws Exception {
        ParameterizedType head = (ParameterizedType) IterativeDataSet.class.getGenericSuperclass();
        assertEquals(SingleInputOperator.class, head.getRawType());
        assertEquals("[T, T, io.eddy.api.operators.IterativeDataSet<T>]", Arrays.toString(head.getActualTypeArguments()));
        assertEquals(Object.class, DeltaIteration.class.getSuperclass());
        for (Class<?> type : List.of(DeltaIteration.SolutionSetPlaceHolder.class, DeltaIteration.WorksetPlaceHolder.class,
                BulkIterationResultSet.class, DeltaIterationResultSet.class)) {
            assertEquals(DataSet.class, type.getSuperclass(), type.getName());
            assertTrue(Modifier.isPublic(type.getModifiers()), type.getName());
            assertEquals(0, type.getConstructors().length, type.getName() + " has no public constructor");
        }
        assertTrue(Modifier.isStatic(DeltaIteration.SolutionSetPlaceHolder.class.getModifiers()));
        IterativeDataSet.class.getConstructor(ExecutionEnvironment.class, TypeInformation.class, DataSet.class, int.class);
        DeltaIteration.class.getConstructor(ExecutionEnvironment.class, TypeInformation.class, DataSet.class, DataSet.class,
                Keys.class, int.class);

        assertEquals(DataSet.class, IterativeDataSet.class.getMethod("closeWith", DataSet.class).getReturnType());
        assertEquals(DataSet.class, IterativeDataSet.class.getMethod("closeWith", DataSet.class, DataSet.class).getReturnType());
        assertEquals(DataSet.class, DeltaIteration.class.getMethod("closeWith", DataSet.class, DataSet.class).getReturnType());
        assertEquals("io.eddy.api.aggregators.Aggregator<?>", IterativeDataSet.class
                .getMethod("registerAggregator", String.class, Aggregator.class).getGenericParameterTypes()[1].getTypeName());
        assertEquals(AggregatorRegistry.class, DeltaIteration.class.getMethod("getAggregators").getReturnType());
        assertEquals(void.class, DeltaIteration.class.getMethod("setSolutionSetUnManaged", boolean.class).getReturnType());
        assertEquals(DeltaIteration.class, DeltaIteration.class.getMethod("parallelism", int.class).getReturnType());
        assertEquals(void.class, DeltaIteration.SolutionSetPlaceHolder.class
                .getMethod("checkJoinKeyFields", int[].class).getReturnType());

        for (Class<?> type : List.of(IterativeDataSet.class, DeltaIteration.class)) {
            Method criterion = type.getMethod("registerAggregationConvergenceCriterion", String.class, Aggregator.class,
                    ConvergenceCriterion.class);
            TypeVariable<Method>[] x = criterion.getTypeParameters();
            assertEquals(1, x.length);
            assertEquals(List.of(Value.class), List.of(x[0].getBounds()));
            assertEquals(List.of("java.lang.String", "io.eddy.api.aggregators.Aggregator<X>",
                    "io.eddy.api.aggregators.ConvergenceCriterion<X>"), Arrays.stream(criterion.getGenericParameterTypes())
                    .map(java.lang.reflect.Type::getTypeName).collect(Collectors.toList()));
            assertEquals(type, criterion.getReturnType());
        }
    }

    @Test
    void dataSetStartsIterationsAsFlinkDoes() throws Exception {
        Method iterate = DataSet.class.getMethod("iterate", int.class);
        assertEquals("io.eddy.api.operators.IterativeDataSet<T>", iterate.getGenericReturnType().getTypeName());
        List<Method> iterateDelta = Arrays.stream(DataSet.class.getMethods())
                .filter(m -> m.getName().equals("iterateDelta")).collect(Collectors.toList());
        assertEquals(1, iterateDelta.size(), "Flink 1.17's DataSet declares only iterateDelta(DataSet, int, int...)");
        Method delta = iterateDelta.get(0);
        assertEquals(List.of(DataSet.class, int.class, int[].class), List.of(delta.getParameterTypes()));
        assertTrue(delta.isVarArgs());
        assertEquals("io.eddy.api.operators.DeltaIteration<T, R>", delta.getGenericReturnType().getTypeName());
    }

    @Test
    void aggregatorLibraryHasFlinksConvenienceMethods() throws Exception {
        assertEquals(void.class, LongSumAggregator.class.getMethod("aggregate", long.class).getReturnType());
        assertEquals(void.class, DoubleSumAggregator.class.getMethod("aggregate", double.class).getReturnType());
        Aggregator<DoubleValue> asInterface = new DoubleSumAggregator();
        asInterface.aggregate(new DoubleValue(2));
        assertEquals(2.0, asInterface.getAggregate().getValue());
    }
}
