package io.eddy.api.operators.translation;

import io.eddy.api.ExecutionConfig;
import io.eddy.api.configuration.Configuration;
import io.eddy.runtime.types.TypeSerializer;
import java.io.Serializable;
import java.util.List;

/**
 * What every driver of a user function needs besides the function: the execution config, the
 * parameters for {@code open}, the serializers of its regular inputs (to copy records it keeps)
 * and its broadcast sets, which arrive on the inputs after the regular ones, in this order.
 */
public record UdfConfig(ExecutionConfig executionConfig, Configuration parameters,
                        List<TypeSerializer<?>> inputSerializers, List<String> broadcastNames,
                        List<TypeSerializer<?>> broadcastSerializers) implements Serializable {

    public UdfConfig {
        inputSerializers = List.copyOf(inputSerializers);
        broadcastNames = List.copyOf(broadcastNames);
        broadcastSerializers = List.copyOf(broadcastSerializers);
    }

    public int numRegularInputs() {
        return inputSerializers.size();
    }

    public int numInputs() {
        return inputSerializers.size() + broadcastNames.size();
    }
}
