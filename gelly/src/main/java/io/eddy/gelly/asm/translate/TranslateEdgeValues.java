package io.eddy.gelly.asm.translate;

import io.eddy.api.ExecutionConfig;
import io.eddy.gelly.Graph;
import io.eddy.gelly.GraphAlgorithm;

/** Translates the edge values of a graph as a {@link GraphAlgorithm}, for {@code graph.run(...)}; optionally at a parallelism of its own. */
public class TranslateEdgeValues<K, VV, OLD, NEW> implements GraphAlgorithm<K, VV, OLD, Graph<K, VV, NEW>> {

    private final TranslateFunction<OLD, NEW> translator;
    private int parallelism = ExecutionConfig.PARALLELISM_DEFAULT;

    public TranslateEdgeValues(TranslateFunction<OLD, NEW> translator) {
        if (translator == null) {
            throw new NullPointerException("The translate function must not be null");
        }
        this.translator = translator;
    }

    /** Runs the translation at {@code parallelism}; {@link ExecutionConfig#PARALLELISM_DEFAULT} for the environment's. */
    public TranslateEdgeValues<K, VV, OLD, NEW> setParallelism(int parallelism) {
        if (parallelism < 1 && parallelism != ExecutionConfig.PARALLELISM_DEFAULT) {
            throw new IllegalArgumentException("The parallelism must be at least 1, or PARALLELISM_DEFAULT");
        }
        this.parallelism = parallelism;
        return this;
    }

    @Override
    public Graph<K, VV, NEW> run(Graph<K, VV, OLD> input) {
        return Graph.fromDataSet(input.getVertices(),
                Translate.translateEdgeValues(input.getEdges(), translator, parallelism), input.getContext());
    }
}
