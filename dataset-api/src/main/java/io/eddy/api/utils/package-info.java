/**
 * Helpers for user programs (Flink's {@code api.java.utils}): {@link io.eddy.api.utils.ParameterTool}
 * and {@link io.eddy.api.utils.MultipleParameterTool} read a program's arguments, properties files
 * and system properties, and can be handed to every function as global job parameters.
 */
package io.eddy.api.utils;
