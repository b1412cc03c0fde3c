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

    /** The nodes whose logical name or pact contains {@code text}, for tests and tools. */
    public List<PlanNode> find(String text) {
        return nodes.stream().filter(n -> n.name().contains(text) || n.pact().contains(text)).toList();
    }
}
