/**
 * Input and output formats (Flink's {@code api.common.io} and {@code api.java.io}): the
 * {@link io.eddy.api.io.InputFormat} / {@link io.eddy.api.io.OutputFormat} contracts, the master
 * hooks that let file outputs commit atomically, file formats over Hadoop's file systems (text,
 * CSV), and collection, iterator, printing and discarding formats. Formats only read and write;
 * the source and sink drivers that run them live in {@code io.eddy.exec}. Flink's
 * {@code org.apache.flink.core.io} ({@link io.eddy.api.io.IOReadableWritable}, input splits) lands here too.
 */
package io.eddy.api.io;
