package io.eddy.gelly.spargel;

import io.eddy.api.DataSet;
import io.eddy.api.tuple.Tuple2;
import io.eddy.gelly.EdgeDirection;
import io.eddy.gelly.IterationConfiguration;
import java.util.ArrayList;
import java.util.List;

/**
 * Configures a {@link ScatterGatherIteration}: besides the common settings, broadcast sets for each
 * function, whether vertex degrees are available to them, and the direction messages travel.
 */
public class ScatterGatherConfiguration extends IterationConfiguration {

    private final List<Tuple2<String, DataSet<?>>> scatterBcastVars = new ArrayList<>();

    private final List<Tuple2<String, DataSet<?>>> gatherBcastVars = new ArrayList<>();

    private boolean optDegrees;

    private EdgeDirection direction = EdgeDirection.OUT;

    public void addBroadcastSetForScatterFunction(String name, DataSet<?> data) {
        scatterBcastVars.add(new Tuple2<>(name, data));
    }

    public void addBroadcastSetForGatherFunction(String name, DataSet<?> data) {
        gatherBcastVars.add(new Tuple2<>(name, data));
    }

    public List<Tuple2<String, DataSet<?>>> getScatterBcastVars() {
        return scatterBcastVars;
    }

    public List<Tuple2<String, DataSet<?>>> getGatherBcastVars() {
        return gatherBcastVars;
    }

    /** Computes in- and out-degrees before the loop, for {@code getInDegree()} and {@code getOutDegree()}. */
    public void setOptDegrees(boolean degrees) {
        this.optDegrees = degrees;
    }

    public boolean isOptDegrees() {
        return optDegrees;
    }

    /** Along which edges messages go: OUT (to targets, the default), IN (to sources) or ALL. */
    public void setDirection(EdgeDirection direction) {
        this.direction = direction;
    }

    public EdgeDirection getDirection() {
        return direction;
    }
}
