package io.eddy.gelly.gsa;

import io.eddy.api.tuple.Tuple2;

/**
 * A neighbour as a {@link GatherFunction} sees it: the neighbour's value and the value of the edge
 * joining it to the vertex that gathers.
 *
 * @param <VV> the vertex value type
 * @param <EV> the edge value type
 */
public class Neighbor<VV, EV> extends Tuple2<VV, EV> {

    private static final long serialVersionUID = 1L;

    public Neighbor() {
    }

    public Neighbor(VV neighborValue, EV edgeValue) {
        super(neighborValue, edgeValue);
    }

    public VV getNeighborValue() {
        return f0;
    }

    public EV getEdgeValue() {
        return f1;
    }
}
