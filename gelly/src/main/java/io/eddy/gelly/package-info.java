/**
 * Gelly, the graph API: a {@link io.eddy.gelly.Graph} is a DataSet of {@link io.eddy.gelly.Vertex}
 * and a DataSet of {@link io.eddy.gelly.Edge}, with Flink 1.17 Gelly's transformations, mutations,
 * degrees, joins and neighborhood reductions. Built only on the public DataSet API; nothing here
 * touches the runtime directly. The iteration models, the algorithm library and the generators
 * come later.
 */
package io.eddy.gelly;
