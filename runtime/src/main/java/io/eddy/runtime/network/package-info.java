/**
 * The data plane between processes: exchanges whose producer and consumer run in different
 * TaskExecutors. A {@link io.eddy.runtime.network.PartitionServer} serves the subpartitions its
 * process registered; a {@link io.eddy.runtime.network.RemoteInputChannel} requests one and reads it
 * as a local channel would. Flow control is credit-based, as in Flink: the receiver grants one credit
 * per buffer it has room for, the sender sends only against credit, and a buffer the consumer has
 * finished with returns its credit, so a slow consumer stops a fast producer with bounded memory on
 * both sides. Every request proves the job's secret (an HMAC over a nonce the server sent), so a
 * peer that does not know it is refused before any record moves.
 *
 * <p>What must not live here: scheduling, the control plane (which channel connects to which
 * address is decided by the job's deployment), and anything that knows user code or the DataSet
 * API.
 */
package io.eddy.runtime.network;
