package io.eddy.gelly.asm.translate;

import io.eddy.api.ExecutionConfig;
import io.eddy.gelly.Graph;
import io.eddy.gelly.GraphAlgorithm;

/** Translates the vertex ids of a graph, in vertices and edges, as a {@link GraphAlgorithm}, for {@code graph.run(...)}; optionally at a parallelism of its own. */
public class TranslateGraphIds<OLD, NEW, VV, EV> implements GraphAlgorithm<OLD, VV, EV, Graph<NEW, VV, EV>> {

    private final TranslateFunction<OLD, NEW> translator;
    private int parallelism = ExecutionConfig.PARALLELISM_DEFAULT;

    public TranslateGraphIds(TranslateFunction<OLD, NEW> translator) {
        if (translator == null) {
            throw new NullPointerException("The translate function must not be null");
        }
        this.translator = translator;
    }

    /** Runs the translation at {@code parallelism}; {@link ExecutionConfig#PARALLELISM_DEFAULT} for the environment's. */
    public TranslateGraphIds<OLD, NEW, VV, EV> setParallelism(int parallelism) {
        if (parallelism < 1 && parallelism != ExecutionConfig.PARALLELISM_DEFAULT) {
            throw new IllegalArgumentException("The parallelism must be at least 1, or PARALLELISM_DEFAULT");
        }
        this.parallelism = parallelism;
        return this;
    }

    @Override
    public Graph<NEW, VV, EV> run(Graph<OLD, VV, EV> input) {
        return Graph.fromDataSet(Translate.translateVertexIds(input.getVertices(), translator, parallelism),
                Translate.translateEdgeIds(input.getEdges(), translator, parallelism), input.getContext());
    }
}
