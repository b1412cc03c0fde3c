package io.eddy.exec;

import io.eddy.api.ExecutionConfig;
import io.eddy.api.configuration.Configuration;
import io.eddy.api.io.InputFormat;
import io.eddy.api.io.OutputFormat;
import io.eddy.runtime.types.TypeComparator;
import io.eddy.runtime.types.TypeSerializer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Everything a {@link DriverStrategy} row needs to create its driver factory, assembled by the
 * compiler from a physical plan node: the user function's {@link DriverConfig} and, per regular
 * input, the key and order comparators the strategy asks for. Sources and sinks carry their format.
 *
 * @param config the function, its parameters and input serializers (null for sources)
 * @param parameters the configuration for the function or format ({@code withParameters})
 * @param keys per regular input, the key comparator, or null where the strategy needs none
 * @param orders per regular input, the order within groups (or the sort order), or null
 * @param inputFormat the format of a source, else null
 * @param outputFormat the format of a sink, else null
 * @param outputSerializer the serializer of a source's records, else null
 * @param executionConfig the job's execution config
 */
public record DriverSpec(DriverConfig config, Configuration parameters, List<TypeComparator<?>> keys, List<TypeComparator<?>> orders,
                         InputFormat<?, ?> inputFormat, OutputFormat<?> outputFormat,
                         TypeSerializer<?> outputSerializer, ExecutionConfig executionConfig) {

    public DriverSpec {
        keys = Collections.unmodifiableList(new ArrayList<>(keys));
        orders = Collections.unmodifiableList(new ArrayList<>(orders));
    }

    /**
     * The config with its function as a FlatJoinFunction: joins run flat join functions, and plain
     * JoinFunctions (and the default pairing join) are adapted here.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public DriverConfig flatJoinConfig() {
        if (config.function() instanceof io.eddy.api.functions.FlatJoinFunction) {
            return config;
        }
        io.eddy.api.functions.FlatJoinFunction flat = JoinFunctionAdapters.fromJoinFunction(
                (io.eddy.api.functions.JoinFunction) config.function());
        return new DriverConfig(config.executionConfig(), flat, config.parameters(), config.numRegularInputs(),
                config.broadcastInputNames(), config.inputSerializers(), config.presortedInputs());
    }

    /** The key comparator of regular input {@code input}; fails if the strategy needed one and none was given. */
    public TypeComparator<?> key(int input) {
        TypeComparator<?> key = input < keys.size() ? keys.get(input) : null;
        if (key == null) {
            throw new IllegalStateException("the driver strategy needs a key on input " + input);
        }
        return key;
    }

    /** The order comparator of input {@code input}, or null. */
    public TypeComparator<?> order(int input) {
        return input < orders.size() ? orders.get(input) : null;
    }
}
