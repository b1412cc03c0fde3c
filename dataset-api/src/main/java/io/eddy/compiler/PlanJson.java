package io.eddy.compiler;

import io.eddy.plan.OperatorNode;
import io.eddy.plan.ProgramPlan;

/**
 * Renders a plan as JSON in the shape of Flink's execution plan (nodes with id, type, pact,
 * contents, parallelism, driver strategy and predecessors with their ship strategy), so tools that
 * visualize Flink plans read it.
 */
public final class PlanJson {

    private PlanJson() {}

    public static String toJson(ProgramPlan plan) {
        StringBuilder sb = new StringBuilder("{\n\t\"nodes\": [\n");
        boolean first = true;
        for (OperatorNode node : plan.nodes()) {
            if (!first) {
                sb.append(",\n");
            }
            first = false;
            String type = node.numInputs() == 0 ? "source" : node.kind().equals("Data Sink") ? "sink" : "pact";
            sb.append("\t{\n");
            field(sb, "id", String.valueOf(node.id()), false);
            field(sb, "type", type, true);
            field(sb, "pact", node.kind(), true);
            field(sb, "contents", node.name(), true);
            field(sb, "parallelism", String.valueOf(node.parallelism()), true);
            if (node.driverStrategy() != null && !node.driverStrategy().isEmpty()) {
                field(sb, "driver_strategy", node.driverStrategy(), true);
            }
            if (!node.inputs().isEmpty()) {
                sb.append("\t\t\"predecessors\": [\n");
                for (int i = 0; i < node.inputs().size(); i++) {
                    OperatorNode.Input in = node.inputs().get(i);
                    String side = in.inputIndex() == 0 ? "first" : in.inputIndex() == 1 ? "second" : "broadcast";
                    sb.append("\t\t\t{\"id\": ").append(in.source().id())
                            .append(", \"side\": \"").append(side)
                            .append("\", \"ship_strategy\": \"").append(escape(in.description())).append("\"}")
                            .append(i + 1 < node.inputs().size() ? ",\n" : "\n");
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
