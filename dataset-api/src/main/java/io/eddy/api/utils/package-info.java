/**
 * Helpers for user programs (Flink's {@code api.java.utils}): {@link io.eddy.api.utils.ParameterTool}
 * and {@link io.eddy.api.utils.MultipleParameterTool} read a program's arguments, properties files
 * and system properties, and can be handed to every function as global job parameters.
 * {@link io.eddy.api.utils.DataSetUtils} zips, samples, summarizes, counts and range-partitions data
 * sets with ordinary operators.
 */
package io.eddy.api.utils;
