/**
 * Degree annotations of directed graphs: out-degree, in-degree and the degree, the number of
 * distinct neighbours in either direction (so a pair of opposite edges counts once).
 */
package io.eddy.gelly.asm.degree.annotate.directed;
