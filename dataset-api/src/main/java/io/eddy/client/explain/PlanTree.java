package io.eddy.client.explain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
 *
 * <p>Loops (native iterations) are shown where the JSON marks them. Every node of a loop carries a
 * tag: the first one printed {@code [loop N: name]}, the others {@code [loop N]}, as loop names (the
 * iteration's call site) are long. Below the loop's head, after its initial input, the feedback edge is a
 * last input, {@code <- feedback from #tail (max N supersteps)}, so a walk that reaches the loop from
 * its sink descends from the head into the loop body. An input the loop reads from outside is marked
 * {@code (loop-invariant: read once, replayed)}. The roots outside loops (the sinks) come first; the
 * roots inside loops (Iteration Tail, Termination Criterion, Solution Set Delta) follow:
 *
 * <pre>
 * #5 Data Sink "collect()" p=2
 * \- &lt;- Forward
 *    #2 Partial Solution "Bulk Iteration (partial solution)" p=2 [Iteration Head] [loop 1: Bulk Iteration]
 *    +- &lt;- Forward
 *    |  #1 Data Source "ranks" p=2
 *    \- &lt;- feedback from #4 (max 10 supersteps)
 *       #4 Iteration Tail "Bulk Iteration (next partial solution)" p=2 [Iteration Tail] [loop 1]
 *       \- &lt;- Forward
 *          #3 Join "Join" p=2 [Hybrid Hash (build: second)] [loop 1]
 *          +- &lt;- first: Forward
 *          |  Partial Solution "Bulk Iteration (partial solution)" (see #2)
 *          \- &lt;- second: Hash Partition on [0] (loop-invariant: read once, replayed)
 *             #0 Data Source "links" p=2
 * </pre>
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
        // The sinks first: from a loop's result the walk reaches its head and, through the feedback
        // edge, the loop body, which reads better than starting inside the loop at its tail.
        List<PlanGraph.Node> roots = plan.roots();
        for (PlanGraph.Node root : roots) {
            if (!root.inLoop()) {
                printer.printTree(root);
            }
        }
        for (PlanGraph.Node root : roots) {
            // A tail is usually printed by then, below the feedback edge of its head.
            if (root.inLoop() && !printer.printed.contains(root.id())) {
                printer.printTree(root);
            }
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

    /**
     * Describes one input edge: {@code <- side: ship strategy; local: strategy (blocking)}, followed by
     * {@code (loop-invariant: read once, replayed)} for an input a loop reads from outside itself.
     */
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
        if (input.loopInvariant() != null) {
            line.append(input.loopInvariant().contains("hash table")
                    ? " (loop-invariant: hashed once, kept)" : " (loop-invariant: read once, replayed)");
        }
        return line.toString();
    }

    /** Describes a loop head's feedback edge: {@code <- feedback from #tail (max N supersteps)}. */
    static String describeFeedback(PlanGraph.Node head) {
        StringBuilder line = new StringBuilder("<- feedback from #").append(head.feedbackFrom());
        if (head.maxIterations() != null) {
            line.append(" (max ").append(head.maxIterations())
                    .append("1".equals(head.maxIterations()) ? " superstep)" : " supersteps)");
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
        /** Loops by name, numbered in the order the walk meets them. */
        private final Map<String, Integer> loopNumbers = new HashMap<>();

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
            out.append(prefix).append(describe(node)).append(loopTag(node)).append('\n');
            List<PlanGraph.Input> inputs = node.inputs();
            // The feedback edge is the head's last input: the loop body hangs below it.
            int edges = inputs.size() + (node.receivesFeedback() ? 1 : 0);
            // The side names the input only where there is a choice, or where it is a broadcast set.
            boolean several = inputs.size() > 1;
            for (int i = 0; i < inputs.size(); i++) {
                PlanGraph.Input input = inputs.get(i);
                boolean showSide = several || input.broadcast()
                        || (input.side() != null && !"first".equals(input.side()));
                printEdge(describe(input, showSide), input.id(), prefix, i == edges - 1);
            }
            if (node.receivesFeedback()) {
                printEdge(describeFeedback(node), node.feedbackFrom(), prefix, true);
            }
        }

        /** {@code [loop N: name]} for the first node of a loop printed, {@code [loop N]} for the others. */
        private String loopTag(PlanGraph.Node node) {
            if (!node.inLoop()) {
                return "";
            }
            Integer number = loopNumbers.get(node.iteration());
            if (number != null) {
                return " [loop " + number + "]";
            }
            number = loopNumbers.size() + 1;
            loopNumbers.put(node.iteration(), number);
            return " [loop " + number + ": " + oneLine(node.iteration()) + "]";
        }

        /** Prints an edge's line and, below it, the node it comes from. */
        private void printEdge(String description, String producerId, String prefix, boolean last) {
            out.append(prefix).append(last ? "\\- " : "+- ").append(description).append('\n');
            String childPrefix = prefix + (last ? "   " : "|  ");
            PlanGraph.Node producer = plan.node(producerId).orElse(null);
            if (producer == null) {
                out.append(childPrefix).append("(missing node #").append(producerId).append(")\n");
            } else {
                printNode(producer, childPrefix);
            }
        }
    }
}
