package io.eddy.optimizer;

import io.eddy.api.ExecutionConfig;
import java.util.List;

/**
 * The optimizer's result: every {@link PlanNode}, producers before consumers, ready to be compiled
 * into a job graph or shown as JSON.
 */
public record PhysicalPlan(String jobName, ExecutionConfig config, List<PlanNode> nodes) {

    public PhysicalPlan {
        nodes = List.copyOf(nodes);
    }

    public List<PlanNode> sinks() {
        return nodes.stream().filter(PlanNode::isSink).toList();
    }
}
