package io.eddy.gelly.pregel;

import io.eddy.api.DataSet;
import io.eddy.api.tuple.Tuple2;
import io.eddy.gelly.IterationConfiguration;
import java.util.ArrayList;
import java.util.List;

/** Configures a {@link VertexCentricIteration}: besides the common settings, broadcast sets for the compute function. */
public class VertexCentricConfiguration extends IterationConfiguration {

    private final List<Tuple2<String, DataSet<?>>> bcVars = new ArrayList<>();

    public void addBroadcastSet(String name, DataSet<?> data) {
        bcVars.add(new Tuple2<>(name, data));
    }

    public List<Tuple2<String, DataSet<?>>> getBroadcastSets() {
        return bcVars;
    }
}
