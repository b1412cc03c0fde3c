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
 * A two-input operator running a user function: parameters, broadcast sets, forwarded-field hints
 * and explicit result types.
 */
public abstract class TwoInputUdfOperator<IN1, IN2, OUT, O extends TwoInputUdfOperator<IN1, IN2, OUT, O>>
        extends TwoInputOperator<IN1, IN2, OUT, O> implements UdfOperator<O> {

    private Configuration parameters;
    private final Map<String, DataSet<?>> broadcastVariables = new LinkedHashMap<>();
    private String[] forwardedFieldsFirst = new String[0];
    private String[] forwardedFieldsSecond = new String[0];

    protected TwoInputUdfOperator(DataSet<IN1> input1, DataSet<IN2> input2, TypeInformation<OUT> resultType) {
        super(input1, input2, resultType);
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
        if (data == null || name == null) {
            throw new IllegalArgumentException("Broadcast variable data and name must not be null.");
        }
        if (data.getExecutionEnvironment() != getExecutionEnvironment()) {
            throw new InvalidProgramException("The broadcast set '" + name + "' belongs to another execution environment.");
        }
        broadcastVariables.put(name, data);
        return (O) this;
    }

    /** Fields of the first input copied unchanged into the output; recorded for the optimizer. */
    @SuppressWarnings("unchecked")
    public O withForwardedFieldsFirst(String... fields) {
        this.forwardedFieldsFirst = fields.clone();
        return (O) this;
    }

    /** Fields of the second input copied unchanged into the output; recorded for the optimizer. */
    @SuppressWarnings("unchecked")
    public O withForwardedFieldsSecond(String... fields) {
        this.forwardedFieldsSecond = fields.clone();
        return (O) this;
    }

    public String[] getForwardedFieldsFirst() {
        return forwardedFieldsFirst.clone();
    }

    public String[] getForwardedFieldsSecond() {
        return forwardedFieldsSecond.clone();
    }

    @Override
    public Configuration getParameters() {
        return parameters == null ? new Configuration() : parameters;
    }

    @Override
    public Map<String, DataSet<?>> getBroadcastSets() {
        return Collections.unmodifiableMap(broadcastVariables);
    }

    @SuppressWarnings("unchecked")
    public O returns(Class<OUT> typeClass) {
        fillInType(TypeExtractor.getForClass(typeClass));
        return (O) this;
    }

    @SuppressWarnings("unchecked")
    public O returns(TypeHint<OUT> typeHint) {
        fillInType(TypeInformation.of(typeHint));
        return (O) this;
    }

    @SuppressWarnings("unchecked")
    public O returns(TypeInformation<OUT> typeInfo) {
        fillInType(typeInfo);
        return (O) this;
    }
}
