package io.eddy.api.operators;

import io.eddy.api.DataSet;
import io.eddy.api.ExecutionConfig;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.typeinfo.TypeInformation;

/**
 * A DataSet produced by an operation, with a name and a parallelism of its own.
 *
 * @param <OUT> the type of the records it produces
 * @param <O> the concrete operator type, so setters can be chained
 */
public abstract class Operator<OUT, O extends Operator<OUT, O>> extends DataSet<OUT> {

    protected String name;
    protected int parallelism = ExecutionConfig.PARALLELISM_DEFAULT;

    protected Operator(ExecutionEnvironment context, TypeInformation<OUT> resultType) {
        super(context, resultType);
    }

    public TypeInformation<OUT> getResultType() {
        return getType();
    }

    public String getName() {
        return name;
    }

    public int getParallelism() {
        return parallelism;
    }

    /** Sets the name shown in plans, logs and error messages. */
    @SuppressWarnings("unchecked")
    public O name(String newName) {
        this.name = newName;
        return (O) this;
    }

    /** Sets this operator's parallelism; {@code PARALLELISM_DEFAULT} uses the environment's. */
    @SuppressWarnings("unchecked")
    public O setParallelism(int parallelism) {
        if (parallelism < 1 && parallelism != ExecutionConfig.PARALLELISM_DEFAULT) {
            throw new IllegalArgumentException("The parallelism of an operator must be at least 1.");
        }
        this.parallelism = parallelism;
        return (O) this;
    }
}
