/**
 * Gelly, the graph API: graphs as DataSets of vertices and edges, the vertex-centric,
 * scatter-gather and gather-sum-apply models and the algorithm library. Built only on the public
 * DataSet API and its iterations; nothing here touches the runtime directly. Arrives with the
 * Gelly issue.
 */
package io.eddy.gelly;
