package io.eddy.compiler;

import io.eddy.exec.DriverStrategy;
import io.eddy.optimizer.Channel;
import io.eddy.optimizer.PhysicalPlan;
import io.eddy.optimizer.PlanLoop;
import io.eddy.optimizer.PlanNode;
import java.util.Locale;

/**
 * Renders a physical plan as JSON in the shape of Flink's execution plan ({@code nodes[]} with
 * {@code id}, {@code type}, {@code pact}, {@code contents}, {@code parallelism},
 * {@code driver_strategy}, {@code estimates} and {@code predecessors[]} with {@code id},
 * {@code side}, {@code ship_strategy}, {@code local_strategy}), naming what actually runs in Flink's
 * words, so tools that draw Flink plans read it. Eddy adds per node the task {@code chain} it runs
 * in and its {@code managed_memory} share, and per predecessor whether the {@code exchange} is
 * pipelined or blocking.
 */
public final class PlanJson {

    private PlanJson() {}

    public static String toJson(PhysicalPlan plan) {
        Chaining chaining = Chaining.of(plan);
        int memoryConsumers = 0;
        for (PlanNode node : chaining.operators()) {
            if (node.driver().usesManagedMemory()) {
                memoryConsumers++;
            }
        }
        StringBuilder sb = new StringBuilder("{\n\t\"nodes\": [\n");
        boolean first = true;
        for (PlanNode node : plan.nodes()) {
            if (!first) {
                sb.append(",\n");
            }
            first = false;
            String type = node.isSource() ? "source" : node.isSink() ? "sink" : "pact";
            sb.append("\t{\n");
            field(sb, "id", String.valueOf(node.id()), false);
            field(sb, "type", type, true);
            field(sb, "pact", node.pact(), true);
            field(sb, "contents", node.name(), true);
            field(sb, "parallelism", String.valueOf(node.parallelism()), false);
            if (node.driver() != DriverStrategy.SOURCE && node.driver() != DriverStrategy.SINK) {
                field(sb, "driver_strategy", node.describeDriverStrategy(), true);
            }
            sb.append("\t\t\"estimates\": [{\"name\": \"Est. Output Size\", \"value\": \"")
                    .append(escape(node.estimates().describeBytes())).append("\"}, {\"name\": \"Est. Cardinality\", \"value\": \"")
                    .append(escape(node.estimates().describeRows())).append("\"}],\n");
            int chain = chaining.chainOf(node);
            if (chain >= 0) {
                field(sb, "chain", String.valueOf(chain), false);
            }
            if (node.loop() >= 0) {
                PlanLoop loop = plan.loop(node.loop());
                field(sb, "iteration", loop.name(), true);
                if (loop.head() == node) {
                    // the feedback edge is not a predecessor, so tools that lay plans out as DAGs still can
                    field(sb, "feedback_from", String.valueOf(loop.tail().id()), false);
                    field(sb, "max_iterations", String.valueOf(loop.maxIterations()), false);
                }
            }
            if (node.driver().usesManagedMemory() && memoryConsumers > 0) {
                field(sb, "managed_memory", String.format(Locale.ROOT, "%.0f%% of slot", 100.0 / memoryConsumers), true);
            }
            if (!node.allInputs().isEmpty()) {
                sb.append("\t\t\"predecessors\": [\n");
                for (int i = 0; i < node.allInputs().size(); i++) {
                    Channel in = node.allInputs().get(i);
                    String side = in.broadcastName() != null ? "broadcast"
                            : node.driver() == DriverStrategy.UNION ? "first"
                            : in.targetInput() == 0 ? "first" : "second";
                    sb.append("\t\t\t{\"id\": ").append(in.source().id())
                            .append(", \"side\": \"").append(side).append('"')
                            .append(", \"ship_strategy\": \"").append(escape(in.describeShipStrategy())).append('"');
                    if (!in.describeLocalStrategy().isEmpty()) {
                        sb.append(", \"local_strategy\": \"").append(escape(in.describeLocalStrategy())).append('"');
                    }
                    if (in.broadcastName() != null) {
                        sb.append(", \"broadcast_name\": \"").append(escape(in.broadcastName())).append('"');
                    }
                    if (node.loop() >= 0 && in.source().loop() != node.loop()
                            && node != plan.loop(node.loop()).head() && node != plan.loop(node.loop()).result()) {
                        boolean hashedOnce = (node.driver() == DriverStrategy.HYBRID_HASH_BUILD_FIRST_CACHED && in.targetInput() == 0)
                                || (node.driver() == DriverStrategy.HYBRID_HASH_BUILD_SECOND_CACHED && in.targetInput() == 1);
                        boolean sortedOnce = (node.driver() == DriverStrategy.CO_GROUP_CACHED_FIRST && in.targetInput() == 0)
                                || (node.driver() == DriverStrategy.CO_GROUP_CACHED_SECOND && in.targetInput() == 1);
                        sb.append(", \"loop_invariant\": \"").append(hashedOnce
                                ? "read once, kept in a hash table for every superstep"
                                : sortedOnce ? "read and sorted once, kept sorted for every superstep"
                                : "read once, replayed every superstep").append('"');
                    }
                    sb.append(", \"exchange\": \"").append(in.blocking() ? "blocking" : "pipelined").append("\"}")
                            .append(i + 1 < node.allInputs().size() ? ",\n" : "\n");
                }
                sb.append("\t\t]\n");
            } else {
                sb.setLength(sb.length() - 2);
                sb.append("\n");
            }
            sb.append("\t}");
        }
        sb.append("\n\t]\n}");
        return sb.toString();
    }

    private static void field(StringBuilder sb, String name, String value, boolean quoted) {
        sb.append("\t\t\"").append(name).append("\": ");
        sb.append(quoted ? "\"" + escape(value) + "\"" : value).append(",\n");
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
