package io.eddy.api.operators;

import io.eddy.api.DataSet;
import io.eddy.api.InvalidProgramException;
import io.eddy.api.configuration.Configuration;
import io.eddy.api.typeinfo.TypeHint;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.typeutils.TypeExtractor;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A one-input operator running a user function: adds parameters, broadcast sets, forwarded-field
 * hints and explicit result types ({@code returns}) to {@link SingleInputOperator}.
 */
public abstract class SingleInputUdfOperator<IN, OUT, O extends SingleInputUdfOperator<IN, OUT, O>>
        extends SingleInputOperator<IN, OUT, O> implements UdfOperator<O> {

    private Configuration parameters;
    private final Map<String, DataSet<?>> broadcastVariables = new LinkedHashMap<>();
    private String[] forwardedFields = new String[0];

    protected SingleInputUdfOperator(DataSet<IN> input, TypeInformation<OUT> resultType) {
        super(input, resultType);
    }

    @Override
    @SuppressWarnings("unchecked")
    public O withParameters(Configuration parameters) {
        this.parameters = parameters;
        return (O) this;
    }

    @Override
    @SuppressWarnings("unchecked")
    public O withBroadcastSet(DataSet<?> data, String name) {
        if (data == null) {
            throw new IllegalArgumentException("Broadcast variable data must not be null.");
        }
        if (name == null) {
            throw new IllegalArgumentException("Broadcast variable name must not be null.");
        }
        if (data.getExecutionEnvironment() != getExecutionEnvironment()) {
            throw new InvalidProgramException("The broadcast set '" + name + "' belongs to another execution environment.");
        }
        broadcastVariables.put(name, data);
        return (O) this;
    }

    /**
     * Declares fields the function copies unchanged to the same position of its output (Flink's
     * semantic annotation). Recorded for the optimizer, which will reuse partitioning through them.
     */
    @SuppressWarnings("unchecked")
    public O withForwardedFields(String... forwardedFields) {
        this.forwardedFields = forwardedFields.clone();
        return (O) this;
    }

    public String[] getForwardedFields() {
        return forwardedFields.clone();
    }

    @Override
    public Configuration getParameters() {
        return parameters == null ? new Configuration() : parameters;
    }

    @Override
    public Map<String, DataSet<?>> getBroadcastSets() {
        return Collections.unmodifiableMap(broadcastVariables);
    }

    /** Sets the result type where it cannot be extracted, e.g. for lambdas with generic results. */
    @SuppressWarnings("unchecked")
    public O returns(Class<OUT> typeClass) {
        if (typeClass == null) {
            throw new NullPointerException("type class must not be null");
        }
        fillInType(TypeExtractor.getForClass(typeClass));
        return (O) this;
    }

    @SuppressWarnings("unchecked")
    public O returns(TypeHint<OUT> typeHint) {
        if (typeHint == null) {
            throw new NullPointerException("type hint must not be null");
        }
        fillInType(TypeInformation.of(typeHint));
        return (O) this;
    }

    @SuppressWarnings("unchecked")
    public O returns(TypeInformation<OUT> typeInfo) {
        if (typeInfo == null) {
            throw new NullPointerException("type information must not be null");
        }
        fillInType(typeInfo);
        return (O) this;
    }
}
