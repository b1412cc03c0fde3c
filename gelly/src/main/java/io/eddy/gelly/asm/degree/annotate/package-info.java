/**
 * Annotating vertices and edges with degrees, the first step of most graph metrics and of
 * degree-ordered triangle listing. The {@code directed} and {@code undirected} sub-packages hold the
 * algorithms; this package the functions both use.
 */
package io.eddy.gelly.asm.degree.annotate;
