package io.eddy.runtime.rpc;

/**
 * Serves one {@link RpcMethod} on an {@link RpcServer}. Runs on one of the server's handler threads
 * and may block (a barrier may wait until every task reported); an exception it throws reaches the
 * caller as an {@link RpcException} of kind {@code REMOTE_FAILURE}.
 */
@FunctionalInterface
public interface RpcHandler<Q, R> {

    R handle(Q request, RpcCaller caller) throws Exception;
}
