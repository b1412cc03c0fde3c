package io.eddy.benchmarks;

import org.apache.flink.api.common.functions.JoinFunction;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.functions.ReduceFunction;
import org.apache.flink.api.common.operators.Order;
import org.apache.flink.api.common.operators.base.JoinOperatorBase.JoinHint;
import org.apache.flink.api.common.operators.base.ReduceOperatorBase.CombineHint;
import org.apache.flink.api.java.DataSet;
import org.apache.flink.api.java.ExecutionEnvironment;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.api.java.tuple.Tuple3;
import org.apache.flink.api.java.tuple.Tuple4;
import org.apache.flink.api.java.utils.ParameterTool;
import org.apache.flink.core.fs.FileSystem.WriteMode;

import java.math.BigDecimal;

/**
 * The jobs of the joins benchmark suite as DataSet programs on a local environment, over the
 * {@code |}-separated TPC-H-like tables of {@code TpchData} ({@code customer.csv}, {@code orders.csv},
 * {@code lineitem.csv}). The program is written against Apache Flink 1.17 in
 * {@code benchmarks/flink-runner}; the Eddy runner in the benchmarks module is the same file after
 * {@code port-from-flink.sed} and renaming the class.
 *
 * <ul>
 *   <li>{@code q3}: the TPC-H Q3-like query of the examples: customers of one segment, their orders
 *       before a date, those orders' items shipped after it; revenue per order, sorted by revenue
 *       (descending) and order date, written as {@code orderkey|revenue|orderdate|shippriority}.</li>
 *   <li>{@code threeway}: line items joined with the orders of 1994 and 1995 on the order key, then
 *       with all customers on the customer key; revenue per nation and market segment, written as
 *       {@code nation,segment,revenue}.</li>
 * </ul>
 * Both compute revenue in exact integer units of 1/10,000, so every engine writes the same digits.
 *
 * <p>Usage: {@code --job q3|threeway --input <dir> --output <path> [--parallelism 2]
 * [--join-hints HINT,HINT] [--combine-hint HINT] [--explain]}. The hints force the strategy of the
 * two joins (in program order) and of the aggregation's combiner; without them the optimizer chooses.
 * {@code --explain} prints the execution plan instead of running the job. Prints
 * {@code job-ms <milliseconds>} for the job itself, measured around {@code execute()}.
 */
public class FlinkJoinJobs {

    /** Q3's market segment. */
    static final String SEGMENT = "BUILDING";
    /** Q3's date: orders placed before it, items shipped after it. */
    static final String DATE = "1995-03-15";
    /** The three-way join's orders: placed in [FIRST_DAY, END_DAY). */
    static final String FIRST_DAY = "1994-01-01";
    static final String END_DAY = "1996-01-01";

    /** The strategies a run forces; OPTIMIZER_CHOOSES everywhere is the optimizer's plan. */
    static final class Hints {
        final JoinHint firstJoin;
        final JoinHint secondJoin;
        final CombineHint combine;

        Hints(ParameterTool params) {
            String[] joins = params.get("join-hints", "OPTIMIZER_CHOOSES,OPTIMIZER_CHOOSES").split(",");
            if (joins.length != 2) {
                throw new IllegalArgumentException("--join-hints takes two hints, one per join: " + params.get("join-hints"));
            }
            firstJoin = JoinHint.valueOf(joins[0].trim());
            secondJoin = JoinHint.valueOf(joins[1].trim());
            combine = CombineHint.valueOf(params.get("combine-hint", "OPTIMIZER_CHOOSES"));
        }
    }

    public static void main(String[] args) throws Exception {
        ParameterTool params = ParameterTool.fromArgs(args);
        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(params.getInt("parallelism", 2));
        Hints hints = new Hints(params);
        long started = System.nanoTime();
        switch (params.getRequired("job")) {
            case "q3":
                q3(env, params.getRequired("input"), params.getRequired("output"), hints);
                break;
            case "threeway":
                threeWay(env, params.getRequired("input"), params.getRequired("output"), hints);
                break;
            default:
                throw new IllegalArgumentException("unknown job " + params.get("job"));
        }
        if (params.has("explain")) {
            System.out.println(env.getExecutionPlan());
            return;
        }
        env.execute(params.get("job") + " " + params.get("join-hints", "optimizer's plan"));
        System.out.println("job-ms " + (System.nanoTime() - started) / 1_000_000);
    }

    /** Defines the Q3-like query (see the class comment); the caller executes it. */
    static void q3(ExecutionEnvironment env, String input, String output, Hints hints) {
        // c_custkey, c_mktsegment
        DataSet<Tuple2<Long, String>> customers = env.readCsvFile(input + "/customer.csv")
                .fieldDelimiter("|")
                .includeFields("10000010")
                .types(Long.class, String.class)
                .filter(c -> c.f1.equals(SEGMENT));

        // o_orderkey, o_custkey, o_orderdate, o_shippriority
        DataSet<Tuple4<Long, Long, String, Integer>> orders = env.readCsvFile(input + "/orders.csv")
                .fieldDelimiter("|")
                .includeFields("110010010")
                .types(Long.class, Long.class, String.class, Integer.class)
                .filter(o -> o.f2.compareTo(DATE) < 0);

        // l_orderkey, l_extendedprice, l_discount, l_shipdate
        DataSet<Tuple4<Long, Double, Double, String>> lineItems = env.readCsvFile(input + "/lineitem.csv")
                .fieldDelimiter("|")
                .includeFields("10000110001")
                .types(Long.class, Double.class, Double.class, String.class)
                .filter(l -> l.f3.compareTo(DATE) > 0);

        // o_orderkey, o_orderdate, o_shippriority
        DataSet<Tuple3<Long, String, Integer>> customerOrders = customers
                .join(orders, hints.firstJoin).where(0).equalTo(1)
                .projectSecond(0, 2, 3);

        DataSet<Tuple4<Long, String, Integer, Long>> revenue = customerOrders
                .join(lineItems.map(new Revenue()), hints.secondJoin).where(0).equalTo(0)
                .with(new OrderRevenue())
                .withForwardedFieldsFirst("f0; f1; f2")
                .groupBy(0, 1, 2)
                .reduce(new SumOrderRevenue())
                .setCombineHint(hints.combine);

        revenue.sortPartition(3, Order.DESCENDING).setParallelism(1)
                .sortPartition(1, Order.ASCENDING)
                .map(new Format()).setParallelism(1)
                .writeAsCsv(output, "\n", "|", WriteMode.OVERWRITE).setParallelism(1);
    }

    /** Defines the three-way join (see the class comment); the caller executes it. */
    static void threeWay(ExecutionEnvironment env, String input, String output, Hints hints) {
        // l_orderkey, l_extendedprice, l_discount
        DataSet<Tuple2<Long, Long>> items = env.readCsvFile(input + "/lineitem.csv")
                .fieldDelimiter("|")
                .includeFields("1000011")
                .types(Long.class, Double.class, Double.class)
                .map(new ItemRevenue());

        // o_orderkey, o_custkey, o_orderdate
        DataSet<Tuple3<Long, Long, String>> orders = env.readCsvFile(input + "/orders.csv")
                .fieldDelimiter("|")
                .includeFields("11001")
                .types(Long.class, Long.class, String.class)
                .filter(o -> o.f2.compareTo(FIRST_DAY) >= 0 && o.f2.compareTo(END_DAY) < 0);

        // c_custkey, c_nationkey, c_mktsegment
        DataSet<Tuple3<Long, Integer, String>> customers = env.readCsvFile(input + "/customer.csv")
                .fieldDelimiter("|")
                .includeFields("10010010")
                .types(Long.class, Integer.class, String.class);

        items.join(orders, hints.firstJoin).where(0).equalTo(0)
                .with(new CustomerRevenue())
                .join(customers, hints.secondJoin).where(0).equalTo(0)
                .with(new NationSegmentRevenue())
                .groupBy(0, 1)
                .reduce(new SumSegmentRevenue())
                .setCombineHint(hints.combine)
                .writeAsCsv(output, "\n", ",", WriteMode.OVERWRITE);
    }

    /** {@code (orderkey, price, discount, shipdate) -> (orderkey, price * (1 - discount))} in 1/10,000 units. */
    public static final class Revenue implements MapFunction<Tuple4<Long, Double, Double, String>, Tuple2<Long, Long>> {

        @Override
        public Tuple2<Long, Long> map(Tuple4<Long, Double, Double, String> item) {
            return new Tuple2<>(item.f0, revenueUnits(item.f1, item.f2));
        }
    }

    /** {@code (orderkey, price, discount) -> (orderkey, price * (1 - discount))} in 1/10,000 units. */
    public static final class ItemRevenue implements MapFunction<Tuple3<Long, Double, Double>, Tuple2<Long, Long>> {

        @Override
        public Tuple2<Long, Long> map(Tuple3<Long, Double, Double> item) {
            return new Tuple2<>(item.f0, revenueUnits(item.f1, item.f2));
        }
    }

    /** Prices have two decimals and discounts are whole percents, so the product is exact in 1/10,000. */
    static long revenueUnits(double price, double discount) {
        return Math.round(price * 100) * (100 - Math.round(discount * 100));
    }

    /** Attaches an item's revenue to its order's date and shipping priority. */
    public static final class OrderRevenue
            implements JoinFunction<Tuple3<Long, String, Integer>, Tuple2<Long, Long>, Tuple4<Long, String, Integer, Long>> {

        @Override
        public Tuple4<Long, String, Integer, Long> join(Tuple3<Long, String, Integer> order, Tuple2<Long, Long> item) {
            return new Tuple4<>(order.f0, order.f1, order.f2, item.f1);
        }
    }

    /** Adds the revenues of one order. */
    public static final class SumOrderRevenue implements ReduceFunction<Tuple4<Long, String, Integer, Long>> {

        @Override
        public Tuple4<Long, String, Integer, Long> reduce(Tuple4<Long, String, Integer, Long> a,
                                                          Tuple4<Long, String, Integer, Long> b) {
            return new Tuple4<>(a.f0, a.f1, a.f2, a.f3 + b.f3);
        }
    }

    /** Puts the columns in the query's order and prints the revenue as a decimal. */
    public static final class Format
            implements MapFunction<Tuple4<Long, String, Integer, Long>, Tuple4<Long, String, String, Integer>> {

        @Override
        public Tuple4<Long, String, String, Integer> map(Tuple4<Long, String, Integer, Long> row) {
            return new Tuple4<>(row.f0, BigDecimal.valueOf(row.f3, 4).toPlainString(), row.f1, row.f2);
        }
    }

    /** {@code (item, order) -> (custkey, revenue)}. */
    public static final class CustomerRevenue
            implements JoinFunction<Tuple2<Long, Long>, Tuple3<Long, Long, String>, Tuple2<Long, Long>> {

        @Override
        public Tuple2<Long, Long> join(Tuple2<Long, Long> item, Tuple3<Long, Long, String> order) {
            return new Tuple2<>(order.f1, item.f1);
        }
    }

    /** {@code ((custkey, revenue), customer) -> (nation, segment, revenue)}. */
    public static final class NationSegmentRevenue
            implements JoinFunction<Tuple2<Long, Long>, Tuple3<Long, Integer, String>, Tuple3<Integer, String, Long>> {

        @Override
        public Tuple3<Integer, String, Long> join(Tuple2<Long, Long> revenue, Tuple3<Long, Integer, String> customer) {
            return new Tuple3<>(customer.f1, customer.f2, revenue.f1);
        }
    }

    /** Adds the revenues of one nation and segment. */
    public static final class SumSegmentRevenue implements ReduceFunction<Tuple3<Integer, String, Long>> {

        @Override
        public Tuple3<Integer, String, Long> reduce(Tuple3<Integer, String, Long> a, Tuple3<Integer, String, Long> b) {
            return new Tuple3<>(a.f0, a.f1, a.f2 + b.f2);
        }
    }
}
