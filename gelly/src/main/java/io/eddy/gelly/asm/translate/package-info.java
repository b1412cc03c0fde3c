/**
 * Translation of a graph's vertex ids, vertex values or edge values by a {@link io.eddy.gelly.asm.translate.TranslateFunction},
 * as in Flink 1.17 Gelly: the utilities in {@link io.eddy.gelly.asm.translate.Translate}, the graph algorithms
 * TranslateGraphIds, TranslateVertexValues and TranslateEdgeValues, and the graph methods
 * {@code translateGraphIds}, {@code translateVertexValues} and {@code translateEdgeValues}.
 */
package io.eddy.gelly.asm.translate;
