package io.eddy.examples.relational;

import io.eddy.examples.relational.util.TpchData;
import io.eddy.api.functions.JoinFunction;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.operators.Order;
import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.tuple.Tuple3;
import io.eddy.api.tuple.Tuple4;
import io.eddy.api.utils.ParameterTool;
import io.eddy.api.fs.FileSystem.WriteMode;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A query shaped like TPC-H Q3 (shipping priority): the revenue of the orders of one market segment
 * that were placed before a date and still had items to ship after it.
 *
 * <pre>
 * SELECT l_orderkey, SUM(l_extendedprice * (1 - l_discount)) AS revenue, o_orderdate, o_shippriority
 * FROM customer, orders, lineitem
 * WHERE c_mktsegment = :segment AND c_custkey = o_custkey AND l_orderkey = o_orderkey
 *   AND o_orderdate &lt; :date AND l_shipdate &gt; :date
 * GROUP BY l_orderkey, o_orderdate, o_shippriority
 * ORDER BY revenue DESC, o_orderdate
 * </pre>
 *
 * <p>Usage: {@code TpchQuery3 [--input <dir>] [--output <path>] [--segment BUILDING] [--date 1995-03-15]}.
 * {@code --input} is a directory with the {@code |}-separated tables {@code customer.csv},
 * {@code orders.csv} and {@code lineitem.csv} (see {@link TpchData}); without it the program generates
 * tables at scale 0.01 into a temporary directory. Output lines are
 * {@code orderkey|revenue|orderdate|shippriority}, revenue with four decimals, sorted as in the query.
 *
 * <p>Revenue is computed in exact integer units of 1/10,000 (prices have two decimals, discounts are
 * whole percents), so the sums do not depend on the order in which parallel tasks add them.
 */
public class TpchQuery3 {

    public static void main(String[] args) throws Exception {
        ParameterTool params = ParameterTool.fromArgs(args);
        ExecutionEnvironment env = ExecutionEnvironment.getExecutionEnvironment();
        env.getConfig().setGlobalJobParameters(params);

        String input;
        if (params.has("input")) {
            input = params.get("input");
        } else {
            Path generated = Files.createTempDirectory("tpch-");
            TpchData.generate(generated, 0.01);
            input = generated.toString();
        }
        String segment = params.get("segment", "BUILDING");
        String date = params.get("date", "1995-03-15");

        // c_custkey, c_mktsegment
        DataSet<Tuple2<Long, String>> customers = env.readCsvFile(input + "/customer.csv")
                .fieldDelimiter("|")
                .includeFields("10000010")
                .types(Long.class, String.class)
                .filter(c -> c.f1.equals(segment));

        // o_orderkey, o_custkey, o_orderdate, o_shippriority
        DataSet<Tuple4<Long, Long, String, Integer>> orders = env.readCsvFile(input + "/orders.csv")
                .fieldDelimiter("|")
                .includeFields("110010010")
                .types(Long.class, Long.class, String.class, Integer.class)
                .filter(o -> o.f2.compareTo(date) < 0);

        // l_orderkey, l_extendedprice, l_discount, l_shipdate
        DataSet<Tuple4<Long, Double, Double, String>> lineItems = env.readCsvFile(input + "/lineitem.csv")
                .fieldDelimiter("|")
                .includeFields("10000110001")
                .types(Long.class, Double.class, Double.class, String.class)
                .filter(l -> l.f3.compareTo(date) > 0);

        // o_orderkey, o_orderdate, o_shippriority
        DataSet<Tuple3<Long, String, Integer>> customerOrders = customers
                .join(orders).where(0).equalTo(1)
                .projectSecond(0, 2, 3);

        DataSet<Tuple4<Long, String, Integer, Long>> revenue = customerOrders
                .join(lineItems.map(new Revenue())).where(0).equalTo(0)
                .with(new OrderRevenue())
                .groupBy(0, 1, 2)
                .sum(3);

        DataSet<Tuple4<Long, String, String, Integer>> result = revenue
                .sortPartition(3, Order.DESCENDING).setParallelism(1)
                .sortPartition(1, Order.ASCENDING)
                .map(new Format()).setParallelism(1);

        if (params.has("output")) {
            result.writeAsCsv(params.get("output"), "\n", "|", WriteMode.OVERWRITE).setParallelism(1);
            env.execute("TPC-H Q3");
        } else {
            result.print();
        }
    }

    /** {@code (orderkey, price, discount, shipdate) -> (orderkey, price * (1 - discount))} in 1/10,000 units. */
    public static final class Revenue implements MapFunction<Tuple4<Long, Double, Double, String>, Tuple2<Long, Long>> {

        @Override
        public Tuple2<Long, Long> map(Tuple4<Long, Double, Double, String> item) {
            long cents = Math.round(item.f1 * 100);
            long discountPercent = Math.round(item.f2 * 100);
            return new Tuple2<>(item.f0, cents * (100 - discountPercent));
        }
    }

    /** Attaches an item's revenue to its order's date and shipping priority. */
    public static final class OrderRevenue
            implements JoinFunction<Tuple3<Long, String, Integer>, Tuple2<Long, Long>, Tuple4<Long, String, Integer, Long>> {

        @Override
        public Tuple4<Long, String, Integer, Long> join(Tuple3<Long, String, Integer> order, Tuple2<Long, Long> item) {
            return new Tuple4<>(order.f0, order.f1, order.f2, item.f1);
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
}
