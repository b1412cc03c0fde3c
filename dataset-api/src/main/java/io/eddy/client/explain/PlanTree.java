package io.eddy.client.explain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Prints a plan as an indented text tree for the terminal ({@code eddy plan}). The tree starts at the
 * sinks and descends into each node's inputs, so it reads like a query plan in a database's EXPLAIN:
 *
 * <pre>
 * #8 Join "Join at main(Q3.java:80)" p=2 [Hybrid Hash (build: second)]
 * +- &lt;- first: Hash Partition on [0] (blocking)
 * |  #4 Filter "Filter at main(Q3.java:61)" p=2 [Filter]
 * |  \- &lt;- Forward
 * |     #3 Data Source "orders.tbl" p=2
 * \- &lt;- second: Hash Partition on [0]
 *    Filter "Filter at main(Q3.java:61)" (see #4)
 * </pre>
 *
 * <p>A plan is a DAG, not a tree: a data set read by two operators would be printed twice, with its
 * whole sub-plan. Instead each node is printed in full once, where the walk first reaches it, and
 * later occurrences only refer to it by id. The same rule keeps a cyclic plan (which a well-formed
 * plan never is) from looping. Nodes not reachable from a sink are printed after the sinks' trees.
 * The output is plain ASCII, so it survives any terminal encoding.
 */
public final class PlanTree {

    private PlanTree() {}

    /**
     * Renders plan JSON as a tree, one line per node and per input edge, each line ending in a newline.
     *
     * @throws IllegalArgumentException if the JSON cannot be read as a plan (see {@link PlanGraph#parse})
     */
    public static String render(String planJson) {
        return render(PlanGraph.parse(planJson));
    }

    /** Renders an already parsed plan. */
    public static String render(PlanGraph plan) {
        Printer printer = new Printer(plan);
        for (PlanGraph.Node root : plan.roots()) {
            printer.printTree(root);
        }
        // Only a cycle leaves nodes unreached from the roots; show them rather than hide them.
        for (PlanGraph.Node node : plan.nodes()) {
            if (!printer.printed.contains(node.id())) {
                printer.printTree(node);
            }
        }
        return printer.out.toString();
    }

    /** Describes one node on one line: {@code #id pact "contents" p=N [driver strategy]}. */
    static String describe(PlanGraph.Node node) {
        StringBuilder line = new StringBuilder("#").append(node.id()).append(' ').append(oneLine(node.label()));
        if (node.contents() != null && !node.contents().isBlank()) {
            line.append(" \"").append(oneLine(node.contents())).append('"');
        }
        if (node.parallelism() != null) {
            line.append(" p=").append(node.parallelism());
        }
        if (node.driverStrategy() != null && !node.driverStrategy().isBlank()) {
            line.append(" [").append(oneLine(node.driverStrategy())).append(']');
        }
        return line.toString();
    }

    /** Describes one input edge: {@code <- side: ship strategy; local: strategy (blocking)}. */
    static String describe(PlanGraph.Input input, boolean showSide) {
        StringBuilder line = new StringBuilder("<- ");
        if (showSide && input.side() != null) {
            line.append(input.side()).append(": ");
        }
        line.append(input.shipStrategy() == null ? "?" : oneLine(input.shipStrategy()));
        if (input.localStrategy() != null && !input.localStrategy().isBlank()) {
            line.append("; local: ").append(oneLine(input.localStrategy()));
        }
        if (input.blocking()) {
            line.append(" (blocking)");
        }
        return line.toString();
    }

    /** Contents may hold line breaks (a multi-line name); a tree line must not. */
    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static final class Printer {
        private final PlanGraph plan;
        private final StringBuilder out = new StringBuilder();
        private final Set<String> printed = new HashSet<>();

        Printer(PlanGraph plan) {
            this.plan = plan;
        }

        void printTree(PlanGraph.Node root) {
            printNode(root, "");
        }

        /** Prints a node's line and, below it, its inputs; {@code prefix} is the guide to the left of it. */
        private void printNode(PlanGraph.Node node, String prefix) {
            if (!printed.add(node.id())) {
                out.append(prefix).append(oneLine(node.label()));
                if (node.contents() != null && !node.contents().isBlank()) {
                    out.append(" \"").append(oneLine(node.contents())).append('"');
                }
                out.append(" (see #").append(node.id()).append(")\n");
                return;
            }
            out.append(prefix).append(describe(node)).append('\n');
            List<PlanGraph.Input> inputs = node.inputs();
            // The side names the input only where there is a choice, or where it is a broadcast set.
            boolean several = inputs.size() > 1;
            for (int i = 0; i < inputs.size(); i++) {
                PlanGraph.Input input = inputs.get(i);
                boolean last = i == inputs.size() - 1;
                boolean showSide = several || input.broadcast()
                        || (input.side() != null && !"first".equals(input.side()));
                out.append(prefix).append(last ? "\\- " : "+- ").append(describe(input, showSide)).append('\n');
                String childPrefix = prefix + (last ? "   " : "|  ");
                PlanGraph.Node producer = plan.node(input.id()).orElse(null);
                if (producer == null) {
                    out.append(childPrefix).append("(missing node #").append(input.id()).append(")\n");
                } else {
                    printNode(producer, childPrefix);
                }
            }
        }
    }
}
