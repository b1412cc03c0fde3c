/**
 * Clustering: k-means as a bulk iteration whose partial solution, the centroids, is broadcast to
 * the map over the points every superstep; plus the generated points and a plain-Java Lloyd's
 * algorithm the tests compare it with. Only the public DataSet API.
 */
package io.eddy.examples.clustering;
