package io.eddy.runtime.rpc;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptors;
import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls one {@link RpcServer} over one channel (one HTTP/2 connection, reconnected when lost), every
 * call authenticated as one principal. Thread-safe: concurrent calls, blocking ones included, share
 * the connection.
 */
public final class RpcClient implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RpcClient.class);

    private static final AtomicInteger THREAD_COUNT = new AtomicInteger();
    private static final long CLOSE_WAIT_SECONDS = 5;
    /** Room for a remote failure's message and stack trace in the trailers. */
    private static final int MAX_INBOUND_METADATA_BYTES = 64 * 1024;

    private final String target;
    private final ManagedChannel managedChannel;
    private final Channel channel;
    private final ExecutorService callbackThreads;

    /**
     * A client of {@code host:port} authenticating as {@code principal} with {@code secret} (at least
     * {@link RpcSecurity#MIN_SECRET_BYTES} bytes); {@code tls} null means plaintext. Connects lazily.
     */
    public RpcClient(String host, int port, String principal, byte[] secret, RpcSecurity.Tls tls) {
        Objects.requireNonNull(host, "host");
        RpcSecurity.checkSecret(secret);
        if (principal == null || principal.isEmpty() || !principal.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException("an RPC principal must be non-empty printable ASCII without spaces: " + principal);
        }
        this.target = host + ":" + port;
        // Responses and callbacks of callAsync run here, not on the connection's event loop.
        this.callbackThreads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "eddy rpc client " + THREAD_COUNT.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        NettyChannelBuilder builder = NettyChannelBuilder.forAddress(host, port)
                .executor(callbackThreads)
                .offloadExecutor(callbackThreads)
                .maxInboundMessageSize(RpcSerialization.MAX_MESSAGE_BYTES)
                .maxInboundMetadataSize(MAX_INBOUND_METADATA_BYTES)
                .keepAliveTime(30, TimeUnit.SECONDS)
                .keepAliveTimeout(20, TimeUnit.SECONDS);
        if (tls == null) {
            builder.usePlaintext();
        } else {
            try {
                builder.sslContext(TlsContexts.client(tls));
            } catch (IOException e) {
                callbackThreads.shutdownNow();
                throw new UncheckedIOException(e);
            }
        }
        this.managedChannel = builder.build();
        this.channel = ClientInterceptors.intercept(managedChannel, new RpcAuthentication.ClientAuthInterceptor(principal, secret));
    }

    /** Calls and waits for the answer at most {@code timeout}; an interrupt cancels the call. */
    public <Q extends Serializable, R extends Serializable> R call(RpcMethod<Q, R> method, Q request, Duration timeout) throws RpcException {
        byte[] requestBytes = encode(method, request);
        byte[] responseBytes;
        try {
            responseBytes = ClientCalls.blockingUnaryCall(channel, method.descriptor(),
                    CallOptions.DEFAULT.withDeadlineAfter(timeout.toNanos(), TimeUnit.NANOSECONDS), requestBytes);
        } catch (RuntimeException e) {
            throw RpcException.from(method.fullName(), e);
        }
        return decode(method, responseBytes);
    }

    /**
     * Calls without a deadline: the future completes with the answer or with an {@link RpcException}
     * (when the server fails, goes away or this client closes). Cancelling the future cancels the call.
     */
    public <Q extends Serializable, R extends Serializable> CompletableFuture<R> callAsync(RpcMethod<Q, R> method, Q request) {
        return callAsync(method, request, CallOptions.DEFAULT);
    }

    /** As {@link #callAsync(RpcMethod, Serializable)}, failing with DEADLINE_EXCEEDED after {@code timeout}. */
    public <Q extends Serializable, R extends Serializable> CompletableFuture<R> callAsync(RpcMethod<Q, R> method, Q request, Duration timeout) {
        return callAsync(method, request, CallOptions.DEFAULT.withDeadlineAfter(timeout.toNanos(), TimeUnit.NANOSECONDS));
    }

    private <Q extends Serializable, R extends Serializable> CompletableFuture<R> callAsync(RpcMethod<Q, R> method, Q request, CallOptions options) {
        CompletableFuture<R> result = new CompletableFuture<>();
        byte[] requestBytes;
        try {
            requestBytes = encode(method, request);
        } catch (RpcException e) {
            result.completeExceptionally(e);
            return result;
        }
        ClientCall<byte[], byte[]> call = channel.newCall(method.descriptor(), options);
        ClientCalls.asyncUnaryCall(call, requestBytes, new StreamObserver<>() {
            private byte[] response;

            @Override
            public void onNext(byte[] value) {
                response = value;
            }

            @Override
            public void onError(Throwable failure) {
                result.completeExceptionally(RpcException.from(method.fullName(), failure));
            }

            @Override
            public void onCompleted() {
                try {
                    result.complete(decode(method, response));
                } catch (RpcException e) {
                    result.completeExceptionally(e);
                }
            }
        });
        result.whenComplete((value, failure) -> {
            if (result.isCancelled()) {
                call.cancel("cancelled by the caller", null);
            }
        });
        return result;
    }

    /** Closes the connection, failing calls still running, and waits briefly for its threads to end. */
    @Override
    public void close() {
        managedChannel.shutdownNow();
        try {
            if (!managedChannel.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("RPC channel to {} did not terminate within {} s", target, CLOSE_WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // After the channel: it still hands its final call failures to these threads.
        callbackThreads.shutdown();
        try {
            callbackThreads.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "RpcClient(" + target + ")";
    }

    private static byte[] encode(RpcMethod<?, ?> method, Serializable request) throws RpcException {
        try {
            return RpcSerialization.encode(request);
        } catch (IOException e) {
            throw new RpcException(RpcException.Kind.REJECTED_MESSAGE, method.fullName(),
                    "cannot serialize the request of " + method.fullName() + ": " + e, e);
        }
    }

    private static <R extends Serializable> R decode(RpcMethod<?, R> method, byte[] response) throws RpcException {
        try {
            return RpcSerialization.decode(response, method.responseType());
        } catch (IOException e) {
            throw new RpcException(RpcException.Kind.REJECTED_MESSAGE, method.fullName(),
                    "refused the response of " + method.fullName() + ": " + e, e);
        }
    }
}
