/**
 * Small helpers that Flink programs import from {@code org.apache.flink.util} (after
 * port-from-flink.sed, {@code io.eddy.api.util}): argument checks, integer math and string helpers.
 * {@code Collector} is not here; the sed script maps it to {@code io.eddy.api.functions}.
 */
package io.eddy.api.util;
