package io.eddy.gelly.asm.translate;

import io.eddy.api.ExecutionConfig;
import io.eddy.gelly.Graph;
import io.eddy.gelly.GraphAlgorithm;

/** Translates the vertex values of a graph as a {@link GraphAlgorithm}, for {@code graph.run(...)}; optionally at a parallelism of its own. */
public class TranslateVertexValues<K, OLD, NEW, EV> implements GraphAlgorithm<K, OLD, EV, Graph<K, NEW, EV>> {

    private final TranslateFunction<OLD, NEW> translator;
    private int parallelism = ExecutionConfig.PARALLELISM_DEFAULT;

    public TranslateVertexValues(TranslateFunction<OLD, NEW> translator) {
        if (translator == null) {
            throw new NullPointerException("The translate function must not be null");
        }
        this.translator = translator;
    }

    /** Runs the translation at {@code parallelism}; {@link ExecutionConfig#PARALLELISM_DEFAULT} for the environment's. */
    public TranslateVertexValues<K, OLD, NEW, EV> setParallelism(int parallelism) {
        if (parallelism < 1 && parallelism != ExecutionConfig.PARALLELISM_DEFAULT) {
            throw new IllegalArgumentException("The parallelism must be at least 1, or PARALLELISM_DEFAULT");
        }
        this.parallelism = parallelism;
        return this;
    }

    @Override
    public Graph<K, NEW, EV> run(Graph<K, OLD, EV> input) {
        return Graph.fromDataSet(Translate.translateVertexValues(input.getVertices(), translator, parallelism),
                input.getEdges(), input.getContext());
    }
}
