/**
 * The control plane between the JobManager and its TaskExecutors: unary remote calls on gRPC.
 *
 * <p>Why gRPC: it is maintained and widely deployed, multiplexes many concurrent calls over one
 * HTTP/2 connection (so a call that blocks for a long time, such as a superstep barrier waiting for
 * every task, holds back nothing else), and brings deadlines, cancellation and TLS. There is no
 * protoc step: a method is declared in Java as an {@link io.eddy.runtime.rpc.RpcMethod} whose
 * request and response are serializable records, and user objects only ever travel inside them as
 * bytes, so a schema language would add a build step without adding safety.
 *
 * <p>Every call proves a principal's shared secret (an HMAC in its headers, checked before the
 * request is read), and requests and responses are read through a class filter that admits only
 * JDK value types and {@code io.eddy} classes. What must not live here: what the calls mean (job
 * submission, deployment, barriers belong to their coordinators) and the data plane
 * ({@code io.eddy.runtime.network}).
 */
package io.eddy.runtime.rpc;
