package io.eddy.api.operators;

import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.configuration.Configuration;
import io.eddy.api.io.InputFormat;
import io.eddy.api.io.NonParallelInput;
import io.eddy.api.operators.translation.Translation;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.plan.LogicalPlan;
import io.eddy.plan.LogicalNode;

/**
 * A data set read by an input format. Parallel formats are read by many instances that take input
 * splits one at a time from the master; non-parallel ones (collections) by one.
 */
public class DataSource<OUT> extends Operator<OUT, DataSource<OUT>> {

    private final InputFormat<OUT, ?> inputFormat;
    private final String dataSourceLocationName;
    private Configuration parameters;

    public DataSource(ExecutionEnvironment context, InputFormat<OUT, ?> inputFormat, TypeInformation<OUT> type,
                      String dataSourceLocationName) {
        super(context, type);
        if (inputFormat == null) {
            throw new NullPointerException("The input format must not be null.");
        }
        this.inputFormat = inputFormat;
        this.dataSourceLocationName = dataSourceLocationName;
        if (inputFormat instanceof NonParallelInput) {
            this.parallelism = 1;
        }
    }

    public InputFormat<OUT, ?> getInputFormat() {
        return inputFormat;
    }

    /** Parameters passed to the input format's {@code configure}. */
    public DataSource<OUT> withParameters(Configuration parameters) {
        this.parameters = parameters;
        return this;
    }

    public Configuration getParameters() {
        return parameters == null ? new Configuration() : parameters;
    }

    @Override
    public DataSource<OUT> setParallelism(int parallelism) {
        if (inputFormat instanceof NonParallelInput && parallelism != 1) {
            throw new IllegalArgumentException("The input format " + inputFormat.getClass().getSimpleName()
                    + " is not parallel; its parallelism must be 1.");
        }
        return super.setParallelism(parallelism);
    }

    @Override
    protected LogicalNode translateNode(LogicalPlan plan) {
        LogicalNode.Builder node = new LogicalNode.Builder(LogicalNode.Kind.SOURCE, "Data Source",
                Translation.nameOr(name, "DataSource (" + dataSourceLocationName + ")"))
                .parallelism(parallelism).outputType(getType()).inputFormat(inputFormat)
                .function(null, getParameters());
        if (inputFormat instanceof NonParallelInput) {
            node.singleton();
        }
        return plan.add(node);
    }
}
