package io.eddy.api;

import io.eddy.api.aggregation.Aggregations;
import io.eddy.api.functions.FilterFunction;
import io.eddy.api.functions.FlatMapFunction;
import io.eddy.api.functions.GroupCombineFunction;
import io.eddy.api.functions.GroupReduceFunction;
import io.eddy.api.functions.KeySelector;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.functions.MapPartitionFunction;
import io.eddy.api.functions.Partitioner;
import io.eddy.api.functions.ReduceFunction;
import io.eddy.api.fs.FileSystem.WriteMode;
import io.eddy.api.fs.Path;
import io.eddy.api.io.CsvOutputFormat;
import io.eddy.api.io.OutputFormat;
import io.eddy.api.io.PrintingOutputFormat;
import io.eddy.api.io.TextOutputFormat;
import io.eddy.api.io.TextOutputFormat.TextFormatter;
import io.eddy.api.operators.AggregateOperator;
import io.eddy.api.operators.CoGroupOperator;
import io.eddy.api.operators.CrossOperator;
import io.eddy.api.operators.CustomUnaryOperation;
import io.eddy.api.operators.DataSink;
import io.eddy.api.operators.DeltaIteration;
import io.eddy.api.operators.DistinctOperator;
import io.eddy.api.operators.FilterOperator;
import io.eddy.api.operators.FlatMapOperator;
import io.eddy.api.operators.GroupCombineOperator;
import io.eddy.api.operators.GroupReduceOperator;
import io.eddy.api.operators.IterativeDataSet;
import io.eddy.api.operators.JoinOperator;
import io.eddy.api.operators.Keys;
import io.eddy.api.operators.MapOperator;
import io.eddy.api.operators.MapPartitionOperator;
import io.eddy.api.operators.Order;
import io.eddy.api.operators.PartitionOperator;
import io.eddy.api.operators.ProjectOperator;
import io.eddy.api.operators.ReduceOperator;
import io.eddy.api.operators.SortPartitionOperator;
import io.eddy.api.operators.UnionOperator;
import io.eddy.api.operators.UnsortedGrouping;
import io.eddy.api.operators.base.JoinOperatorBase.JoinHint;
import io.eddy.api.operators.base.OuterJoinOperatorBase.OuterJoinType;
import io.eddy.api.operators.base.PartitionOperatorBase.PartitionMethod;
import io.eddy.api.operators.translation.CallSites;
import io.eddy.api.operators.translation.CollectHelper;
import io.eddy.api.operators.translation.FirstReducer;
import io.eddy.api.operators.translation.SelectByMaxFunction;
import io.eddy.api.operators.translation.SelectByMinFunction;
import io.eddy.api.tuple.Tuple;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.typeutils.MissingTypeInfo;
import io.eddy.api.typeutils.TupleTypeInfo;
import io.eddy.api.typeutils.TypeExtractor;
import io.eddy.plan.LogicalNode;
import io.eddy.plan.LogicalPlan;
import java.util.List;

/**
 * A distributed collection of records of one type, as in Flink's DataSet API: the result of a
 * source or of a transformation. Transformations return new DataSets (usually an operator subclass
 * that can be configured further, e.g. {@code .name("...")}); nothing runs until
 * {@link ExecutionEnvironment#execute()} or an eager method ({@link #collect()}, {@link #count()},
 * {@link #print()}).
 *
 * @param <T> the type of the records
 */
public abstract class DataSet<T> {

    protected final ExecutionEnvironment context;
    private TypeInformation<T> type;
    private boolean typeUsed;
    /** Where the program created this data set; its logical node keeps it for error messages. */
    private final String callSite = CallSites.location();

    protected DataSet(ExecutionEnvironment context, TypeInformation<T> typeInfo) {
        if (context == null) {
            throw new NullPointerException("context is null");
        }
        if (typeInfo == null) {
            throw new NullPointerException("type information is null");
        }
        this.context = context;
        this.type = typeInfo;
    }

    public ExecutionEnvironment getExecutionEnvironment() {
        return context;
    }

    /**
     * The record type. If it could not be determined from the function (Java erases generics in
     * lambdas), this fails with a message saying which {@code .returns(...)} to add.
     */
    public TypeInformation<T> getType() {
        if (type instanceof MissingTypeInfo missing) {
            throw missing.getTypeException();
        }
        typeUsed = true;
        return type;
    }

    /** Replaces the type; allowed only until something used it (see {@code returns(...)}). */
    protected void fillInType(TypeInformation<T> typeInfo) {
        if (typeUsed) {
            throw new IllegalStateException("TypeInformation cannot be filled in for the type after it has been used. "
                    + "Please make sure that the type info hints are the first call after the transformation function, "
                    + "before any access to types or semantic properties, etc.");
        }
        this.type = typeInfo;
    }

    /**
     * Removes {@code f}'s unused reference to its enclosing instance unless closure cleaning is
     * disabled, as Flink's {@code DataSet.clean}; returns {@code f}, so it can wrap an argument.
     * Same as {@link ExecutionEnvironment#clean(Object)} on this data set's environment.
     *
     * @param <F> the type of the function (or any object), kept by the call
     */
    public <F> F clean(F f) {
        return context.clean(f);
    }

    /** The type as set, possibly a MissingTypeInfo; for operators that must look without failing. */
    protected TypeInformation<T> getTypeUnchecked() {
        return type;
    }

    /**
     * Translates this DataSet (and, recursively, its inputs) into the logical plan, once per plan.
     * Called by the environment when the program runs or its plan is shown.
     */
    public final LogicalNode translateToPlan(LogicalPlan plan) {
        return plan.nodeFor(this, callSite, () -> translateNode(plan));
    }

    /** Creates this DataSet's logical node; inputs translate through {@link #translateToPlan}. */
    protected abstract LogicalNode translateNode(LogicalPlan plan);

    // ---------------------------------------------------------------------------------------------
    //  record-at-a-time transformations
    // ---------------------------------------------------------------------------------------------

    public <R> MapOperator<T, R> map(MapFunction<T, R> mapper) {
        checkNotNull(mapper, "Map function");
        String callLocation = CallSites.describe("Map");
        TypeInformation<R> resultType = TypeExtractor.getMapReturnTypes(mapper, getType(), callLocation, true);
        return new MapOperator<>(this, resultType, mapper, callLocation);
    }

    public <R> MapPartitionOperator<T, R> mapPartition(MapPartitionFunction<T, R> mapPartition) {
        checkNotNull(mapPartition, "MapPartition function");
        String callLocation = CallSites.describe("MapPartition");
        TypeInformation<R> resultType = TypeExtractor.getMapPartitionReturnTypes(mapPartition, getType(), callLocation, true);
        return new MapPartitionOperator<>(this, resultType, mapPartition, callLocation);
    }

    public <R> FlatMapOperator<T, R> flatMap(FlatMapFunction<T, R> flatMapper) {
        checkNotNull(flatMapper, "FlatMap function");
        String callLocation = CallSites.describe("FlatMap");
        TypeInformation<R> resultType = TypeExtractor.getFlatMapReturnTypes(flatMapper, getType(), callLocation, true);
        return new FlatMapOperator<>(this, resultType, flatMapper, callLocation);
    }

    public FilterOperator<T> filter(FilterFunction<T> filter) {
        checkNotNull(filter, "Filter function");
        return new FilterOperator<>(this, filter, CallSites.describe("Filter"));
    }

    /**
     * Keeps the given tuple fields, in the given order. Tuple data sets only.
     *
     * @param <OUT> the tuple type of the result, inferred from the assignment target as in Flink
     *     ({@code DataSet<Tuple2<String, Long>> p = in.project(2, 0);}); the field types are taken
     *     from the input, the target is not checked against them
     */
    public <OUT extends Tuple> ProjectOperator<?, OUT> project(int... fieldIndexes) {
        return new ProjectOperator.Projection<>(this, fieldIndexes).projectTupleX();
    }

    // ---------------------------------------------------------------------------------------------
    //  aggregations over the whole data set
    // ---------------------------------------------------------------------------------------------

    public AggregateOperator<T> aggregate(Aggregations agg, int field) {
        return new AggregateOperator<>(this, agg, field, CallSites.describe("Aggregate"));
    }

    public AggregateOperator<T> sum(int field) {
        return aggregate(Aggregations.SUM, field);
    }

    public AggregateOperator<T> max(int field) {
        return aggregate(Aggregations.MAX, field);
    }

    public AggregateOperator<T> min(int field) {
        return aggregate(Aggregations.MIN, field);
    }

    /** Reduces all records to one; the function must be associative and commutative. */
    public ReduceOperator<T> reduce(ReduceFunction<T> reducer) {
        checkNotNull(reducer, "Reduce function");
        return new ReduceOperator<>(this, reducer, CallSites.describe("Reduce"));
    }

    /** Hands all records to one call of the function. */
    public <R> GroupReduceOperator<T, R> reduceGroup(GroupReduceFunction<T, R> reducer) {
        checkNotNull(reducer, "GroupReduce function");
        String callLocation = CallSites.describe("GroupReduce");
        TypeInformation<R> resultType = TypeExtractor.getGroupReduceReturnTypes(reducer, getType(), callLocation, true);
        return new GroupReduceOperator<>(this, resultType, reducer, callLocation);
    }

    /** Combines the records of each partition locally, without a shuffle. */
    public <R> GroupCombineOperator<T, R> combineGroup(GroupCombineFunction<T, R> combiner) {
        checkNotNull(combiner, "GroupCombine function");
        String callLocation = CallSites.describe("GroupCombine");
        TypeInformation<R> resultType = TypeExtractor.getGroupCombineReturnTypes(combiner, getType(), callLocation, true);
        return new GroupCombineOperator<>(this, resultType, combiner, callLocation);
    }

    /** The record with the smallest values in the given tuple fields (compared in order). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public ReduceOperator<T> minBy(int... fields) {
        if (!getType().isTupleType()) {
            throw new InvalidProgramException("DataSet#minBy(int...) only works on Tuple types.");
        }
        return new ReduceOperator<>(this, new SelectByMinFunction((TupleTypeInfo) getType(), fields),
                CallSites.describe("MinBy"));
    }

    /** The record with the largest values in the given tuple fields (compared in order). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public ReduceOperator<T> maxBy(int... fields) {
        if (!getType().isTupleType()) {
            throw new InvalidProgramException("DataSet#maxBy(int...) only works on Tuple types.");
        }
        return new ReduceOperator<>(this, new SelectByMaxFunction((TupleTypeInfo) getType(), fields),
                CallSites.describe("MaxBy"));
    }

    /** The first {@code n} records, in no particular order. */
    public GroupReduceOperator<T, T> first(int n) {
        if (n < 1) {
            throw new InvalidProgramException("Parameter n of first(n) must be at least 1.");
        }
        return reduceGroupInternal(new FirstReducer<>(n), CallSites.describe("First(" + n + ")"));
    }

    private GroupReduceOperator<T, T> reduceGroupInternal(FirstReducer<T> reducer, String callLocation) {
        return new GroupReduceOperator<>(this, getType(), reducer, callLocation);
    }

    // ---------------------------------------------------------------------------------------------
    //  distinct and grouping
    // ---------------------------------------------------------------------------------------------

    public <K> DistinctOperator<T> distinct(KeySelector<T, K> keyExtractor) {
        TypeInformation<K> keyType = TypeExtractor.getKeySelectorTypes(keyExtractor, getType());
        return new DistinctOperator<>(this, new Keys.SelectorFunctionKeys<>(keyExtractor, getType(), keyType),
                CallSites.describe("Distinct"));
    }

    public DistinctOperator<T> distinct(int... fields) {
        return new DistinctOperator<>(this, new Keys.ExpressionKeys<>(fields, getType()), CallSites.describe("Distinct"));
    }

    public DistinctOperator<T> distinct(String... fields) {
        return new DistinctOperator<>(this, new Keys.ExpressionKeys<>(fields, getType()), CallSites.describe("Distinct"));
    }

    /** Removes duplicates, comparing whole records. */
    public DistinctOperator<T> distinct() {
        return new DistinctOperator<>(this, null, CallSites.describe("Distinct"));
    }

    public <K> UnsortedGrouping<T> groupBy(KeySelector<T, K> keyExtractor) {
        TypeInformation<K> keyType = TypeExtractor.getKeySelectorTypes(keyExtractor, getType());
        return new UnsortedGrouping<>(this, new Keys.SelectorFunctionKeys<>(keyExtractor, getType(), keyType));
    }

    public UnsortedGrouping<T> groupBy(int... fields) {
        return new UnsortedGrouping<>(this, new Keys.ExpressionKeys<>(fields, getType()));
    }

    public UnsortedGrouping<T> groupBy(String... fields) {
        return new UnsortedGrouping<>(this, new Keys.ExpressionKeys<>(fields, getType()));
    }

    // ---------------------------------------------------------------------------------------------
    //  binary operators
    // ---------------------------------------------------------------------------------------------

    public <R> JoinOperator.JoinOperatorSets<T, R> join(DataSet<R> other) {
        return new JoinOperator.JoinOperatorSets<>(this, other);
    }

    public <R> JoinOperator.JoinOperatorSets<T, R> join(DataSet<R> other, JoinHint strategy) {
        return new JoinOperator.JoinOperatorSets<>(this, other, strategy);
    }

    /** A join whose second input is small: it is broadcast and hashed. */
    public <R> JoinOperator.JoinOperatorSets<T, R> joinWithTiny(DataSet<R> other) {
        return new JoinOperator.JoinOperatorSets<>(this, other, JoinHint.BROADCAST_HASH_SECOND);
    }

    /** A join whose first input (this one) is small: it is broadcast and hashed. */
    public <R> JoinOperator.JoinOperatorSets<T, R> joinWithHuge(DataSet<R> other) {
        return new JoinOperator.JoinOperatorSets<>(this, other, JoinHint.BROADCAST_HASH_FIRST);
    }

    public <R> io.eddy.api.operators.join.JoinOperatorSetsBase<T, R> leftOuterJoin(DataSet<R> other) {
        return new io.eddy.api.operators.join.JoinOperatorSetsBase<>(this, other, JoinHint.OPTIMIZER_CHOOSES, OuterJoinType.LEFT);
    }

    public <R> io.eddy.api.operators.join.JoinOperatorSetsBase<T, R> leftOuterJoin(DataSet<R> other, JoinHint strategy) {
        return new io.eddy.api.operators.join.JoinOperatorSetsBase<>(this, other, strategy, OuterJoinType.LEFT);
    }

    public <R> io.eddy.api.operators.join.JoinOperatorSetsBase<T, R> rightOuterJoin(DataSet<R> other) {
        return new io.eddy.api.operators.join.JoinOperatorSetsBase<>(this, other, JoinHint.OPTIMIZER_CHOOSES, OuterJoinType.RIGHT);
    }

    public <R> io.eddy.api.operators.join.JoinOperatorSetsBase<T, R> rightOuterJoin(DataSet<R> other, JoinHint strategy) {
        return new io.eddy.api.operators.join.JoinOperatorSetsBase<>(this, other, strategy, OuterJoinType.RIGHT);
    }

    public <R> io.eddy.api.operators.join.JoinOperatorSetsBase<T, R> fullOuterJoin(DataSet<R> other) {
        return new io.eddy.api.operators.join.JoinOperatorSetsBase<>(this, other, JoinHint.OPTIMIZER_CHOOSES, OuterJoinType.FULL);
    }

    public <R> io.eddy.api.operators.join.JoinOperatorSetsBase<T, R> fullOuterJoin(DataSet<R> other, JoinHint strategy) {
        return new io.eddy.api.operators.join.JoinOperatorSetsBase<>(this, other, strategy, OuterJoinType.FULL);
    }

    public <R> CoGroupOperator.CoGroupOperatorSets<T, R> coGroup(DataSet<R> other) {
        return new CoGroupOperator.CoGroupOperatorSets<>(this, other);
    }

    public <R> CrossOperator.DefaultCross<T, R> cross(DataSet<R> other) {
        return new CrossOperator.DefaultCross<>(this, other, io.eddy.api.operators.base.CrossOperatorBase.CrossHint.OPTIMIZER_CHOOSES,
                CallSites.describe("Cross"));
    }

    /** A cross product whose second input is small: it is broadcast. */
    public <R> CrossOperator.DefaultCross<T, R> crossWithTiny(DataSet<R> other) {
        return new CrossOperator.DefaultCross<>(this, other, io.eddy.api.operators.base.CrossOperatorBase.CrossHint.SECOND_IS_SMALL,
                CallSites.describe("Cross"));
    }

    /** A cross product whose first input (this one) is small: it is broadcast. */
    public <R> CrossOperator.DefaultCross<T, R> crossWithHuge(DataSet<R> other) {
        return new CrossOperator.DefaultCross<>(this, other, io.eddy.api.operators.base.CrossOperatorBase.CrossHint.FIRST_IS_SMALL,
                CallSites.describe("Cross"));
    }

    public UnionOperator<T> union(DataSet<T> other) {
        return new UnionOperator<>(this, other, CallSites.describe("Union"));
    }

    // ---------------------------------------------------------------------------------------------
    //  iterations
    // ---------------------------------------------------------------------------------------------

    /**
     * Starts a bulk iteration over this data set: the returned data set is the partial solution
     * inside the step function, and {@code closeWith(next)} on it ends the step function and
     * returns the result after at most {@code maxIterations} supersteps.
     *
     * <pre>{@code
     * IterativeDataSet<Double> loop = initial.iterate(10);
     * DataSet<Double> result = loop.closeWith(loop.map(new Step()));
     * }</pre>
     */
    public IterativeDataSet<T> iterate(int maxIterations) {
        return new IterativeDataSet<>(getExecutionEnvironment(), getType(), this, maxIterations);
    }

    /**
     * Starts a delta iteration with this data set as the initial solution set, identified by the
     * tuple fields {@code keyPositions}, and {@code workset} as the initial workset. The loop ends
     * when the workset is empty, or after {@code maxIterations} supersteps.
     *
     * <pre>{@code
     * DeltaIteration<Tuple2<Long, Long>, Tuple2<Long, Long>> loop = components.iterateDelta(components, 100, 0);
     * DataSet<Tuple2<Long, Long>> changes = ... loop.getWorkset() ... .join(loop.getSolutionSet()).where(0).equalTo(0) ...;
     * DataSet<Tuple2<Long, Long>> result = loop.closeWith(changes, changes);
     * }</pre>
     *
     * @param <R> the type of the workset
     */
    public <R> DeltaIteration<T, R> iterateDelta(DataSet<R> workset, int maxIterations, int... keyPositions) {
        checkNotNull(workset, "The workset");
        checkNotNull(keyPositions, "The key positions");
        return new DeltaIteration<>(getExecutionEnvironment(), getType(), this, workset,
                new Keys.ExpressionKeys<>(keyPositions, getType()), maxIterations);
    }

    /**
     * Hands this data set to a {@link CustomUnaryOperation} and returns the result it builds on it.
     */
    public <X> DataSet<X> runOperation(CustomUnaryOperation<T, X> operation) {
        checkNotNull(operation, "The operation");
        operation.setInput(this);
        return operation.createResult();
    }

    // ---------------------------------------------------------------------------------------------
    //  partitioning
    // ---------------------------------------------------------------------------------------------

    public PartitionOperator<T> partitionByHash(int... fields) {
        return new PartitionOperator<>(this, PartitionMethod.HASH, new Keys.ExpressionKeys<>(fields, getType()),
                CallSites.describe("PartitionByHash"));
    }

    public PartitionOperator<T> partitionByHash(String... fields) {
        return new PartitionOperator<>(this, PartitionMethod.HASH, new Keys.ExpressionKeys<>(fields, getType()),
                CallSites.describe("PartitionByHash"));
    }

    public <K extends Comparable<K>> PartitionOperator<T> partitionByHash(KeySelector<T, K> keyExtractor) {
        TypeInformation<K> keyType = TypeExtractor.getKeySelectorTypes(keyExtractor, getType());
        return new PartitionOperator<>(this, PartitionMethod.HASH,
                new Keys.SelectorFunctionKeys<>(keyExtractor, getType(), keyType), CallSites.describe("PartitionByHash"));
    }

    public PartitionOperator<T> partitionByRange(int... fields) {
        return new PartitionOperator<>(this, PartitionMethod.RANGE, new Keys.ExpressionKeys<>(fields, getType()),
                CallSites.describe("PartitionByRange"));
    }

    public PartitionOperator<T> partitionByRange(String... fields) {
        return new PartitionOperator<>(this, PartitionMethod.RANGE, new Keys.ExpressionKeys<>(fields, getType()),
                CallSites.describe("PartitionByRange"));
    }

    public <K extends Comparable<K>> PartitionOperator<T> partitionByRange(KeySelector<T, K> keyExtractor) {
        TypeInformation<K> keyType = TypeExtractor.getKeySelectorTypes(keyExtractor, getType());
        return new PartitionOperator<>(this, PartitionMethod.RANGE,
                new Keys.SelectorFunctionKeys<>(keyExtractor, getType(), keyType), CallSites.describe("PartitionByRange"));
    }

    public <K> PartitionOperator<T> partitionCustom(Partitioner<K> partitioner, int field) {
        return new PartitionOperator<>(this, new Keys.ExpressionKeys<>(new int[] {field}, getType()), partitioner,
                CallSites.describe("PartitionCustom"));
    }

    public <K> PartitionOperator<T> partitionCustom(Partitioner<K> partitioner, String field) {
        return new PartitionOperator<>(this, new Keys.ExpressionKeys<>(new String[] {field}, getType()), partitioner,
                CallSites.describe("PartitionCustom"));
    }

    public <K extends Comparable<K>> PartitionOperator<T> partitionCustom(Partitioner<K> partitioner,
                                                                         KeySelector<T, K> keyExtractor) {
        TypeInformation<K> keyType = TypeExtractor.getKeySelectorTypes(keyExtractor, getType());
        return new PartitionOperator<>(this, new Keys.SelectorFunctionKeys<>(keyExtractor, getType(), keyType),
                partitioner, CallSites.describe("PartitionCustom"));
    }

    /** Spreads records evenly over the next operator's instances, round robin. */
    public PartitionOperator<T> rebalance() {
        return new PartitionOperator<>(this, PartitionMethod.REBALANCE, null, CallSites.describe("Rebalance"));
    }

    public SortPartitionOperator<T> sortPartition(int field, Order order) {
        return new SortPartitionOperator<>(this, field, order, CallSites.describe("SortPartition"));
    }

    public SortPartitionOperator<T> sortPartition(String field, Order order) {
        return new SortPartitionOperator<>(this, field, order, CallSites.describe("SortPartition"));
    }

    public <K> SortPartitionOperator<T> sortPartition(KeySelector<T, K> keyExtractor, Order order) {
        TypeInformation<K> keyType = TypeExtractor.getKeySelectorTypes(keyExtractor, getType());
        return new SortPartitionOperator<>(this, new Keys.SelectorFunctionKeys<>(keyExtractor, getType(), keyType),
                order, CallSites.describe("SortPartition"));
    }

    // ---------------------------------------------------------------------------------------------
    //  eager results
    // ---------------------------------------------------------------------------------------------

    /** Runs the program up to here and returns the number of records. */
    public long count() throws Exception {
        return CollectHelper.count(this);
    }

    /** Runs the program up to here and returns the records (for small results). */
    public List<T> collect() throws Exception {
        return CollectHelper.collect(this);
    }

    /** Runs the program up to here and prints each record to standard out, as in Flink. */
    public void print() throws Exception {
        for (T record : collect()) {
            System.out.println(record);
        }
    }

    /** Runs the program up to here and prints each record to standard error. */
    public void printToErr() throws Exception {
        for (T record : collect()) {
            System.err.println(record);
        }
    }

    /** A sink printing records prefixed by {@code sinkIdentifier} when the program is executed. */
    public DataSink<T> print(String sinkIdentifier) {
        return output(new PrintingOutputFormat<>(sinkIdentifier, false));
    }

    /** A sink printing records to standard error prefixed by {@code sinkIdentifier}. */
    public DataSink<T> printToErr(String sinkIdentifier) {
        return output(new PrintingOutputFormat<>(sinkIdentifier, true));
    }

    // ---------------------------------------------------------------------------------------------
    //  sinks
    // ---------------------------------------------------------------------------------------------

    public DataSink<T> writeAsText(String filePath) {
        return output(new TextOutputFormat<>(new Path(filePath)));
    }

    public DataSink<T> writeAsText(String filePath, WriteMode writeMode) {
        TextOutputFormat<T> format = new TextOutputFormat<>(new Path(filePath));
        format.setWriteMode(writeMode);
        return output(format);
    }

    public DataSink<String> writeAsFormattedText(String filePath, TextFormatter<T> formatter) {
        return map(new FormattingMapper<>(formatter)).returns(io.eddy.api.typeinfo.BasicTypeInfo.STRING_TYPE_INFO)
                .writeAsText(filePath);
    }

    public DataSink<String> writeAsFormattedText(String filePath, WriteMode writeMode, TextFormatter<T> formatter) {
        return map(new FormattingMapper<>(formatter)).returns(io.eddy.api.typeinfo.BasicTypeInfo.STRING_TYPE_INFO)
                .writeAsText(filePath, writeMode);
    }

    public DataSink<T> writeAsCsv(String filePath) {
        return writeAsCsv(filePath, CsvOutputFormat.DEFAULT_LINE_DELIMITER, CsvOutputFormat.DEFAULT_FIELD_DELIMITER);
    }

    public DataSink<T> writeAsCsv(String filePath, WriteMode writeMode) {
        return internalWriteAsCsv(new Path(filePath), CsvOutputFormat.DEFAULT_LINE_DELIMITER,
                CsvOutputFormat.DEFAULT_FIELD_DELIMITER, writeMode);
    }

    public DataSink<T> writeAsCsv(String filePath, String rowDelimiter, String fieldDelimiter) {
        return internalWriteAsCsv(new Path(filePath), rowDelimiter, fieldDelimiter, null);
    }

    public DataSink<T> writeAsCsv(String filePath, String rowDelimiter, String fieldDelimiter, WriteMode writeMode) {
        return internalWriteAsCsv(new Path(filePath), rowDelimiter, fieldDelimiter, writeMode);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private DataSink<T> internalWriteAsCsv(Path filePath, String rowDelimiter, String fieldDelimiter, WriteMode wm) {
        if (!getType().isTupleType()) {
            throw new InvalidProgramException("The writeAsCsv() method can only be used on data sets of tuples.");
        }
        CsvOutputFormat format = new CsvOutputFormat(filePath, rowDelimiter, fieldDelimiter);
        if (wm != null) {
            format.setWriteMode(wm);
        }
        return output((OutputFormat<T>) format);
    }

    /** Writes the records with the given output format when the program is executed. */
    public DataSink<T> output(OutputFormat<T> outputFormat) {
        checkNotNull(outputFormat, "Output format");
        DataSink<T> sink = new DataSink<>(this, outputFormat, getType(), CallSites.describe("DataSink"));
        context.registerDataSink(sink);
        return sink;
    }

    protected static void checkNotNull(Object o, String what) {
        if (o == null) {
            throw new NullPointerException(what + " must not be null.");
        }
    }

    /** Formats records for writeAsFormattedText. */
    private static final class FormattingMapper<T> implements MapFunction<T, String> {
        private static final long serialVersionUID = 1L;
        private final TextFormatter<T> formatter;

        FormattingMapper(TextFormatter<T> formatter) {
            this.formatter = formatter;
        }

        @Override
        public String map(T value) {
            return formatter.format(value);
        }
    }
}
