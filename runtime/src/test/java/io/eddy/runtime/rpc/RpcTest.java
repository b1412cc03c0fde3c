package io.eddy.runtime.rpc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.CallOptions;
import io.grpc.ClientInterceptors;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.MetadataUtils;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calls over loopback: records go and come back; a handler may block until another call arrives;
 * wrong secrets, unknown principals and replayed tokens are refused before the request is read;
 * a handler's exception arrives as text; a closed server is unavailable; a class outside the
 * allowed packages is refused; TLS works and a plaintext client cannot talk to a TLS server. After
 * every test, no RPC or gRPC thread it started is left.
 */
@Timeout(60)
class RpcTest {

    record Greeting(String text) implements Serializable {}

    record Reply(String text, String principal) implements Serializable {}

    record Holder(Object value) implements Serializable {}

    /** Notices being deserialized, to prove a refused request was never read. */
    static final class Tripwire implements Serializable {
        private static final long serialVersionUID = 1L;
        static final AtomicBoolean READ = new AtomicBoolean();

        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            in.defaultReadObject();
            READ.set(true);
        }
    }

    private static final RpcMethod<Greeting, Reply> ECHO = RpcMethod.of("test", "echo", Greeting.class, Reply.class);
    private static final RpcMethod<Greeting, Integer> ARRIVE = RpcMethod.of("test", "arrive", Greeting.class, Integer.class);
    private static final RpcMethod<Greeting, Reply> BOOM = RpcMethod.of("test", "boom", Greeting.class, Reply.class);
    private static final RpcMethod<Tripwire, String> TRIP = RpcMethod.of("test", "trip", Tripwire.class, String.class);
    private static final RpcMethod<Holder, String> HOLD = RpcMethod.of("test", "hold", Holder.class, String.class);
    private static final RpcMethod<Greeting, Reply> MISSING = RpcMethod.of("test", "missing", Greeting.class, Reply.class);

    private static final byte[] CLUSTER_SECRET = "the cluster's secret, 32 bytes!!".getBytes(StandardCharsets.UTF_8);
    private static final byte[] JOB_SECRET = "a job's own secret of 32 bytes..".getBytes(StandardCharsets.UTF_8);
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final Map<String, byte[]> secrets = Map.of("cluster", CLUSTER_SECRET, "job:1", JOB_SECRET);
    private final AtomicInteger handled = new AtomicInteger();
    private final CountDownLatch barrier = new CountDownLatch(2);
    private final List<AutoCloseable> toClose = new ArrayList<>();
    private Set<Thread> threadsBefore;

    @BeforeEach
    void rememberThreads() {
        threadsBefore = rpcThreads();
        Tripwire.READ.set(false);
    }

    @AfterEach
    void closeAndCheckThreads() throws Exception {
        for (int i = toClose.size() - 1; i >= 0; i--) {
            toClose.get(i).close();
        }
        // gRPC releases its shared event loops and timer a second after their last user.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        Set<Thread> left = leftThreads();
        while (!left.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            left = leftThreads();
        }
        List<String> names = left.stream().map(Thread::getName).collect(Collectors.toList());
        assertTrue(names.isEmpty(), () -> "threads left after close: " + names);
    }

    private Set<Thread> leftThreads() {
        Set<Thread> now = rpcThreads();
        now.removeAll(threadsBefore);
        return now;
    }

    private static Set<Thread> rpcThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && (t.getName().startsWith("eddy rpc") || t.getName().startsWith("grpc")))
                .collect(Collectors.toSet());
    }

    private RpcServer startServer(RpcSecurity security) throws IOException {
        RpcServer server = RpcServer.builder("127.0.0.1", 0, security)
                .handle(ECHO, (request, caller) -> {
                    handled.incrementAndGet();
                    return new Reply(request.text(), caller.principal());
                })
                .handle(ARRIVE, (request, caller) -> {
                    handled.incrementAndGet();
                    barrier.countDown();
                    assertTrue(barrier.await(20, TimeUnit.SECONDS));
                    return (int) barrier.getCount();
                })
                .handle(BOOM, (request, caller) -> {
                    handled.incrementAndGet();
                    throw new IllegalStateException("boom: " + request.text());
                })
                .handle(TRIP, (request, caller) -> {
                    handled.incrementAndGet();
                    return "tripped";
                })
                .handle(HOLD, (request, caller) -> {
                    handled.incrementAndGet();
                    return String.valueOf(request.value());
                })
                .start();
        toClose.add(server);
        return server;
    }

    private RpcServer startServer() throws IOException {
        return startServer(RpcSecurity.of(secrets::get));
    }

    private RpcClient client(RpcServer server, String principal, byte[] secret) {
        RpcClient client = new RpcClient("127.0.0.1", server.port(), principal, secret, null);
        toClose.add(client);
        return client;
    }

    @Test
    void recordsMakeTheRoundTripAndTheHandlerSeesThePrincipal() throws Exception {
        RpcServer server = startServer();
        RpcClient cluster = client(server, "cluster", CLUSTER_SECRET);
        RpcClient job = client(server, "job:1", JOB_SECRET);

        assertEquals(new Reply("hello", "cluster"), cluster.call(ECHO, new Greeting("hello"), TIMEOUT));
        assertEquals(new Reply("bonjour", "job:1"), job.callAsync(ECHO, new Greeting("bonjour")).get(20, TimeUnit.SECONDS));
        assertEquals("tripped", cluster.call(TRIP, new Tripwire(), TIMEOUT));
        assertTrue(Tripwire.READ.get(), "an accepted request is read");
        assertTrue(server.port() > 0);
    }

    @Test
    void aHandlerMayBlockUntilAnotherCallArrives() throws Exception {
        RpcServer server = startServer();
        RpcClient client = client(server, "cluster", CLUSTER_SECRET);

        CompletableFuture<Integer> first = client.callAsync(ARRIVE, new Greeting("task 0"), TIMEOUT);
        Thread.sleep(200);
        assertFalse(first.isDone(), "the first arrival waits for the second");
        assertEquals(0, client.call(ARRIVE, new Greeting("task 1"), TIMEOUT));
        assertEquals(0, first.get(20, TimeUnit.SECONDS));
    }

    @Test
    void aWrongSecretIsRefusedBeforeTheRequestIsRead() throws Exception {
        RpcServer server = startServer();
        RpcClient impostor = client(server, "cluster", JOB_SECRET);

        RpcException refused = assertThrows(RpcException.class, () -> impostor.call(TRIP, new Tripwire(), TIMEOUT));
        assertEquals(RpcException.Kind.UNAUTHENTICATED, refused.kind());
        ExecutionException async = assertThrows(ExecutionException.class,
                () -> impostor.callAsync(ECHO, new Greeting("x")).get(20, TimeUnit.SECONDS));
        assertEquals(RpcException.Kind.UNAUTHENTICATED, ((RpcException) async.getCause()).kind());
        assertEquals(0, handled.get());
        assertFalse(Tripwire.READ.get(), "the refused request was deserialized");
    }

    @Test
    void anUnknownPrincipalIsRefused() throws Exception {
        RpcServer server = startServer();
        RpcClient stranger = client(server, "job:2", JOB_SECRET);

        RpcException refused = assertThrows(RpcException.class, () -> stranger.call(TRIP, new Tripwire(), TIMEOUT));
        assertEquals(RpcException.Kind.UNAUTHENTICATED, refused.kind());
        assertEquals(0, handled.get());
        assertFalse(Tripwire.READ.get());
    }

    @Test
    void aSecretShorterThan16BytesIsRefusedOnBothSides() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> new RpcClient("127.0.0.1", 1, "cluster", new byte[15], null));
        byte[] shortSecret = "fifteen bytes!!".getBytes(StandardCharsets.UTF_8);
        RpcServer server = startServer(RpcSecurity.of(principal -> shortSecret));
        // The client's secret starts with the server's: only the length makes the difference.
        byte[] padded = "fifteen bytes!!!".getBytes(StandardCharsets.UTF_8);
        RpcException refused = assertThrows(RpcException.class,
                () -> client(server, "cluster", padded).call(ECHO, new Greeting("x"), TIMEOUT));
        assertEquals(RpcException.Kind.UNAUTHENTICATED, refused.kind());
        assertEquals(0, handled.get());
    }

    /** Sends the same headers twice over a raw gRPC channel, as an eavesdropper replaying a call would. */
    @Test
    void aReplayedTokenIsRefused() throws Exception {
        RpcServer server = startServer();
        Metadata captured = new Metadata();
        captured.put(RpcAuthentication.PRINCIPAL_HEADER, "cluster");
        captured.put(RpcAuthentication.TOKEN_HEADER,
                RpcAuthentication.token(CLUSTER_SECRET, ECHO.fullName(), "cluster", System.currentTimeMillis(), new byte[16]));
        ManagedChannel raw = NettyChannelBuilder.forAddress("127.0.0.1", server.port()).usePlaintext().build();
        toClose.add(() -> {
            raw.shutdownNow();
            raw.awaitTermination(5, TimeUnit.SECONDS);
        });
        io.grpc.Channel replaying = ClientInterceptors.intercept(raw, MetadataUtils.newAttachHeadersInterceptor(captured));
        byte[] request = RpcSerialization.encode(new Greeting("once"));

        byte[] first = ClientCalls.blockingUnaryCall(replaying, ECHO.descriptor(), CallOptions.DEFAULT, request);
        assertEquals(new Reply("once", "cluster"), RpcSerialization.decode(first, Reply.class));
        StatusRuntimeException replayed = assertThrows(StatusRuntimeException.class,
                () -> ClientCalls.blockingUnaryCall(replaying, ECHO.descriptor(), CallOptions.DEFAULT, request));
        assertEquals(RpcException.Kind.UNAUTHENTICATED, RpcException.from(ECHO.fullName(), replayed).kind());
        assertEquals(1, handled.get());
    }

    @Test
    void theVerifierChecksMethodPrincipalMacAndTime() {
        RpcAuthentication.Verifier verifier = new RpcAuthentication.Verifier(secrets::get);
        long now = System.currentTimeMillis();
        byte[] nonce = new byte[16];
        nonce[0] = 1;
        String token = RpcAuthentication.token(CLUSTER_SECRET, ECHO.fullName(), "cluster", now, nonce);

        assertEquals("wrong MAC", verifier.verify(BOOM.fullName(), "cluster", token, now), "a token is bound to its method");
        assertEquals("wrong MAC", verifier.verify(ECHO.fullName(), "job:1", token, now), "and to its principal");
        char[] tampered = token.toCharArray();
        tampered[20] = tampered[20] == 'A' ? 'B' : 'A';
        assertEquals("wrong MAC", verifier.verify(ECHO.fullName(), "cluster", new String(tampered), now));
        assertEquals("malformed token", verifier.verify(ECHO.fullName(), "cluster", "not a token", now));
        assertEquals("unknown principal", verifier.verify(ECHO.fullName(), "nobody", token, now));
        assertEquals("no credentials", verifier.verify(ECHO.fullName(), null, null, now));
        long late = now + RpcAuthentication.MAX_CLOCK_SKEW_MILLIS + 1;
        assertTrue(verifier.verify(ECHO.fullName(), "cluster", token, late).startsWith("timestamp"));

        assertNull(verifier.verify(ECHO.fullName(), "cluster", token, now));
        assertEquals("replayed token", verifier.verify(ECHO.fullName(), "cluster", token, now + 1000));
        // Past the window the timestamp alone refuses it, so its nonce may be forgotten.
        assertTrue(verifier.verify(ECHO.fullName(), "cluster", token, now + 3 * RpcAuthentication.MAX_CLOCK_SKEW_MILLIS).startsWith("timestamp"));
    }

    @Test
    void aHandlersExceptionArrivesAsText() throws Exception {
        RpcServer server = startServer();
        RpcClient client = client(server, "cluster", CLUSTER_SECRET);

        RpcException failure = assertThrows(RpcException.class, () -> client.call(BOOM, new Greeting("ü"), TIMEOUT));
        assertEquals(RpcException.Kind.REMOTE_FAILURE, failure.kind());
        assertEquals("java.lang.IllegalStateException", failure.remoteClassName());
        assertEquals("boom: ü", failure.getMessage());
        assertTrue(failure.remoteStackTrace().contains("IllegalStateException: boom"), failure.remoteStackTrace());
        assertTrue(failure.remoteStackTrace().contains("RpcTest"), failure.remoteStackTrace());
        assertEquals(BOOM.fullName(), failure.method());

        RpcException missing = assertThrows(RpcException.class, () -> client.call(MISSING, new Greeting("x"), TIMEOUT));
        assertEquals(RpcException.Kind.UNIMPLEMENTED, missing.kind());
        assertNull(missing.remoteClassName());
    }

    @Test
    void aClosedServerIsUnavailable() throws Exception {
        RpcServer server = startServer();
        RpcClient client = client(server, "cluster", CLUSTER_SECRET);
        assertNotNull(client.call(ECHO, new Greeting("before"), TIMEOUT));

        // A call blocked in its handler when the server closes fails rather than hanging.
        CompletableFuture<Integer> waiting = client.callAsync(ARRIVE, new Greeting("alone"));
        Thread.sleep(200);
        server.close();
        ExecutionException lost = assertThrows(ExecutionException.class, () -> waiting.get(20, TimeUnit.SECONDS));
        assertEquals(RpcException.Kind.UNAVAILABLE, ((RpcException) lost.getCause()).kind());

        RpcException refused = assertThrows(RpcException.class, () -> client.call(ECHO, new Greeting("after"), TIMEOUT));
        assertEquals(RpcException.Kind.UNAVAILABLE, refused.kind());
    }

    @Test
    void aShortTimeoutExpires() throws Exception {
        RpcServer server = startServer();
        RpcClient client = client(server, "cluster", CLUSTER_SECRET);
        RpcException late = assertThrows(RpcException.class, () -> client.call(ARRIVE, new Greeting("alone"), Duration.ofMillis(200)));
        assertEquals(RpcException.Kind.DEADLINE_EXCEEDED, late.kind());
        barrier.countDown();
    }

    @Test
    void aClassOutsideTheAllowedPackagesIsRefused() throws Exception {
        RpcServer server = startServer();
        RpcClient client = client(server, "cluster", CLUSTER_SECRET);

        assertEquals("[1, 2]", client.call(HOLD, new Holder(List.of(1, 2)), TIMEOUT));
        RpcException refused = assertThrows(RpcException.class,
                () -> client.call(HOLD, new Holder(new java.awt.Point(1, 2)), TIMEOUT));
        assertEquals(RpcException.Kind.REJECTED_MESSAGE, refused.kind());
        assertEquals(1, handled.get());
    }

    @Test
    void theFilterAdmitsValuesAndRefusesCode() throws Exception {
        Map<String, Object> values = new HashMap<>();
        values.put("when", Instant.ofEpochSecond(42));
        values.put("where", URI.create("hdfs://namenode:8020/jobs"));
        values.put("jar", new byte[3 * 1024 * 1024]);
        values.put("lists", List.of(new long[] {1, 2}, new String[] {"a"}));
        Holder holder = new Holder(values);
        Holder read = RpcSerialization.decode(RpcSerialization.encode(holder), Holder.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> readValues = (Map<String, Object>) read.value();
        assertEquals(values.get("where"), readValues.get("where"));
        assertArrayEquals((byte[]) values.get("jar"), (byte[]) readValues.get("jar"));

        Runnable lambda = (Runnable & Serializable) () -> { };
        assertThrows(IOException.class, () -> RpcSerialization.decode(RpcSerialization.encode(new Holder(lambda)), Holder.class));
        assertThrows(IOException.class, () -> RpcSerialization.decode(RpcSerialization.encode(new Greeting("x")), Reply.class));
    }

    @Test
    void tlsRoundTripAndAPlaintextClientFails(@TempDir Path dir) throws Exception {
        Path keyStore = dir.resolve("ks.p12");
        keytool("-genkeypair", "-alias", "eddy", "-keyalg", "RSA", "-keysize", "2048", "-storetype", "PKCS12",
                "-keystore", keyStore.toString(), "-storepass", "changeit", "-dname", "CN=localhost",
                "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2");
        char[] password = "changeit".toCharArray();
        RpcServer server = startServer(new RpcSecurity(secrets::get, new RpcSecurity.Tls(keyStore, password, null, null)));

        RpcClient tls = new RpcClient("localhost", server.port(), "cluster", CLUSTER_SECRET,
                new RpcSecurity.Tls(null, null, keyStore, password));
        toClose.add(tls);
        assertEquals(new Reply("private", "cluster"), tls.call(ECHO, new Greeting("private"), TIMEOUT));

        RpcException plaintext = assertThrows(RpcException.class,
                () -> client(server, "cluster", CLUSTER_SECRET).call(ECHO, new Greeting("open"), Duration.ofSeconds(5)));
        assertEquals(RpcException.Kind.UNAVAILABLE, plaintext.kind());
        assertEquals(1, handled.get());
    }

    private static void keytool(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "keytool did not finish");
        assertEquals(0, process.exitValue(), output);
    }
}
