package io.eddy.gelly.gsa;

/**
 * The sum step of a {@link GatherSumApplyIteration}: combines two gathered values into one. It
 * must be associative and commutative, since it runs in any order and before the shuffle.
 *
 * @param <VV> the vertex value type
 * @param <EV> the edge value type
 * @param <M> the gathered value type
 */
public abstract class SumFunction<VV, EV, M> extends GsaFunction {

    private static final long serialVersionUID = 1L;

    public abstract M sum(M arg0, M arg1);
}
