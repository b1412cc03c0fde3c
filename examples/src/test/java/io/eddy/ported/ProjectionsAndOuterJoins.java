package io.eddy.ported;

import io.eddy.api.functions.FlatJoinFunction;
import io.eddy.api.functions.JoinFunction;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.operators.base.JoinOperatorBase.JoinHint;
import io.eddy.api.typeinfo.Types;
import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.aggregation.Aggregations;
import io.eddy.api.functions.KeySelector;
import io.eddy.api.tuple.Tuple1;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.tuple.Tuple3;
import io.eddy.api.tuple.Tuple4;
import io.eddy.api.tuple.Tuple5;
import io.eddy.api.utils.ParameterTool;
import io.eddy.api.fs.FileSystem.WriteMode;
import io.eddy.api.functions.Collector;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An order reconciliation report: customers, orders and payments are read from CSV files, narrowed
 * with projections (DataSet.project, and projectFirst/projectSecond chains on join and cross assigned
 * to their TupleN types, with and without the deprecated types(...)), matched with left, right and
 * full outer joins (JoinFunction, FlatJoinFunction, a lambda with returns(...), key selectors and a
 * sort-merge hint), aggregated, and written as CSV.
 */
public class ProjectionsAndOuterJoins {

    public static void main(String[] args) throws Exception {
        ParameterTool params = ParameterTool.fromArgs(args);
        ExecutionEnvironment env = ExecutionEnvironment.getExecutionEnvironment();
        String work = params.getRequired("work");
        List<String> result = new ArrayList<>();

        // (id, name, country, segment)
        Files.write(Path.of(work, "customers.csv"), List.of(
                "1,ann,NO,retail", "2,bob,PE,retail", "3,cid,NO,corporate", "4,dee,IN,corporate", "5,eve,PE,retail"));
        // (orderId, customerId, amount, currency, day); customer 9 does not exist, 4 and 5 ordered nothing
        Files.write(Path.of(work, "orders.csv"), List.of(
                "100,1,30.0,EUR,1", "101,1,12.5,EUR,2", "102,2,7.25,USD,2", "103,3,41.0,EUR,3",
                "104,9,9.0,USD,3", "105,3,5.0,USD,4"));
        // (orderId, paid); order 106 does not exist
        Files.write(Path.of(work, "payments.csv"), List.of("100,30.0", "101,10.0", "103,41.0", "106,3.0"));

        DataSet<Tuple4<Integer, String, String, String>> customers = env.readCsvFile(work + "/customers.csv")
                .types(Integer.class, String.class, String.class, String.class);
        DataSet<Tuple5<Integer, Integer, Double, String, Integer>> orders = env.readCsvFile(work + "/orders.csv")
                .types(Integer.class, Integer.class, Double.class, String.class, Integer.class);
        DataSet<Tuple2<Integer, Double>> payments = env.readCsvFile(work + "/payments.csv")
                .types(Integer.class, Double.class);
        DataSet<Tuple2<String, Double>> rates = env.fromElements(Tuple2.of("EUR", 1.0), Tuple2.of("USD", 0.5));

        // projections of one data set
        DataSet<Tuple2<Integer, String>> names = customers.project(0, 1);
        DataSet<Tuple3<Integer, Integer, Double>> orderAmounts = orders.project(0, 1, 2);
        DataSet<Tuple1<String>> segments = customers.<Tuple1<String>>project(3).distinct();

        // (name, country, orderId, amount): fields of both join inputs
        DataSet<Tuple4<String, String, Integer, Double>> orderLines = customers
                .join(orders).where(0).equalTo(1)
                .projectFirst(1, 2)
                .projectSecond(0, 2);
        result.addAll(PortedPrograms.tag("orderLines", orderLines.collect()));

        // (orderId, amount, rate), then the amount in EUR
        DataSet<Tuple3<Integer, Double, Double>> withRates = orders
                .join(rates, JoinHint.BROADCAST_HASH_SECOND).where(3).equalTo(0)
                .projectFirst(0, 2)
                .projectSecond(1);
        DataSet<Tuple2<Integer, Double>> inEur = withRates.map(new ToEur());
        result.addAll(PortedPrograms.tag("inEur", inEur.collect()));

        // the second input first, then the first: (customer id, name, day), with the deprecated types(...)
        DataSet<Tuple3<Integer, String, Integer>> daysByName = orders
                .join(customers).where(1).equalTo(0)
                .projectSecond(0, 1)
                .projectFirst(4)
                .types(Integer.class, String.class, Integer.class);
        result.addAll(PortedPrograms.tag("daysByName", daysByName.collect()));

        // left outer join: what is still open on every order
        DataSet<Tuple3<Integer, Double, String>> status = orderAmounts
                .leftOuterJoin(payments).where(0).equalTo(0)
                .with(new PaymentStatus());
        status.writeAsCsv(work + "/status", WriteMode.OVERWRITE);
        env.execute("order status");
        result.addAll(PortedPrograms.tag("status", PortedPrograms.readOutput(work + "/status")));

        // right outer join: payments for orders that do not exist
        DataSet<String> strayPayments = orders
                .rightOuterJoin(payments, JoinHint.REPARTITION_SORT_MERGE).where(0).equalTo(0)
                .with((order, payment) -> order == null ? "unknown order " + payment.f0 + " paid " + payment.f1 : "")
                .returns(Types.STRING)
                .filter(s -> !s.isEmpty());
        result.addAll(PortedPrograms.tag("strayPayments", strayPayments.collect()));

        // full outer join: customers without orders and orders without customers
        DataSet<Tuple2<Integer, Double>> totals = orderAmounts
                .<Tuple2<Integer, Double>>project(1, 2)
                .groupBy(0)
                .aggregate(Aggregations.SUM, 1);
        DataSet<Tuple3<String, Double, String>> coverage = names
                .fullOuterJoin(totals).where(0).equalTo(0)
                .with(new Coverage());
        result.addAll(PortedPrograms.tag("coverage", coverage.collect()));

        // left outer join on key selectors with a sort-merge strategy, projected afterwards
        DataSet<Tuple3<String, Integer, String>> countryOrders = customers
                .leftOuterJoin(orders, JoinHint.REPARTITION_SORT_MERGE)
                .where(new CustomerId()).equalTo(new OrderCustomer())
                .with(new CountryOrder());
        DataSet<Tuple2<String, Integer>> ordersPerCountry = countryOrders
                .<Tuple2<String, Integer>>project(0, 1)
                .groupBy(0)
                .sum(1);
        result.addAll(PortedPrograms.tag("ordersPerCountry", ordersPerCountry.collect()));

        // cross projection: every segment with every currency and its rate
        DataSet<Tuple3<String, String, Double>> grid = segments
                .cross(rates)
                .projectFirst(0)
                .projectSecond(0, 1);
        result.addAll(PortedPrograms.tag("grid", grid.collect()));

        // a projection kept as an operator, aggregated after types(...)
        DataSet<Tuple2<String, Double>> spent = customers
                .join(orders).where(0).equalTo(1)
                .projectFirst(3)
                .projectSecond(2)
                .types(String.class, Double.class);
        result.addAll(PortedPrograms.tag("spentPerSegment", spent.groupBy(0).sum(1).collect()));

        PortedPrograms.writeResult(params.getRequired("output"), result);
    }

    /** {@code (orderId, amount in EUR)}. */
    public static final class ToEur implements MapFunction<Tuple3<Integer, Double, Double>, Tuple2<Integer, Double>> {

        @Override
        public Tuple2<Integer, Double> map(Tuple3<Integer, Double, Double> order) {
            return Tuple2.of(order.f0, order.f1 * order.f2);
        }
    }

    /** {@code (orderId, still open, OPEN | PARTIAL | PAID)}; the payment is null if there was none. */
    public static final class PaymentStatus
            implements JoinFunction<Tuple3<Integer, Integer, Double>, Tuple2<Integer, Double>, Tuple3<Integer, Double, String>> {

        @Override
        public Tuple3<Integer, Double, String> join(Tuple3<Integer, Integer, Double> order, Tuple2<Integer, Double> payment) {
            double paid = payment == null ? 0.0 : payment.f1;
            String state = paid == 0.0 ? "OPEN" : paid < order.f2 ? "PARTIAL" : "PAID";
            return Tuple3.of(order.f0, order.f2 - paid, state);
        }
    }

    /** {@code (name, total, state)} for each customer and each customer id seen only in orders. */
    public static final class Coverage
            implements FlatJoinFunction<Tuple2<Integer, String>, Tuple2<Integer, Double>, Tuple3<String, Double, String>> {

        @Override
        public void join(Tuple2<Integer, String> customer, Tuple2<Integer, Double> total,
                         Collector<Tuple3<String, Double, String>> out) {
            if (customer == null) {
                out.collect(Tuple3.of("customer#" + total.f0, total.f1, "UNKNOWN CUSTOMER"));
            } else if (total == null) {
                out.collect(Tuple3.of(customer.f1, 0.0, "NO ORDERS"));
            } else {
                out.collect(Tuple3.of(customer.f1, total.f1, "ORDERS"));
            }
        }
    }

    /** {@code (country, 1 or 0 orders, order id or "-")}. */
    public static final class CountryOrder implements JoinFunction<Tuple4<Integer, String, String, String>,
            Tuple5<Integer, Integer, Double, String, Integer>, Tuple3<String, Integer, String>> {

        @Override
        public Tuple3<String, Integer, String> join(Tuple4<Integer, String, String, String> customer,
                                                    Tuple5<Integer, Integer, Double, String, Integer> order) {
            return order == null
                    ? Tuple3.of(customer.f2, 0, "-")
                    : Tuple3.of(customer.f2, 1, String.valueOf(order.f0));
        }
    }

    public static final class CustomerId implements KeySelector<Tuple4<Integer, String, String, String>, Integer> {

        @Override
        public Integer getKey(Tuple4<Integer, String, String, String> customer) {
            return customer.f0;
        }
    }

    public static final class OrderCustomer implements KeySelector<Tuple5<Integer, Integer, Double, String, Integer>, Integer> {

        @Override
        public Integer getKey(Tuple5<Integer, Integer, Double, String, Integer> order) {
            return order.f1;
        }
    }
}
