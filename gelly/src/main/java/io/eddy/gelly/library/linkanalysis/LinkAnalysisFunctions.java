package io.eddy.gelly.library.linkanalysis;

import io.eddy.api.aggregators.ConvergenceCriterion;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.operators.translation.NumericReduceFunction;
import io.eddy.api.operators.translation.NumericReduceFunction.Fold;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.types.DoubleValue;
import io.eddy.gelly.Edge;

/** Pieces PageRank and HITS share: iteration bounds, the convergence test and a sum of scores by vertex. */
final class LinkAnalysisFunctions {

    /** The aggregator summing the absolute change of every score in a superstep. */
    static final String CHANGE_IN_SCORES = "change in scores";

    private LinkAnalysisFunctions() {}

    static void checkIterations(int maxIterations, double convergenceThreshold) {
        if (maxIterations < 1) {
            throw new IllegalArgumentException("Number of iterations must be at least one: " + maxIterations);
        }
        if (!(convergenceThreshold > 0)) {
            throw new IllegalArgumentException("Convergence threshold must be positive: " + convergenceThreshold);
        }
    }

    /** Converged once the scores changed in total by no more than the threshold. */
    static final class ScoreConvergence implements ConvergenceCriterion<DoubleValue> {
        private final double convergenceThreshold;

        ScoreConvergence(double convergenceThreshold) {
            this.convergenceThreshold = convergenceThreshold;
        }

        @Override
        public boolean isConverged(int iteration, DoubleValue value) {
            return value.getValue() <= convergenceThreshold;
        }
    }

    /** Sums the partial scores of one vertex. */
    static final class SumScores<K> implements NumericReduceFunction<Tuple2<K, DoubleValue>> {
        @Override
        public Fold[] folds() {
            return new Fold[] {Fold.DOUBLE_SUM};
        }

        @Override
        public Tuple2<K, DoubleValue> reduce(Tuple2<K, DoubleValue> left, Tuple2<K, DoubleValue> right) {
            return new Tuple2<>(left.f0, new DoubleValue(left.f1.getValue() + right.f1.getValue()));
        }
    }

    /** (source, target) of an edge, dropping its value. */
    static final class EdgeIds<K, EV> implements MapFunction<Edge<K, EV>, Tuple2<K, K>> {
        @Override
        public Tuple2<K, K> map(Edge<K, EV> edge) {
            return new Tuple2<>(edge.f0, edge.f1);
        }
    }
}
