package io.eddy.exec;

import io.eddy.api.ExecutionConfig;
import io.eddy.api.configuration.Configuration;
import io.eddy.api.functions.Function;
import io.eddy.runtime.types.TypeSerializer;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What every driver factory carries besides its strategy: the user function and how to run it.
 *
 * <p>Input numbering: regular inputs are {@code 0 .. numRegularInputs - 1}; broadcast set {@code i}
 * (named {@code broadcastInputNames.get(i)}) arrives on input {@code numRegularInputs + i}.
 * {@code inputSerializers} has one entry per input in that numbering; drivers use them to copy the
 * records they keep while object reuse is on, and to copy broadcast records.
 *
 * @param executionConfig the job's execution config, as the user function sees it
 * @param function the user function; null for drivers without one (sort partition, identity)
 * @param parameters the configuration of {@code withParameters}, handed to {@code RichFunction.open}
 * @param numRegularInputs the number of non-broadcast inputs (1 or 2)
 * @param broadcastInputNames the broadcast set names, in input order
 * @param inputSerializers one serializer per input, regular inputs first
 * @param presortedInputs bit {@code i} set if regular input {@code i} arrives sorted as the driver
 *        needs it, so a sorting driver keeps it in order instead of sorting it again
 */
public record DriverConfig(
        ExecutionConfig executionConfig,
        Function function,
        Configuration parameters,
        int numRegularInputs,
        List<String> broadcastInputNames,
        List<TypeSerializer<?>> inputSerializers,
        int presortedInputs)
        implements Serializable {

    /** A config whose inputs all need sorting (by drivers that sort). */
    public DriverConfig(ExecutionConfig executionConfig, Function function, Configuration parameters, int numRegularInputs,
                        List<String> broadcastInputNames, List<TypeSerializer<?>> inputSerializers) {
        this(executionConfig, function, parameters, numRegularInputs, broadcastInputNames, inputSerializers, 0);
    }

    public DriverConfig {
        executionConfig = executionConfig == null ? new ExecutionConfig() : executionConfig;
        parameters = parameters == null ? new Configuration() : parameters;
        broadcastInputNames = List.copyOf(Objects.requireNonNull(broadcastInputNames, "broadcastInputNames"));
        inputSerializers = List.copyOf(Objects.requireNonNull(inputSerializers, "inputSerializers"));
        if (numRegularInputs < 1) {
            throw new IllegalArgumentException("a driver needs at least one regular input, got " + numRegularInputs);
        }
        if (inputSerializers.size() != numRegularInputs + broadcastInputNames.size()) {
            throw new IllegalArgumentException("expected " + (numRegularInputs + broadcastInputNames.size())
                    + " input serializers (regular inputs, then broadcast inputs), got " + inputSerializers.size());
        }
        if (broadcastInputNames.stream().distinct().count() != broadcastInputNames.size()) {
            throw new IllegalArgumentException("duplicate broadcast set names: " + broadcastInputNames);
        }
    }

    /** A config for a driver with the given regular inputs, no broadcast sets and empty parameters. */
    public static DriverConfig of(ExecutionConfig executionConfig, Function function, TypeSerializer<?>... regularInputSerializers) {
        return new DriverConfig(executionConfig, function, new Configuration(), regularInputSerializers.length,
                List.of(), List.of(regularInputSerializers));
    }

    /** This config with {@code withParameters} configuration. */
    public DriverConfig withParameters(Configuration newParameters) {
        return new DriverConfig(executionConfig, function, newParameters, numRegularInputs, broadcastInputNames, inputSerializers,
                presortedInputs);
    }

    /** This config plus one broadcast input, which arrives on input {@link #numInputs()} of this config. */
    public DriverConfig withBroadcastInput(String name, TypeSerializer<?> serializer) {
        List<String> names = new ArrayList<>(broadcastInputNames);
        names.add(name);
        List<TypeSerializer<?>> serializers = new ArrayList<>(inputSerializers);
        serializers.add(serializer);
        return new DriverConfig(executionConfig, function, parameters, numRegularInputs, names, serializers, presortedInputs);
    }

    /** This config with regular input {@code input} marked as arriving already sorted. */
    public DriverConfig withPresortedInput(int input) {
        if (input < 0 || input >= numRegularInputs) {
            throw new IllegalArgumentException("no regular input " + input);
        }
        return new DriverConfig(executionConfig, function, parameters, numRegularInputs, broadcastInputNames,
                inputSerializers, presortedInputs | (1 << input));
    }

    /** Whether regular input {@code input} arrives sorted as the driver needs it. */
    public boolean isPresorted(int input) {
        return (presortedInputs & (1 << input)) != 0;
    }

    /** Regular plus broadcast inputs. */
    public int numInputs() {
        return inputSerializers.size();
    }

    /** The input index of the named broadcast set. */
    public int broadcastInputIndex(String name) {
        int i = broadcastInputNames.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no broadcast set '" + name + "'; known: " + broadcastInputNames);
        }
        return numRegularInputs + i;
    }

    /** The user function cast to the type a driver expects, with a clear error if it is another kind. */
    <F> F functionAs(Class<F> type, String driverName) {
        if (!type.isInstance(function)) {
            throw new IllegalArgumentException(driverName + " needs a " + type.getSimpleName() + " but got "
                    + (function == null ? "no function" : function.getClass().getName()));
        }
        return type.cast(function);
    }
}
