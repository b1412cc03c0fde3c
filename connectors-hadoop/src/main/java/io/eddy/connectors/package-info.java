/**
 * Connectors to the Hadoop ecosystem beyond plain files: Hadoop InputFormat/OutputFormat
 * wrappers, HDFS locality-aware split assignment and HBase sources and sinks. Arrives with the
 * connectors issue; plain text and CSV files over any Hadoop file system live in the DataSet API.
 */
package io.eddy.connectors;
