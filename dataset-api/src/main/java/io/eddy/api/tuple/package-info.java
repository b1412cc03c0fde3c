/**
 * Tuples of arity 0 to 25 (Flink's {@code org.apache.flink.api.java.tuple}): the common record type
 * of DataSet programs, addressed by field position in keys and by {@code "fN"} in field expressions.
 */
package io.eddy.api.tuple;
