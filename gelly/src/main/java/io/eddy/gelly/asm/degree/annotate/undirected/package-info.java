/**
 * Degree annotations of undirected graphs, whose edges Gelly stores in both directions: a vertex's
 * degree is its number of out-edges.
 */
package io.eddy.gelly.asm.degree.annotate.undirected;
