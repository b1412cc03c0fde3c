/**
 * Column summaries returned by {@code DataSetUtils.summarize} (Flink's {@code api.java.summarize}):
 * numeric, string, boolean and other columns. How they are computed lives in
 * {@link io.eddy.api.summarize.aggregation}.
 */
package io.eddy.api.summarize;
