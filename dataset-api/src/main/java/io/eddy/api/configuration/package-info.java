/**
 * Settings (Flink's {@code org.apache.flink.configuration}): the serializable, string-keyed
 * {@link io.eddy.api.configuration.Configuration} that {@code withParameters} hands to rich functions'
 * {@code open} and formats' {@code configure}, typed {@link io.eddy.api.configuration.ConfigOption}s
 * built with {@link io.eddy.api.configuration.ConfigOptions}, {@link io.eddy.api.configuration.MemorySize},
 * and the options of the local cluster ({@link io.eddy.api.configuration.CoreOptions},
 * {@link io.eddy.api.configuration.TaskManagerOptions}) under Flink's keys, so existing
 * configurations keep their meaning.
 *
 * <p>Only values and their parsing live here: whoever uses a setting reads it (the environment, the
 * local executor). Nothing here may depend on other {@code io.eddy} packages; the runtime does not
 * see these classes and gets its settings as plain values.
 */
package io.eddy.api.configuration;
