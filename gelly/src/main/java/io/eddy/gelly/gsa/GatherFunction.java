package io.eddy.gelly.gsa;

/**
 * The gather step of a {@link GatherSumApplyIteration}: turns one neighbour (its value and the
 * edge's) into the value the vertex receives from it.
 *
 * @param <VV> the vertex value type
 * @param <EV> the edge value type
 * @param <M> the gathered value type
 */
public abstract class GatherFunction<VV, EV, M> extends GsaFunction {

    private static final long serialVersionUID = 1L;

    public abstract M gather(Neighbor<VV, EV> neighbor);
}
