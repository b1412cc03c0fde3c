/** Built-in aggregations over tuple fields (Flink's {@code api.java.aggregation}). */
package io.eddy.api.aggregation;
