package io.eddy.api.operators.translation;

import io.eddy.api.DataSet;
import io.eddy.api.ExecutionConfig;
import io.eddy.api.operators.Keys;
import io.eddy.api.operators.UdfOperator;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.plan.OperatorNode;
import io.eddy.plan.ProgramPlan;
import io.eddy.runtime.exchange.HashChannelSelector;
import io.eddy.runtime.jobgraph.ShipStrategy;
import io.eddy.runtime.types.TypeComparator;
import io.eddy.runtime.types.TypeSerializer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Shared steps of translating DataSet operators into plan nodes: connecting inputs with a ship
 * strategy, building key comparators and the {@link UdfConfig} of a driver.
 */
public final class Translation {

    private Translation() {}

    /** The operator's own name if it has one, else the generated call-site name. */
    public static String nameOr(String name, String generated) {
        return name != null ? name : generated;
    }

    /** Feeds {@code input} into {@code node}: forward when the parallelism matches, else round robin. */
    public static void connect(OperatorNode node, OperatorNode input, int inputIndex) {
        if (input.parallelism() == node.parallelism()) {
            node.addInput(input, inputIndex, ShipStrategy.FORWARD, null, "Forward");
        } else {
            node.addInput(input, inputIndex, ShipStrategy.REBALANCE, null, "Redistribute");
        }
    }

    /** Feeds {@code input} into {@code node} partitioned by the hash of its keys. */
    public static <T> void connectHash(OperatorNode node, OperatorNode input, int inputIndex,
                                       TypeComparator<T> keyComparator) {
        node.addInput(input, inputIndex, ShipStrategy.HASH, new HashChannelSelector<>(keyComparator),
                "Hash Partition");
    }

    /** Feeds {@code input} into {@code node} partitioned by key: by a custom partitioner if given, else hashed. */
    public static <T> void connectKeyed(OperatorNode node, OperatorNode input, int inputIndex,
                                        TypeComparator<T> keyComparator, io.eddy.api.functions.Partitioner<?> custom) {
        if (custom != null) {
            node.addInput(input, inputIndex, ShipStrategy.CUSTOM, new CustomPartitionerSelector<>(custom, keyComparator),
                    "Custom Partition");
        } else {
            connectHash(node, input, inputIndex, keyComparator);
        }
    }

    /** Sends every record of {@code input} to every instance of {@code node}. */
    public static void connectBroadcast(OperatorNode node, OperatorNode input, int inputIndex) {
        node.addInput(input, inputIndex, ShipStrategy.BROADCAST, null, "Broadcast");
    }

    /** Translates the operator's broadcast sets and feeds them into inputs from {@code firstIndex} on. */
    public static void connectBroadcastSets(ProgramPlan plan, OperatorNode node, UdfOperator<?> operator,
                                            int firstIndex) {
        int index = firstIndex;
        for (DataSet<?> set : operator.getBroadcastSets().values()) {
            connectBroadcast(node, set.translateToPlan(plan), index++);
        }
    }

    /** A comparator over {@code keys} of {@code type}; {@code ascending} null means all ascending. */
    public static <T> TypeComparator<T> comparator(Keys<T> keys, TypeInformation<T> type, boolean[] ascending,
                                                   ExecutionConfig config) {
        return keys.createComparator(type, ascending, config);
    }

    /** The driver configuration for a user function with the given regular input types. */
    public static UdfConfig udfConfig(ProgramPlan plan, UdfOperator<?> operator, TypeInformation<?>... inputTypes) {
        ExecutionConfig config = plan.config();
        List<TypeSerializer<?>> inputs = new ArrayList<>();
        for (TypeInformation<?> t : inputTypes) {
            inputs.add(t.createSerializer(config));
        }
        List<String> names = new ArrayList<>();
        List<TypeSerializer<?>> broadcastSerializers = new ArrayList<>();
        if (operator != null) {
            for (Map.Entry<String, DataSet<?>> e : operator.getBroadcastSets().entrySet()) {
                names.add(e.getKey());
                broadcastSerializers.add(e.getValue().getType().createSerializer(config));
            }
        }
        return new UdfConfig(config, operator == null ? new io.eddy.api.configuration.Configuration()
                : operator.getParameters(), inputs, names, broadcastSerializers);
    }

    /** The driver configuration of an engine-provided function without parameters or broadcast sets. */
    public static UdfConfig plainConfig(ProgramPlan plan, TypeInformation<?>... inputTypes) {
        return udfConfig(plan, null, inputTypes);
    }
}
