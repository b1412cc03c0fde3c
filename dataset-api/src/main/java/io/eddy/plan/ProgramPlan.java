package io.eddy.plan;

import io.eddy.api.ExecutionConfig;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.runtime.operator.OperatorFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The translated program: every {@link OperatorNode} reachable from the sinks, in creation order
 * (producers before consumers). Built once per {@code execute()} by asking each sink to translate
 * itself; a DataSet used by several consumers is translated once ({@link #nodeFor}).
 */
public final class ProgramPlan {

    private final String jobName;
    private final ExecutionConfig config;
    private final int defaultParallelism;
    private final List<OperatorNode> nodes = new ArrayList<>();
    private final Map<Object, OperatorNode> translated = new IdentityHashMap<>();

    public ProgramPlan(String jobName, ExecutionConfig config, int defaultParallelism) {
        this.jobName = jobName;
        this.config = config;
        this.defaultParallelism = defaultParallelism;
    }

    public String jobName() {
        return jobName;
    }

    public ExecutionConfig config() {
        return config;
    }

    public int defaultParallelism() {
        return defaultParallelism;
    }

    /** The operator's parallelism if set, else the environment's default. */
    public int resolveParallelism(int requested) {
        return requested > 0 ? requested : defaultParallelism;
    }

    /** The node of {@code operator}, translating it on first use. */
    public OperatorNode nodeFor(Object operator, Supplier<OperatorNode> translation) {
        OperatorNode node = translated.get(operator);
        if (node == null) {
            node = translation.get();
            translated.put(operator, node);
        }
        return node;
    }

    /** Creates a node that runs {@code factory}. */
    public OperatorNode addNode(String kind, String name, int parallelism, TypeInformation<?> outputType,
                                OperatorFactory<?> factory, Object userFunction, String driverStrategy,
                                int numInputs) {
        String functionClass = userFunction == null ? null : userFunction.getClass().getName();
        OperatorNode node = new OperatorNode(nodes.size(), kind, name, parallelism, outputType, factory,
                functionClass, driverStrategy, numInputs);
        nodes.add(node);
        return node;
    }

    /** Creates a union node: no operator of its own, its consumers read all its inputs. */
    public OperatorNode addUnion(String name, int parallelism, TypeInformation<?> outputType) {
        OperatorNode node = new OperatorNode(nodes.size(), "Union", name, parallelism, outputType, null, null,
                "", Integer.MAX_VALUE);
        nodes.add(node);
        return node;
    }

    public List<OperatorNode> nodes() {
        return Collections.unmodifiableList(nodes);
    }
}
