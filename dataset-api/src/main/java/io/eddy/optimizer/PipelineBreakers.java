package io.eddy.optimizer;

import io.eddy.exec.DamBehavior;
import io.eddy.exec.DriverStrategy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Places blocking exchanges where a fully pipelined dataflow could deadlock, and nowhere else.
 *
 * <p>The problem: a driver that reads one input to its end before another (a hash join reads its
 * build side first, a cross its held side; {@link DamBehavior#FULL_DAM}) leaves the other input
 * unread meanwhile. If one producer feeds both inputs, its records for the unread input fill the
 * bounded buffers of that exchange, the producer blocks, and the first input never ends: the job
 * hangs. This happens whenever the two inputs share an ancestor from which the later-read input is
 * reached without a dam in between: one source joined with itself, a self-cross, a branch that is
 * re-joined with its origin. A dam on that path (an operator that consumes all its input before it
 * emits, such as a sort or an aggregation, which spill rather than block) already absorbs the
 * producer's output, and so does a broadcast set, which drivers read completely before anything else.
 *
 * <p>The fix: make the later input's exchange blocking, i.e. spilled in full before its consumer
 * reads it. The producer then never waits for the consumer on that edge.
 */
final class PipelineBreakers {

    private PipelineBreakers() {}

    /** {@code channels} with the later-read one made blocking where the driver needs it. */
    static List<Channel> place(DriverStrategy driver, List<Channel> channels) {
        int first = driver.firstInput();
        if (first < 0 || channels.size() != 2) {
            return channels;
        }
        int later = 1 - first;
        Set<PlanNode> firstAncestors = ancestors(channels.get(first).source());
        Set<PlanNode> undammed = undammedAncestors(channels.get(later));
        undammed.retainAll(firstAncestors);
        if (undammed.isEmpty()) {
            return channels;
        }
        List<Channel> result = new ArrayList<>(channels);
        result.set(later, channels.get(later).withBlocking(true));
        return result;
    }

    /** {@code node} and everything upstream of it. */
    static Set<PlanNode> ancestors(PlanNode node) {
        Set<PlanNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<PlanNode> stack = new ArrayList<>(List.of(node));
        while (!stack.isEmpty()) {
            PlanNode n = stack.remove(stack.size() - 1);
            if (seen.add(n)) {
                for (Channel c : n.allInputs()) {
                    stack.add(c.source());
                }
            }
        }
        return seen;
    }

    /**
     * The producers whose records reach {@code channel} without passing a dam or a blocking exchange:
     * the channel's source, and recursively the sources of its pipelined inputs.
     */
    static Set<PlanNode> undammedAncestors(Channel channel) {
        Set<PlanNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        if (channel.blocking()) {
            return seen;
        }
        List<PlanNode> stack = new ArrayList<>(List.of(channel.source()));
        while (!stack.isEmpty()) {
            PlanNode n = stack.remove(stack.size() - 1);
            if (!seen.add(n)) {
                continue;
            }
            for (Channel c : n.inputs()) {
                if (!c.blocking() && n.driver().dam(c.targetInput()) == DamBehavior.PIPELINED) {
                    stack.add(c.source());
                }
            }
        }
        return seen;
    }
}
