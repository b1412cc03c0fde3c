package io.eddy.optimizer;

import io.eddy.api.ExecutionConfig;
import io.eddy.api.io.FileInputFormat;
import io.eddy.api.io.InputFormat;
import io.eddy.api.io.statistics.BaseStatistics;
import io.eddy.api.typeinfo.BasicTypeInfo;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.typeutils.CompositeType;
import io.eddy.plan.LogicalNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The optimizer's size estimates. Sources ask their input format (file sizes come from the file
 * system, collections and number sequences know their length); everything downstream uses fixed
 * defaults, as Flink does: a filter keeps half its input, a map as many records, a join as many as
 * its larger input. Unknown stays unknown, and the cost model treats unknown as large.
 */
final class Estimator {

    private static final Logger LOG = LoggerFactory.getLogger(Estimator.class);

    /** A filter's assumed selectivity. */
    static final double FILTER_SELECTIVITY = 0.5;
    /** Bytes assumed for a field whose serialized length varies (strings, generic objects). */
    private static final int VARIABLE_FIELD_BYTES = 16;

    private final ExecutionConfig config;

    Estimator(ExecutionConfig config) {
        this.config = config;
    }

    /** What a source will read. */
    Estimates source(LogicalNode source) {
        InputFormat<?, ?> format = source.inputFormat();
        try {
            if (format instanceof FileInputFormat<?> file) {
                file.configure(source.parameters());
            }
            BaseStatistics stats = format.getStatistics(null);
            if (stats == null) {
                return Estimates.UNKNOWN;
            }
            long bytes = stats.getTotalInputSize();
            long rows = stats.getNumberOfRecords();
            float width = stats.getAverageRecordWidth();
            if (rows < 0 && bytes >= 0 && width > 0) {
                rows = (long) (bytes / width);
            }
            if (bytes < 0 && rows >= 0) {
                bytes = Optimizer.saturatingMultiply(rows, width(source.outputType()));
            }
            return new Estimates(rows, bytes);
        } catch (Exception e) {
            LOG.debug("No statistics for {}: {}", source.name(), e.toString());
            return Estimates.UNKNOWN;
        }
    }

    /** The estimates of records after a change of type: rows stay, bytes follow the new width when known. */
    Estimates retyped(Estimates in, TypeInformation<?> outType, double rowFactor) {
        Estimates scaled = in.scale(rowFactor);
        if (scaled.rows() >= 0 && outType != null && isFixedWidth(outType)) {
            return new Estimates(scaled.rows(), Optimizer.saturatingMultiply(scaled.rows(), width(outType)));
        }
        return scaled;
    }

    /** An estimate of the serialized bytes of one record of {@code type}. */
    long width(TypeInformation<?> type) {
        if (type == null) {
            return VARIABLE_FIELD_BYTES;
        }
        if (type instanceof CompositeType<?> composite) {
            long total = 0;
            for (int i = 0; i < composite.getArity(); i++) {
                total += width(composite.getTypeAt(i));
            }
            return Math.max(1, total);
        }
        int length = fixedLength(type);
        return length > 0 ? length : VARIABLE_FIELD_BYTES;
    }

    private boolean isFixedWidth(TypeInformation<?> type) {
        if (type instanceof CompositeType<?> composite) {
            for (int i = 0; i < composite.getArity(); i++) {
                if (!isFixedWidth(composite.getTypeAt(i))) {
                    return false;
                }
            }
            return true;
        }
        return type != BasicTypeInfo.STRING_TYPE_INFO && fixedLength(type) > 0;
    }

    private int fixedLength(TypeInformation<?> type) {
        try {
            return type.createSerializer(config).getLength();
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
