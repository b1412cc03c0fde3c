package io.eddy.optimizer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eddy.api.ExecutionEnvironment;
import io.eddy.runtime.jobgraph.ShipStrategy;
import java.util.List;

/**
 * Compiles programs without running them and lets tests assert the physical plan, as Flink's
 * CompilerTestBase does: find nodes by name, check their driver, ship and local strategies.
 */
abstract class PlanTestBase {

    static final int PARALLELISM = 4;

    ExecutionEnvironment env() {
        return ExecutionEnvironment.createLocalEnvironment(PARALLELISM);
    }

    /** The optimized plan of the sinks defined on {@code env} so far. */
    static PhysicalPlan optimize(ExecutionEnvironment env) {
        return Optimizer.optimize(env.createProgramPlan("plan test", false));
    }

    /** The one node whose name contains {@code name} and whose pact is {@code pact}. */
    static PlanNode node(PhysicalPlan plan, String pact, String name) {
        List<PlanNode> found = plan.nodes().stream().filter(n -> n.pact().equals(pact) && n.name().contains(name)).toList();
        assertEquals(1, found.size(), () -> "nodes " + pact + " '" + name + "' in " + plan.nodes());
        return found.get(0);
    }

    /** The nodes running {@code pact}. */
    static List<PlanNode> nodes(PhysicalPlan plan, String pact) {
        return plan.nodes().stream().filter(n -> n.pact().equals(pact)).toList();
    }

    /** Every channel of the plan with ship strategy {@code strategy} that crosses an exchange. */
    static long exchanges(PhysicalPlan plan, ShipStrategy strategy) {
        return plan.nodes().stream().flatMap(n -> n.allInputs().stream().filter(c -> c.isExchange(n.parallelism())))
                .filter(c -> c.shipStrategy() == strategy).count();
    }

    static long blockingExchanges(PhysicalPlan plan) {
        return plan.nodes().stream().flatMap(n -> n.allInputs().stream()).filter(Channel::blocking).count();
    }
}
