/**
 * Base classes of algorithms that wrap a DataSet or Graph result and carry their operators'
 * parallelism, as in Flink's Gelly, so that configured algorithms chain the same way.
 */
package io.eddy.gelly.utils.proxy;
