package io.eddy.optimizer;

import io.eddy.api.functions.Partitioner;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.plan.FieldList;
import io.eddy.plan.SemanticProperties;
import java.util.Arrays;

/**
 * How a node's output is spread over its parallel instances: the interesting property the optimizer
 * reuses so a set already partitioned on a key is not shuffled again.
 *
 * @param partitioning the kind of partitioning
 * @param fields the flat fields it is on (hash, range, custom), else null
 * @param fieldTypes the types of those fields: two hash partitionings agree only if their key types
 *        hash alike
 * @param partitioner the user partitioner of a custom partitioning
 * @param parallelism the number of instances the records are spread over
 */
public record GlobalProperties(Partitioning partitioning, FieldList fields, TypeInformation<?>[] fieldTypes,
                               Partitioner<?> partitioner, int parallelism) {

    /** The partitioning kinds. */
    public enum Partitioning {
        /** Nothing is known about which records are where. */
        RANDOM,
        HASH,
        RANGE,
        CUSTOM,
        /** Every instance holds all records (after a broadcast). */
        FULL_REPLICATION,
        /** One instance holds everything. */
        SINGLETON
    }

    public static GlobalProperties random(int parallelism) {
        return parallelism == 1 ? new GlobalProperties(Partitioning.SINGLETON, null, null, null, 1)
                : new GlobalProperties(Partitioning.RANDOM, null, null, null, parallelism);
    }

    public static GlobalProperties hash(FieldList fields, TypeInformation<?>[] types, int parallelism) {
        return new GlobalProperties(Partitioning.HASH, fields, types, null, parallelism);
    }

    /**
     * Whether records with equal values in {@code keyFields} are already in one instance, for a
     * single-input operation at {@code targetParallelism}: a hash partitioning on a non-empty subset
     * of the key fields, a custom one on the same fields with the same partitioner, or one instance.
     */
    public boolean groups(FieldList keyFields, int targetParallelism, Partitioner<?> custom) {
        if (keyFields == null || parallelism != targetParallelism) {
            return false;
        }
        if (partitioning == Partitioning.SINGLETON) {
            return true;
        }
        if (custom != null) {
            return partitioning == Partitioning.CUSTOM && partitioner == custom && keyFields.equals(fields);
        }
        return (partitioning == Partitioning.HASH || partitioning == Partitioning.RANGE)
                && fields.size() > 0 && fields.isSubsetOf(keyFields);
    }

    /** These properties after a function that forwards fields as {@code semantics} says, on its input {@code input}. */
    public GlobalProperties forward(SemanticProperties semantics, int input, int outputParallelism) {
        if (outputParallelism != parallelism) {
            return random(outputParallelism);
        }
        if (partitioning == Partitioning.SINGLETON || partitioning == Partitioning.FULL_REPLICATION) {
            return this;
        }
        if (fields == null) {
            return random(outputParallelism);
        }
        FieldList moved = semantics.forward(input, fields);
        if (moved == null) {
            return random(outputParallelism);
        }
        return new GlobalProperties(partitioning, moved, fieldTypes, partitioner, parallelism);
    }

    /** "Hash Partition on [0]" etc., for tests and plans. */
    @Override
    public String toString() {
        return partitioning + (fields == null ? "" : " on " + fields) + " p=" + parallelism;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GlobalProperties g && g.partitioning == partitioning && FieldList.same(g.fields, fields)
                && Arrays.equals(g.fieldTypes, fieldTypes) && g.partitioner == partitioner && g.parallelism == parallelism;
    }

    @Override
    public int hashCode() {
        return partitioning.hashCode() * 31 + parallelism;
    }
}
