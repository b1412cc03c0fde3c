package io.eddy.api.aggregation;

/** The built-in field aggregations of {@code aggregate(...)}, {@code sum}, {@code min} and {@code max}. */
public enum Aggregations {
    SUM,
    MIN,
    MAX
}
