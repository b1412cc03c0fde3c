package io.eddy.gelly;

import io.eddy.api.ExecutionConfig;
import io.eddy.api.aggregators.Aggregator;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * What the three iteration models have in common to configure: the iteration's name and
 * parallelism, aggregators, whether the solution set lives on the heap instead of in managed
 * memory, and whether the functions are told the number of vertices.
 */
public abstract class IterationConfiguration {

    private String name;

    private int parallelism = ExecutionConfig.PARALLELISM_DEFAULT;

    private boolean unmanagedSolutionSet;

    private boolean optNumVertices;

    private final Map<String, Aggregator<?>> aggregators = new HashMap<>();

    public void setName(String name) {
        this.name = name;
    }

    /** The name set, or {@code defaultName} when none was. */
    public String getName(String defaultName) {
        return name != null ? name : defaultName;
    }

    public void setParallelism(int parallelism) {
        if (parallelism < 1 && parallelism != ExecutionConfig.PARALLELISM_DEFAULT) {
            throw new IllegalArgumentException("The parallelism must be at least 1, or PARALLELISM_DEFAULT: "
                    + parallelism);
        }
        this.parallelism = parallelism;
    }

    public int getParallelism() {
        return parallelism;
    }

    /** Keeps the solution set in a heap hash map instead of managed memory (faster, not budgeted). */
    public void setSolutionSetUnmanagedMemory(boolean unmanaged) {
        this.unmanagedSolutionSet = unmanaged;
    }

    public boolean isSolutionSetUnmanagedMemory() {
        return unmanagedSolutionSet;
    }

    /** Counts the vertices before the loop, so that the functions' {@code getNumberOfVertices()} works. */
    public void setOptNumVertices(boolean number) {
        this.optNumVertices = number;
    }

    public boolean isOptNumVertices() {
        return optNumVertices;
    }

    /** Registers an aggregator that the iteration's functions reach by name in every superstep. */
    public void registerAggregator(String name, Aggregator<?> aggregator) {
        aggregators.put(name, aggregator);
    }

    public Map<String, Aggregator<?>> getAggregators() {
        return Collections.unmodifiableMap(aggregators);
    }
}
