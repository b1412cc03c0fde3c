/**
 * Link analysis of directed graphs by bulk iteration: {@link io.eddy.gelly.library.linkanalysis.PageRank}
 * and {@link io.eddy.gelly.library.linkanalysis.HITS}, each stopping after a number of iterations or
 * once the total change in scores falls below a threshold, whichever comes first.
 */
package io.eddy.gelly.library.linkanalysis;
