package io.eddy.api.operators;

import io.eddy.api.DataSet;
import io.eddy.api.configuration.Configuration;
import java.util.Map;

/** An operator that runs a user function, which may take parameters and broadcast sets. */
public interface UdfOperator<O extends UdfOperator<O>> {

    Configuration getParameters();

    Map<String, DataSet<?>> getBroadcastSets();

    O withParameters(Configuration parameters);

    O withBroadcastSet(DataSet<?> data, String name);
}
