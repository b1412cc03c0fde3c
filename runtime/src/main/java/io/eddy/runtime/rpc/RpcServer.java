package io.eddy.runtime.rpc;

import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.ServerServiceDefinition;
import io.grpc.Status;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.ServerCalls;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.io.Serializable;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves {@link RpcMethod}s on one host and port. Handlers run on a cached pool of daemon threads
 * named {@code "eddy rpc <n>"}, one per running call, so a handler may block (a superstep barrier
 * waits until every task reported) without holding back other calls. Every call is authenticated
 * against {@link RpcSecurity} before its request is read.
 */
public final class RpcServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RpcServer.class);

    private static final long CLOSE_WAIT_SECONDS = 5;

    private final Server server;
    private final ExecutorService handlerThreads;
    private final Set<PendingAnswer> pending;
    private final String host;

    private RpcServer(Server server, ExecutorService handlerThreads, Set<PendingAnswer> pending, String host) {
        this.server = server;
        this.handlerThreads = handlerThreads;
        this.pending = pending;
        this.host = host;
    }

    /** A server for {@code bindHost:port}; port 0 picks a free port (see {@link #port()}). */
    public static Builder builder(String bindHost, int port, RpcSecurity security) {
        return new Builder(bindHost, port, security);
    }

    /** The port the server listens on. */
    public int port() {
        return server.getPort();
    }

    /** The host the server was bound to, as given. */
    public String host() {
        return host;
    }

    /** Stops accepting calls, cancels the running ones (interrupting their handlers) and waits briefly for both. */
    @Override
    public void close() {
        server.shutdown();
        // A caller blocked in a handler (a barrier) learns that the server went away, as it would if
        // the process died; without this, gRPC would report its call as cancelled.
        for (PendingAnswer answer : pending) {
            answer.fail(Status.UNAVAILABLE.withDescription("the RPC server is closing").asRuntimeException());
        }
        server.shutdownNow();
        try {
            boolean stopped = server.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
            handlerThreads.shutdownNow();
            stopped &= handlerThreads.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
            if (!stopped) {
                LOG.warn("RPC server on {}:{} did not stop within {} s", host, server.getPort(), CLOSE_WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            handlerThreads.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** Collects the handled methods, then binds. */
    public static final class Builder {

        private final String bindHost;
        private final int port;
        private final RpcSecurity security;
        private final Map<String, ServerServiceDefinition.Builder> services = new LinkedHashMap<>();
        private final Set<PendingAnswer> pending = ConcurrentHashMap.newKeySet();

        private Builder(String bindHost, int port, RpcSecurity security) {
            this.bindHost = Objects.requireNonNull(bindHost, "bindHost");
            this.port = port;
            this.security = Objects.requireNonNull(security, "security");
        }

        public <Q extends Serializable, R extends Serializable> Builder handle(RpcMethod<Q, R> method, RpcHandler<Q, R> handler) {
            Objects.requireNonNull(handler, "handler");
            services.computeIfAbsent(method.service(), ServerServiceDefinition::builder)
                    .addMethod(method.descriptor(), ServerCalls.asyncUnaryCall((request, response) -> serve(method, handler, request, new PendingAnswer(response, pending))));
            return this;
        }

        public RpcServer start() throws IOException {
            AtomicInteger threadCount = new AtomicInteger();
            ThreadFactory threads = runnable -> {
                Thread thread = new Thread(runnable, "eddy rpc " + threadCount.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            };
            ExecutorService handlerThreads = Executors.newCachedThreadPool(threads);
            RpcAuthentication.ServerAuthInterceptor authentication =
                    new RpcAuthentication.ServerAuthInterceptor(new RpcAuthentication.Verifier(security.secrets()));
            try {
                NettyServerBuilder builder = NettyServerBuilder.forAddress(new InetSocketAddress(bindHost, port))
                        .executor(handlerThreads)
                        .maxInboundMessageSize(RpcSerialization.MAX_MESSAGE_BYTES)
                        // Clients ping every 30 s to notice a lost server during a long blocking call.
                        .permitKeepAliveTime(20, TimeUnit.SECONDS)
                        .keepAliveTime(60, TimeUnit.SECONDS)
                        .keepAliveTimeout(20, TimeUnit.SECONDS);
                if (security.tls() != null) {
                    builder.sslContext(TlsContexts.server(security.tls()));
                }
                List<String> names = new ArrayList<>();
                for (ServerServiceDefinition.Builder service : services.values()) {
                    ServerServiceDefinition definition = service.build();
                    names.add(definition.getServiceDescriptor().getName());
                    builder.addService(ServerInterceptors.intercept(definition, authentication));
                }
                Server server = builder.build().start();
                LOG.info("RPC server listening on {}:{} ({}) for {}", bindHost, server.getPort(),
                        security.tls() == null ? "plaintext" : "TLS", names);
                return new RpcServer(server, handlerThreads, pending, bindHost);
            } catch (IOException | RuntimeException e) {
                handlerThreads.shutdownNow();
                throw e;
            }
        }

        private static <Q extends Serializable, R extends Serializable> void serve(
                RpcMethod<Q, R> method, RpcHandler<Q, R> handler, byte[] requestBytes, PendingAnswer response) {
            RpcCaller caller = RpcAuthentication.CALLER.get();
            if (caller == null) {
                response.fail(Status.UNAUTHENTICATED.withDescription("authentication failed").asRuntimeException());
                return;
            }
            Q request;
            try {
                request = RpcSerialization.decode(requestBytes, method.requestType());
            } catch (IOException e) {
                LOG.warn("Refused the request of RPC {} from {}: {}", method.fullName(), caller, e.toString());
                response.fail(Status.INVALID_ARGUMENT.withDescription("request refused: " + e).asRuntimeException());
                return;
            }
            byte[] result;
            try {
                result = RpcSerialization.encode(handler.handle(request, caller));
            } catch (Throwable t) {
                if (t instanceof Error) {
                    LOG.error("RPC {} from {} failed", method.fullName(), caller, t);
                } else {
                    LOG.debug("RPC {} from {} failed", method.fullName(), caller, t);
                }
                response.fail(RpcException.handlerFailure(t));
                return;
            }
            response.complete(result);
        }
    }

    /** A running call's answer, given once: by its handler, or by {@link #close()} if the server stops first. */
    private static final class PendingAnswer {

        private final StreamObserver<byte[]> response;
        private final Set<PendingAnswer> pending;
        private final AtomicBoolean given = new AtomicBoolean();

        PendingAnswer(StreamObserver<byte[]> response, Set<PendingAnswer> pending) {
            this.response = response;
            this.pending = pending;
            pending.add(this);
        }

        void complete(byte[] result) {
            if (give()) {
                response.onNext(result);
                response.onCompleted();
            }
        }

        void fail(Throwable failure) {
            if (give()) {
                response.onError(failure);
            }
        }

        private boolean give() {
            pending.remove(this);
            return given.compareAndSet(false, true);
        }
    }
}
