package io.eddy.api.operators;

import io.eddy.api.DataSet;
import io.eddy.api.ExecutionConfig;
import io.eddy.api.configuration.Configuration;
import io.eddy.api.io.OutputFormat;
import io.eddy.api.operators.translation.CallSites;
import io.eddy.api.operators.translation.GroupOrder;
import io.eddy.api.operators.translation.Translation;
import io.eddy.plan.LogicalNode;
import io.eddy.plan.LogicalPlan;
import io.eddy.api.typeinfo.TypeInformation;

/**
 * Writes a data set with an output format when the program executes. File formats commit on the
 * master once every instance finished, so a failed job leaves no partial output.
 */
public class DataSink<T> {

    private final DataSet<T> data;
    private final OutputFormat<T> format;
    private final TypeInformation<T> type;
    private final String defaultName;
    private String name;
    private int parallelism = ExecutionConfig.PARALLELISM_DEFAULT;
    private Configuration parameters;
    private GroupOrder<T> localOrder;
    /** Where the program created this sink; its logical node keeps it for error messages. */
    private final String callSite = CallSites.location();

    public DataSink(DataSet<T> data, OutputFormat<T> format, TypeInformation<T> type, String defaultName) {
        if (format == null) {
            throw new NullPointerException("The output format must not be null.");
        }
        this.data = data;
        this.format = format;
        this.type = type;
        this.defaultName = defaultName;
    }

    public DataSet<T> getDataSet() {
        return data;
    }

    public OutputFormat<T> getFormat() {
        return format;
    }

    public TypeInformation<T> getType() {
        return type;
    }

    public DataSink<T> name(String name) {
        this.name = name;
        return this;
    }

    public String getName() {
        return name;
    }

    public int getParallelism() {
        return parallelism;
    }

    public DataSink<T> setParallelism(int parallelism) {
        if (parallelism < 1 && parallelism != ExecutionConfig.PARALLELISM_DEFAULT) {
            throw new IllegalArgumentException("The parallelism of a sink must be at least 1.");
        }
        this.parallelism = parallelism;
        return this;
    }

    public DataSink<T> withParameters(Configuration parameters) {
        this.parameters = parameters;
        return this;
    }

    public Configuration getParameters() {
        return parameters == null ? new Configuration() : parameters;
    }

    /** Sorts each instance's output by a field before writing it (deprecated in Flink, kept for porting). */
    @Deprecated
    public DataSink<T> sortLocalOutput(int field, Order order) {
        if (localOrder == null) {
            localOrder = new GroupOrder<>();
        }
        localOrder.add(field, order, type);
        return this;
    }

    @Deprecated
    public DataSink<T> sortLocalOutput(String fieldExpression, Order order) {
        if (localOrder == null) {
            localOrder = new GroupOrder<>();
        }
        localOrder.add(fieldExpression, order);
        return this;
    }

    /** Translates this sink and, recursively, its input into the logical plan, once per plan. */
    public LogicalNode translateToPlan(LogicalPlan plan) {
        return plan.nodeFor(this, callSite, () -> {
            LogicalNode input = data.translateToPlan(plan);
            LogicalNode.Builder node = new LogicalNode.Builder(LogicalNode.Kind.SINK, "Data Sink",
                    Translation.nameOr(name, defaultName + " (" + format + ")")).parallelism(parallelism).input(input)
                    .outputFormat(format).function(null, getParameters()).groupOrder(localOrder);
            return plan.add(node);
        });
    }

    @Override
    public String toString() {
        return "DataSink '" + (name == null ? defaultName : name) + "' (" + format + ")";
    }
}
