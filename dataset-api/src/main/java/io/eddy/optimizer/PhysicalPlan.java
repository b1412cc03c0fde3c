package io.eddy.optimizer;

import io.eddy.api.ExecutionConfig;
import java.util.List;

/**
 * The optimizer's result: every {@link PlanNode}, producers before consumers, and the loops among
 * them, ready to be compiled into a job graph or shown as JSON.
 */
public record PhysicalPlan(String jobName, ExecutionConfig config, List<PlanNode> nodes, List<PlanLoop> loops) {

    public PhysicalPlan {
        nodes = List.copyOf(nodes);
        loops = List.copyOf(loops);
    }

    /** A plan without loops. */
    public PhysicalPlan(String jobName, ExecutionConfig config, List<PlanNode> nodes) {
        this(jobName, config, nodes, List.of());
    }

    /** The loop with {@link PlanLoop#id()} {@code id}. */
    public PlanLoop loop(int id) {
        for (PlanLoop loop : loops) {
            if (loop.id() == id) {
                return loop;
            }
        }
        throw new IllegalArgumentException("no loop " + id);
    }

    public List<PlanNode> sinks() {
        return nodes.stream().filter(PlanNode::isSink).toList();
    }
}
