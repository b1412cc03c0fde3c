package io.eddy.gelly.library;

import io.eddy.api.DataSet;
import io.eddy.api.operators.translation.NumericReduceFunction.Fold;
import io.eddy.api.types.LongValue;
import io.eddy.api.types.NullValue;
import io.eddy.gelly.Graph;
import io.eddy.gelly.GraphAlgorithm;
import io.eddy.gelly.Vertex;
import io.eddy.gelly.gsa.ApplyFunction;
import io.eddy.gelly.gsa.GatherFunction;
import io.eddy.gelly.gsa.Neighbor;
import io.eddy.gelly.gsa.NumericSum;
import io.eddy.gelly.gsa.SumFunction;

/**
 * Weakly connected components by gather-sum-apply: the same labels as {@link ConnectedComponents}
 * (the smallest initial vertex value in each component), computed by gathering neighbours' labels,
 * keeping the minimum and applying it when it is smaller.
 *
 * @param <K> the vertex id type
 * @param <VV> the vertex value type, the label
 * @param <EV> the edge value type (ignored)
 */
public class GSAConnectedComponents<K, VV extends Comparable<VV>, EV>
        implements GraphAlgorithm<K, VV, EV, DataSet<Vertex<K, VV>>> {

    private final Integer maxIterations;

    public GSAConnectedComponents(Integer maxIterations) {
        this.maxIterations = maxIterations;
    }

    @Override
    public DataSet<Vertex<K, VV>> run(Graph<K, VV, EV> graph) throws Exception {
        Graph<K, VV, NullValue> undirected = LibraryFunctions.withoutEdgeValues(graph).getUndirected();
        return undirected.runGatherSumApplyIteration(new GatherNeighborLabel<VV>(), new SelectSmallerLabel<VV>(),
                new UpdateLabel<K, VV>(), maxIterations).getVertices();
    }

    /** A neighbour's label. */
    public static final class GatherNeighborLabel<VV> extends GatherFunction<VV, NullValue, VV> {
        @Override
        public VV gather(Neighbor<VV, NullValue> neighbor) {
            return neighbor.getNeighborValue();
        }
    }

    /** The smaller of two labels. */
    public static final class SelectSmallerLabel<VV extends Comparable<VV>> extends SumFunction<VV, NullValue, VV>
            implements NumericSum {
        @Override
        public VV sum(VV a, VV b) {
            return a.compareTo(b) <= 0 ? a : b;
        }

        /** Long labels compare signed, as their bytes are folded. */
        @Override
        public Fold fold(Class<?> type) {
            return type == Long.class || type == LongValue.class ? Fold.LONG_MIN : null;
        }
    }

    /** Takes the smallest gathered label if it is smaller than the vertex's own. */
    public static final class UpdateLabel<K, VV extends Comparable<VV>> extends ApplyFunction<K, VV, VV> {
        @Override
        public void apply(VV smallest, VV current) {
            if (smallest.compareTo(current) < 0) {
                setResult(smallest);
            }
        }
    }
}
