/**
 * The {@code eddy graph} command ({@link io.eddy.gelly.command.GraphCommand}): runs a graph
 * algorithm on files without writing Java. It covers the six LDBC Graphalytics algorithms on the
 * benchmark's formats ({@link io.eddy.gelly.library.graphalytics}) and the algorithms and analytics
 * of Gelly's library ({@code LibraryAlgorithm}) on text edge lists: {@code source target [weight]}
 * lines separated by commas, tabs, semicolons or spaces, with integer or string ids, read as a
 * directed or an undirected graph. Results go to a directory of part files, one line per vertex,
 * triangle or pair; analytics print {@code name: value} lines.
 *
 * <p>The distribution's command line dispatches {@code eddy graph} here; it lives in Gelly so that
 * this module's tests run it against the library's Java API.
 */
package io.eddy.gelly.command;
