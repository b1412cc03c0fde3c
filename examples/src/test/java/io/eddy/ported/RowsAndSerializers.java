package io.eddy.ported;

import io.eddy.api.ExecutionConfig;
import io.eddy.api.functions.JoinFunction;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.functions.ReduceFunction;
import io.eddy.api.functions.RichMapPartitionFunction;
import io.eddy.api.operators.Order;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.typeinfo.Types;
import io.eddy.api.typeutils.SimpleTypeSerializerSnapshot;
import io.eddy.api.typeutils.TypeSerializer;
import io.eddy.api.typeutils.TypeSerializerSnapshot;
import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.tuple.Tuple3;
import io.eddy.api.typeutils.RowTypeInfo;
import io.eddy.api.typeutils.TupleTypeInfo;
import io.eddy.api.utils.ParameterTool;
import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import io.eddy.api.types.Row;
import io.eddy.api.types.RowKind;
import io.eddy.api.functions.Collector;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rows with RowTypeInfo given by {@code .returns(Types.ROW(...))} through map, groupBy/reduce, join
 * and sortPartition; a user-written TypeSerializer, reached through a user TypeInformation, for a
 * field of tuples that are grouped and joined. The serializer counts its calls in this JVM.
 */
public class RowsAndSerializers {

    public static void main(String[] args) throws Exception {
        ParameterTool params = ParameterTool.fromArgs(args);
        ExecutionEnvironment env = ExecutionEnvironment.getExecutionEnvironment();
        List<String> result = new ArrayList<>();

        // Row API
        Row row = Row.of(1, "one", null);
        result.add(PortedPrograms.tag("row.toString", row));
        result.add(PortedPrograms.tag("row.arity", row.getArity()));
        result.add(PortedPrograms.tag("row.equalsCopy", row.equals(Row.copy(row)) && row.hashCode() == Row.copy(row).hashCode()));
        result.add(PortedPrograms.tag("row.project", Row.project(row, new int[] {1, 0})));
        result.add(PortedPrograms.tag("row.join", Row.join(row, Row.of(2.5))));
        Row deleted = Row.ofKind(RowKind.DELETE, "x");
        result.add(PortedPrograms.tag("row.kind", deleted + " " + deleted.equals(Row.of("x"))));
        Row named = Row.withNames();
        named.setField("id", 7);
        result.add(PortedPrograms.tag("row.named", named.getField("id") + " " + named.getArity()));

        // rows of (id, name, amount) with a null name now and then
        DataSet<Row> rows = env.generateSequence(0, 999)
                .map(new ToRow())
                .returns(Types.ROW(Types.INT, Types.STRING, Types.LONG));

        List<Row> totals = rows.groupBy(0).reduce(new AddAmounts()).collect();
        long totalOfTotals = 0;
        for (Row total : totals) {
            totalOfTotals += (Long) total.getField(2);
        }
        result.add(PortedPrograms.tag("rows.groups", totals.size()));
        result.add(PortedPrograms.tag("rows.totalOfTotals", totalOfTotals));

        DataSet<Row> names = env.fromCollection(List.of(Row.of(0, "zero"), Row.of(1, "one"), Row.of(2, "two")),
                new RowTypeInfo(new TypeInformation<?>[] {Types.INT, Types.STRING}, new String[] {"id", "label"}));
        List<Row> joined = rows.groupBy(0).reduce(new AddAmounts())
                .join(names).where(0).equalTo(0)
                .with(new JoinRows())
                .returns(Types.ROW_NAMED(new String[] {"id", "label", "amount"}, Types.INT, Types.STRING, Types.LONG))
                .collect();
        result.addAll(PortedPrograms.tag("rows.joined", joined));

        List<Tuple2<Integer, Boolean>> sorted = rows.sortPartition(2, Order.DESCENDING)
                .mapPartition(new SortedDescending()).collect();
        result.add(PortedPrograms.tag("rows.sortPartition.sorted", sorted.stream().allMatch(t -> t.f1)));
        List<Row> firstByName = rows.filter(r -> r.getField(1) != null)
                .sortPartition("f1", Order.ASCENDING).sortPartition(2, Order.ASCENDING).setParallelism(1)
                .first(3).setParallelism(1).collect();
        result.addAll(PortedPrograms.tag("rows.sortPartition.first", firstByName));

        // a user-written serializer for Money, through a user TypeInformation
        MoneySerializer.CALLS.set(0);
        TupleTypeInfo<Tuple2<String, Money>> accountType = new TupleTypeInfo<>(Types.STRING, new MoneyTypeInfo());
        DataSet<Tuple2<String, Money>> payments = env.generateSequence(0, 999)
                .map(new ToPayment())
                .returns(accountType);
        DataSet<Tuple2<String, Money>> balances = payments.groupBy(0).reduce(new AddMoney());
        DataSet<Tuple2<String, Money>> limits = env.fromElements("acc0", "acc1", "acc2", "acc3", "acc4")
                .map(new ToLimit())
                .returns(accountType);
        List<Tuple3<String, Long, Long>> checked = balances.join(limits).where(0).equalTo(0)
                .with(new CompareWithLimit())
                .collect();
        result.addAll(PortedPrograms.tag("money.balances", checked));
        result.add(PortedPrograms.tag("money.serializerCalled", MoneySerializer.CALLS.get() > 0));

        PortedPrograms.writeResult(params.getRequired("output"), result);
    }

    /** {@code n -> (n % 7, "name" + n % 7 or null for n % 5 == 0, n)}. */
    public static final class ToRow implements MapFunction<Long, Row> {

        @Override
        public Row map(Long n) {
            int id = (int) (n % 7);
            return Row.of(id, n % 5 == 0 ? null : "name" + id, n);
        }
    }

    /** Adds the amounts of two rows of one id, keeping the first row's name. */
    public static final class AddAmounts implements ReduceFunction<Row> {

        @Override
        public Row reduce(Row first, Row second) {
            return Row.of(first.getField(0), "name" + first.getField(0), (Long) first.getField(2) + (Long) second.getField(2));
        }
    }

    /** {@code (id, label, amount)} by name. */
    public static final class JoinRows implements JoinFunction<Row, Row, Row> {

        @Override
        public Row join(Row total, Row name) {
            return Row.of(total.getField(0), name.getField("label"), total.getField(2));
        }
    }

    /** {@code (subtask, whether the partition's amounts came in descending order)}. */
    public static final class SortedDescending extends RichMapPartitionFunction<Row, Tuple2<Integer, Boolean>> {

        @Override
        public void mapPartition(Iterable<Row> records, Collector<Tuple2<Integer, Boolean>> out) {
            long previous = Long.MAX_VALUE;
            boolean sorted = true;
            for (Row record : records) {
                long amount = (Long) record.getField(2);
                sorted &= amount <= previous;
                previous = amount;
            }
            out.collect(new Tuple2<>(getRuntimeContext().getIndexOfThisSubtask(), sorted));
        }
    }

    /** An amount of money in cents; deliberately not a POJO (no default constructor). */
    public static final class Money {

        private final long cents;

        public Money(long cents) {
            this.cents = cents;
        }

        public long getCents() {
            return cents;
        }

        @Override
        public boolean equals(Object obj) {
            return obj instanceof Money && ((Money) obj).cents == cents;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(cents);
        }

        @Override
        public String toString() {
            return cents + "c";
        }
    }

    /** Writes Money as a long; counts every serialize and deserialize call. */
    public static final class MoneySerializer extends TypeSerializer<Money> {

        static final AtomicLong CALLS = new AtomicLong();

        @Override
        public boolean isImmutableType() {
            return true;
        }

        @Override
        public TypeSerializer<Money> duplicate() {
            return this;
        }

        @Override
        public Money createInstance() {
            return new Money(0);
        }

        @Override
        public Money copy(Money from) {
            return from;
        }

        @Override
        public Money copy(Money from, Money reuse) {
            return from;
        }

        @Override
        public int getLength() {
            return 8;
        }

        @Override
        public void serialize(Money record, DataOutputView target) throws IOException {
            CALLS.incrementAndGet();
            target.writeLong(record.getCents());
        }

        @Override
        public Money deserialize(DataInputView source) throws IOException {
            CALLS.incrementAndGet();
            return new Money(source.readLong());
        }

        @Override
        public Money deserialize(Money reuse, DataInputView source) throws IOException {
            return deserialize(source);
        }

        @Override
        public void copy(DataInputView source, DataOutputView target) throws IOException {
            target.writeLong(source.readLong());
        }

        @Override
        public boolean equals(Object obj) {
            return obj instanceof MoneySerializer;
        }

        @Override
        public int hashCode() {
            return MoneySerializer.class.hashCode();
        }

        @Override
        public TypeSerializerSnapshot<Money> snapshotConfiguration() {
            return new MoneySerializerSnapshot();
        }
    }

    /** The configuration-less snapshot of {@link MoneySerializer}. */
    public static final class MoneySerializerSnapshot extends SimpleTypeSerializerSnapshot<Money> {

        public MoneySerializerSnapshot() {
            super(MoneySerializer::new);
        }
    }

    /** Type information whose serializer is {@link MoneySerializer}. */
    public static final class MoneyTypeInfo extends TypeInformation<Money> {

        @Override
        public boolean isBasicType() {
            return false;
        }

        @Override
        public boolean isTupleType() {
            return false;
        }

        @Override
        public int getArity() {
            return 1;
        }

        @Override
        public int getTotalFields() {
            return 1;
        }

        @Override
        public Class<Money> getTypeClass() {
            return Money.class;
        }

        @Override
        public boolean isKeyType() {
            return false;
        }

        @Override
        public TypeSerializer<Money> createSerializer(ExecutionConfig config) {
            return new MoneySerializer();
        }

        @Override
        public String toString() {
            return "Money";
        }

        @Override
        public boolean equals(Object obj) {
            return obj instanceof MoneyTypeInfo;
        }

        @Override
        public int hashCode() {
            return MoneyTypeInfo.class.hashCode();
        }

        @Override
        public boolean canEqual(Object obj) {
            return obj instanceof MoneyTypeInfo;
        }
    }

    /** {@code n -> ("acc" + n % 5, n cents)}. */
    public static final class ToPayment implements MapFunction<Long, Tuple2<String, Money>> {

        @Override
        public Tuple2<String, Money> map(Long n) {
            return new Tuple2<>("acc" + n % 5, new Money(n));
        }
    }

    /** {@code account -> (account, 100,000 cents)}. */
    public static final class ToLimit implements MapFunction<String, Tuple2<String, Money>> {

        @Override
        public Tuple2<String, Money> map(String account) {
            return new Tuple2<>(account, new Money(100_000));
        }
    }

    /** Sums the money of one account. */
    public static final class AddMoney implements ReduceFunction<Tuple2<String, Money>> {

        @Override
        public Tuple2<String, Money> reduce(Tuple2<String, Money> first, Tuple2<String, Money> second) {
            return new Tuple2<>(first.f0, new Money(first.f1.getCents() + second.f1.getCents()));
        }
    }

    /** {@code (account, balance, limit)}. */
    public static final class CompareWithLimit
            implements JoinFunction<Tuple2<String, Money>, Tuple2<String, Money>, Tuple3<String, Long, Long>> {

        @Override
        public Tuple3<String, Long, Long> join(Tuple2<String, Money> balance, Tuple2<String, Money> limit) {
            return new Tuple3<>(balance.f0, balance.f1.getCents(), limit.f1.getCents());
        }
    }
}
