package io.eddy.runtime.rpc;

/**
 * Who made a call: the principal it authenticated as (e.g. {@code "cluster"} or {@code "job:<id>"})
 * and the peer's address, for handlers that decide what a principal may do and for logs.
 */
public record RpcCaller(String principal, String remoteAddress) {}
