/**
 * Small Flink 1.17 DataSet programs, ported with {@code port-from-flink.sed}, whose outputs on real
 * Flink 1.17.2 are committed as {@code src/test/resources/ported/*.expected}; the originals are in
 * {@code src/flink-originals/io/eddy/ported}.
 */
package io.eddy.ported;
