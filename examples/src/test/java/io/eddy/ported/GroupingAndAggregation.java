package io.eddy.ported;

import io.eddy.api.functions.GroupCombineFunction;
import io.eddy.api.functions.GroupReduceFunction;
import io.eddy.api.functions.ReduceFunction;
import io.eddy.api.operators.Order;
import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.functions.KeySelector;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.tuple.Tuple3;
import io.eddy.api.utils.ParameterTool;
import io.eddy.api.functions.Collector;

import java.util.ArrayList;
import java.util.List;

import static io.eddy.api.aggregation.Aggregations.MIN;
import static io.eddy.api.aggregation.Aggregations.SUM;

/**
 * Grouping and aggregation: reduce, reduceGroup, combineGroup, aggregate(SUM).and(MIN), sum, min, max,
 * minBy, maxBy, every form of distinct, and groupBy on positions, field expressions, a KeySelector and
 * a POJO field, with sortGroup + first(n).
 */
public class GroupingAndAggregation {

    /** A sale, as a POJO: public fields and a public no-argument constructor. */
    public static class Sale {
        public String region;
        public String product;
        public int amount;

        public Sale() {
        }

        public Sale(String region, String product, int amount) {
            this.region = region;
            this.product = product;
            this.amount = amount;
        }

        @Override
        public String toString() {
            return region + "/" + product + "/" + amount;
        }
    }

    public static void main(String[] args) throws Exception {
        ParameterTool params = ParameterTool.fromArgs(args);
        ExecutionEnvironment env = ExecutionEnvironment.getExecutionEnvironment();
        List<String> result = new ArrayList<>();

        // (region, product, amount); every amount is unique so minBy/maxBy have no ties
        DataSet<Tuple3<String, String, Integer>> sales = env.fromElements(
                new Tuple3<>("north", "apple", 10), new Tuple3<>("north", "pear", 7),
                new Tuple3<>("north", "apple", 3), new Tuple3<>("south", "apple", 12),
                new Tuple3<>("south", "plum", 5), new Tuple3<>("south", "plum", 8),
                new Tuple3<>("east", "pear", 1), new Tuple3<>("east", "apple", 20),
                new Tuple3<>("east", "plum", 15), new Tuple3<>("east", "pear", 2));
        DataSet<Tuple2<String, Integer>> regionAmounts = sales.project(0, 2);

        result.addAll(PortedPrograms.tag("groupBy.sum", regionAmounts.groupBy(0).sum(1).collect()));
        result.addAll(PortedPrograms.tag("groupBy.min", regionAmounts.groupBy(0).min(1).collect()));
        result.addAll(PortedPrograms.tag("groupBy.max", regionAmounts.groupBy(0).max(1).collect()));
        result.addAll(PortedPrograms.tag("groupBy.minBy", sales.groupBy(0).minBy(2).collect()));
        result.addAll(PortedPrograms.tag("groupBy.maxBy", sales.groupBy(0).maxBy(2).collect()));
        result.addAll(PortedPrograms.tag("maxBy", sales.maxBy(2).collect()));
        result.addAll(PortedPrograms.tag("sum", regionAmounts.project(1).sum(0).collect()));

        // (region, total, smallest): every field is a key or an aggregate, so the result is defined
        DataSet<Tuple3<String, Integer, Integer>> totals = sales.project(0, 2, 2);
        result.addAll(PortedPrograms.tag("aggregate",
                totals.groupBy(0).aggregate(SUM, 1).and(MIN, 2).collect()));

        result.addAll(PortedPrograms.tag("groupBy.positions.reduce",
                sales.groupBy(0, 1).reduce(new SumAmounts()).collect()));
        result.addAll(PortedPrograms.tag("groupBy.expression.reduce",
                sales.groupBy("f1").reduce(new SumAmounts()).project(1, 2).collect()));
        result.addAll(PortedPrograms.tag("groupBy.keySelector.reduceGroup",
                sales.groupBy(new RegionInitial()).reduceGroup(new CountAndTotal()).collect()));
        result.addAll(PortedPrograms.tag("reduceGroup.all", sales.reduceGroup(new CountAndTotal()).collect()));

        // combineGroup pre-aggregates per partition; summing the partials again gives the group total
        DataSet<Tuple3<String, String, Integer>> combined = sales.groupBy(0).combineGroup(new PartialSum());
        result.addAll(PortedPrograms.tag("combineGroup",
                combined.groupBy(0).reduce(new SumAmounts()).project(0, 2).collect()));

        // sortGroup + first(n): the two biggest sales per region
        result.addAll(PortedPrograms.tag("sortGroup.first",
                sales.groupBy(0).sortGroup(2, Order.DESCENDING).first(2).collect()));

        DataSet<Sale> pojos = sales.map(t -> new Sale(t.f0, t.f1, t.f2)).returns(Sale.class);
        result.addAll(PortedPrograms.tag("pojo.groupBy.reduce", pojos.groupBy("product")
                .reduce((a, b) -> new Sale("all", a.product, a.amount + b.amount)).collect()));
        result.addAll(PortedPrograms.tag("pojo.sortGroup.first", pojos.groupBy("region")
                .sortGroup("amount", Order.ASCENDING).first(1).collect()));

        result.addAll(PortedPrograms.tag("distinct", regionAmounts.project(0).distinct().collect()));
        result.addAll(PortedPrograms.tag("distinct.positions", sales.distinct(0, 1).project(0, 1).collect()));
        result.addAll(PortedPrograms.tag("distinct.expression", pojos.distinct("product").map(s -> s.product).collect()));
        result.add(PortedPrograms.tag("distinct.keySelector.count", sales.distinct(new RegionInitial()).count()));
        result.add(PortedPrograms.tag("distinct.atomic.count",
                env.fromElements(3, 1, 3, 2, 1, 3).distinct().count()));

        PortedPrograms.writeResult(params.getRequired("output"), result);
    }

    /** Adds the amounts, keeping the first sale's region and product. */
    public static final class SumAmounts implements ReduceFunction<Tuple3<String, String, Integer>> {

        @Override
        public Tuple3<String, String, Integer> reduce(Tuple3<String, String, Integer> a, Tuple3<String, String, Integer> b) {
            return new Tuple3<>(a.f0, a.f1, a.f2 + b.f2);
        }
    }

    /** The first letter of the region. */
    public static final class RegionInitial implements KeySelector<Tuple3<String, String, Integer>, String> {

        @Override
        public String getKey(Tuple3<String, String, Integer> sale) {
            return sale.f0.substring(0, 1);
        }
    }

    /** {@code (number of sales, total amount)} of a group. */
    public static final class CountAndTotal
            implements GroupReduceFunction<Tuple3<String, String, Integer>, Tuple2<Integer, Integer>> {

        @Override
        public void reduce(Iterable<Tuple3<String, String, Integer>> group, Collector<Tuple2<Integer, Integer>> out) {
            int count = 0;
            int total = 0;
            for (Tuple3<String, String, Integer> sale : group) {
                count++;
                total += sale.f2;
            }
            out.collect(new Tuple2<>(count, total));
        }
    }

    /** Sums what it is given of a group into one record. */
    public static final class PartialSum
            implements GroupCombineFunction<Tuple3<String, String, Integer>, Tuple3<String, String, Integer>> {

        @Override
        public void combine(Iterable<Tuple3<String, String, Integer>> group, Collector<Tuple3<String, String, Integer>> out) {
            String region = null;
            int total = 0;
            for (Tuple3<String, String, Integer> sale : group) {
                region = sale.f0;
                total += sale.f2;
            }
            out.collect(new Tuple3<>(region, "partial", total));
        }
    }
}
