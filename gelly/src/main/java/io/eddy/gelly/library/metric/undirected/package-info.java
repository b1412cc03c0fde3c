/**
 * Metrics of undirected graphs, whose edges Gelly stores in both directions (each counted once).
 */
package io.eddy.gelly.library.metric.undirected;
