/**
 * Vertex similarity from shared neighbours in undirected graphs: {@link io.eddy.gelly.library.similarity.JaccardIndex}
 * and {@link io.eddy.gelly.library.similarity.AdamicAdar}. Both enumerate the pairs of neighbours of
 * every vertex, spreading the pairs of a high-degree vertex over several groups of bounded size.
 */
package io.eddy.gelly.library.similarity;
