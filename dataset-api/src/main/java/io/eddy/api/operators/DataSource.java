package io.eddy.api.operators;

import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.configuration.Configuration;
import io.eddy.api.io.InputFormat;
import io.eddy.api.io.NonParallelInput;
import io.eddy.api.operators.translation.Translation;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.compiler.Drivers;
import io.eddy.compiler.InputFormatSplitSource;
import io.eddy.plan.OperatorNode;
import io.eddy.plan.ProgramPlan;

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
    protected OperatorNode translateNode(ProgramPlan plan) {
        int p = inputFormat instanceof NonParallelInput ? 1 : plan.resolveParallelism(parallelism);
        String opName = Translation.nameOr(name, "DataSource (" + dataSourceLocationName + ")");
        OperatorNode node = plan.addNode("Data Source", opName, p, getType(),
                Drivers.source(inputFormat, getParameters(), getType().createSerializer(plan.config()), plan.config()),
                inputFormat, inputFormat.getClass().getSimpleName(), 0);
        node.setSplitSource(new InputFormatSplitSource<>(inputFormat, getParameters()));
        return node;
    }
}
