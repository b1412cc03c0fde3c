package io.eddy.gelly.gsa;

import io.eddy.api.DataSet;
import io.eddy.api.tuple.Tuple2;
import io.eddy.gelly.EdgeDirection;
import io.eddy.gelly.IterationConfiguration;
import java.util.ArrayList;
import java.util.List;

/**
 * Configures a {@link GatherSumApplyIteration}: besides the common settings, broadcast sets for each
 * function and the direction values travel (OUT: a vertex gathers from its in-neighbours, along
 * edges; IN: from its out-neighbours; ALL: from both).
 */
public class GSAConfiguration extends IterationConfiguration {

    private final List<Tuple2<String, DataSet<?>>> gatherBcastVars = new ArrayList<>();

    private final List<Tuple2<String, DataSet<?>>> sumBcastVars = new ArrayList<>();

    private final List<Tuple2<String, DataSet<?>>> applyBcastVars = new ArrayList<>();

    private EdgeDirection direction = EdgeDirection.OUT;

    public void addBroadcastSetForGatherFunction(String name, DataSet<?> data) {
        gatherBcastVars.add(new Tuple2<>(name, data));
    }

    public void addBroadcastSetForSumFunction(String name, DataSet<?> data) {
        sumBcastVars.add(new Tuple2<>(name, data));
    }

    public void addBroadcastSetForApplyFunction(String name, DataSet<?> data) {
        applyBcastVars.add(new Tuple2<>(name, data));
    }

    public List<Tuple2<String, DataSet<?>>> getGatherBcastVars() {
        return gatherBcastVars;
    }

    public List<Tuple2<String, DataSet<?>>> getSumBcastVars() {
        return sumBcastVars;
    }

    public List<Tuple2<String, DataSet<?>>> getApplyBcastVars() {
        return applyBcastVars;
    }

    public void setDirection(EdgeDirection direction) {
        this.direction = direction;
    }

    public EdgeDirection getDirection() {
        return direction;
    }
}
