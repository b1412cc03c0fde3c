/**
 * Metrics of directed graphs, telling unidirectional from bidirectional vertex pairs.
 */
package io.eddy.gelly.library.metric.directed;
