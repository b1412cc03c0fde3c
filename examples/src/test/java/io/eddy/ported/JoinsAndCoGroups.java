package io.eddy.ported;

import io.eddy.api.functions.CoGroupFunction;
import io.eddy.api.functions.CrossFunction;
import io.eddy.api.functions.JoinFunction;
import io.eddy.api.operators.base.JoinOperatorBase.JoinHint;
import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.tuple.Tuple3;
import io.eddy.api.utils.ParameterTool;
import io.eddy.api.functions.Collector;

import java.util.ArrayList;
import java.util.List;

/**
 * Binary operators: join (default Tuple2 result, JoinFunction, projections, size hints, JoinHint),
 * left/right/full outer joins, coGroup, cross and crossWithTiny.
 */
public class JoinsAndCoGroups {

    public static void main(String[] args) throws Exception {
        ParameterTool params = ParameterTool.fromArgs(args);
        ExecutionEnvironment env = ExecutionEnvironment.getExecutionEnvironment();
        List<String> result = new ArrayList<>();

        // (id, name)
        DataSet<Tuple2<Integer, String>> users = env.fromElements(
                new Tuple2<>(1, "ann"), new Tuple2<>(2, "bob"), new Tuple2<>(3, "cid"), new Tuple2<>(4, "dee"));
        // (orderId, userId, amount); user 5 does not exist, user 4 has no order
        DataSet<Tuple3<Integer, Integer, Integer>> orders = env.fromElements(
                new Tuple3<>(100, 1, 30), new Tuple3<>(101, 1, 12), new Tuple3<>(102, 2, 7),
                new Tuple3<>(103, 3, 41), new Tuple3<>(104, 5, 9));

        result.addAll(PortedPrograms.tag("join.default",
                users.join(orders).where(0).equalTo(1).collect()));
        result.addAll(PortedPrograms.tag("join.function",
                users.join(orders).where(0).equalTo(1).with(new NameAndAmount()).collect()));
        result.addAll(PortedPrograms.tag("join.project",
                users.join(orders).where(0).equalTo(1).projectFirst(1).projectSecond(0, 2).collect()));
        result.addAll(PortedPrograms.tag("join.tiny",
                orders.joinWithTiny(users).where(1).equalTo(0).with(new AmountAndName()).collect()));
        result.addAll(PortedPrograms.tag("join.huge",
                users.joinWithHuge(orders).where(0).equalTo(1).with(new NameAndAmount()).collect()));
        for (JoinHint hint : new JoinHint[] {JoinHint.BROADCAST_HASH_FIRST, JoinHint.BROADCAST_HASH_SECOND,
                JoinHint.REPARTITION_HASH_FIRST, JoinHint.REPARTITION_HASH_SECOND, JoinHint.REPARTITION_SORT_MERGE}) {
            result.addAll(PortedPrograms.tag("join.hint",
                    users.join(orders, hint).where(0).equalTo(1).with(new NameAndAmount()).collect()));
        }
        result.addAll(PortedPrograms.tag("join.expressions",
                users.join(orders).where("f0").equalTo("f1").with(new NameAndAmount()).collect()));

        result.addAll(PortedPrograms.tag("leftOuterJoin",
                users.leftOuterJoin(orders).where(0).equalTo(1).with(new NameAndAmount()).collect()));
        result.addAll(PortedPrograms.tag("rightOuterJoin",
                users.rightOuterJoin(orders).where(0).equalTo(1).with(new NameAndAmount()).collect()));
        result.addAll(PortedPrograms.tag("fullOuterJoin",
                users.fullOuterJoin(orders).where(0).equalTo(1).with(new NameAndAmount()).collect()));
        result.addAll(PortedPrograms.tag("leftOuterJoin.sortMerge",
                users.leftOuterJoin(orders, JoinHint.REPARTITION_SORT_MERGE).where(0).equalTo(1)
                        .with(new NameAndAmount()).collect()));

        result.addAll(PortedPrograms.tag("coGroup",
                users.coGroup(orders).where(0).equalTo(1).with(new OrderCount()).collect()));

        DataSet<Integer> small = env.fromElements(1, 2);
        result.addAll(PortedPrograms.tag("cross.default", users.project(1).cross(small).collect()));
        result.addAll(PortedPrograms.tag("cross.function",
                small.cross(env.fromElements(10, 20)).with(new Multiply()).collect()));
        result.addAll(PortedPrograms.tag("crossWithTiny",
                env.fromElements(3, 4).crossWithTiny(small).with(new Multiply()).collect()));
        result.addAll(PortedPrograms.tag("crossWithHuge",
                small.crossWithHuge(env.fromElements(5)).with(new Multiply()).collect()));

        PortedPrograms.writeResult(params.getRequired("output"), result);
    }

    /** {@code (name, amount)}, with {@code "?"} or {@code -1} where an outer join found no partner. */
    public static final class NameAndAmount
            implements JoinFunction<Tuple2<Integer, String>, Tuple3<Integer, Integer, Integer>, Tuple2<String, Integer>> {

        @Override
        public Tuple2<String, Integer> join(Tuple2<Integer, String> user, Tuple3<Integer, Integer, Integer> order) {
            return new Tuple2<>(user == null ? "?" : user.f1, order == null ? -1 : order.f2);
        }
    }

    /** {@code (amount, name)}. */
    public static final class AmountAndName
            implements JoinFunction<Tuple3<Integer, Integer, Integer>, Tuple2<Integer, String>, Tuple2<Integer, String>> {

        @Override
        public Tuple2<Integer, String> join(Tuple3<Integer, Integer, Integer> order, Tuple2<Integer, String> user) {
            return new Tuple2<>(order.f2, user.f1);
        }
    }

    /** {@code (name, number of orders)}, or {@code (?, n)} for orders of unknown users. */
    public static final class OrderCount
            implements CoGroupFunction<Tuple2<Integer, String>, Tuple3<Integer, Integer, Integer>, Tuple2<String, Integer>> {

        @Override
        public void coGroup(Iterable<Tuple2<Integer, String>> users, Iterable<Tuple3<Integer, Integer, Integer>> orders,
                            Collector<Tuple2<String, Integer>> out) {
            String name = "?";
            for (Tuple2<Integer, String> user : users) {
                name = user.f1;
            }
            int count = 0;
            for (Tuple3<Integer, Integer, Integer> ignored : orders) {
                count++;
            }
            out.collect(new Tuple2<>(name, count));
        }
    }

    /** The product of the two numbers. */
    public static final class Multiply implements CrossFunction<Integer, Integer, Integer> {

        @Override
        public Integer cross(Integer a, Integer b) {
            return a * b;
        }
    }
}
