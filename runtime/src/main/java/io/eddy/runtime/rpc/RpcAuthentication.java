package io.eddy.runtime.rpc;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.ForwardingClientCall;
import io.grpc.Grpc;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Per-call authentication by shared secret. Every call carries its principal and a token:
 * {@code base64(timestamp millis (8 bytes) | random nonce (16) | HMAC-SHA256(secret, method | principal
 * | timestamp | nonce))}. The MAC binds the token to one method, so a token seen on the wire cannot be
 * spent on another; the timestamp bounds how long it is worth anything, and remembering the nonces of
 * that window refuses a second use. The secret itself never crosses the wire.
 */
final class RpcAuthentication {

    private static final Logger LOG = LoggerFactory.getLogger(RpcAuthentication.class);

    static final Metadata.Key<String> PRINCIPAL_HEADER = Metadata.Key.of("eddy-principal", Metadata.ASCII_STRING_MARSHALLER);
    static final Metadata.Key<String> TOKEN_HEADER = Metadata.Key.of("eddy-auth", Metadata.ASCII_STRING_MARSHALLER);
    /** The authenticated caller, seen by the handler of the call. */
    static final Context.Key<RpcCaller> CALLER = Context.key("eddy-rpc-caller");

    static final long MAX_CLOCK_SKEW_MILLIS = 5 * 60 * 1000L;
    private static final int NONCE_BYTES = 16;
    private static final int MAC_BYTES = 32;
    private static final int TOKEN_BYTES = 8 + NONCE_BYTES + MAC_BYTES;
    /**
     * About 100 bytes each; a control plane makes a few calls per task and superstep, far below this
     * within ten minutes. When full, calls are refused rather than forgetting nonces early.
     */
    static final int MAX_REMEMBERED_NONCES = 200_000;

    private static final SecureRandom RANDOM = new SecureRandom();

    private RpcAuthentication() {}

    static String token(byte[] secret, String fullMethodName, String principal, long timestampMillis, byte[] nonce) {
        ByteBuffer token = ByteBuffer.allocate(TOKEN_BYTES);
        token.putLong(timestampMillis).put(nonce).put(mac(secret, fullMethodName, principal, timestampMillis, nonce));
        return Base64.getEncoder().encodeToString(token.array());
    }

    static String newToken(byte[] secret, String fullMethodName, String principal) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        return token(secret, fullMethodName, principal, System.currentTimeMillis(), nonce);
    }

    private static byte[] mac(byte[] secret, String fullMethodName, String principal, long timestampMillis, byte[] nonce) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            // A zero byte between the names: neither may contain one, so no two pairs give the same input.
            mac.update(fullMethodName.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(principal.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(ByteBuffer.allocate(8).putLong(0, timestampMillis));
            mac.update(nonce);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** Checks tokens on the server side and remembers the nonces of the accepted ones. */
    static final class Verifier {

        private final Function<String, byte[]> secrets;
        /** Nonce to the time it may be forgotten; insertion order is expiry order (see {@link #remember}). */
        private final LinkedHashMap<ByteBuffer, Long> seenNonces = new LinkedHashMap<>();

        Verifier(Function<String, byte[]> secrets) {
            this.secrets = secrets;
        }

        /** Returns why the call is refused, or null if it authenticated. */
        String verify(String fullMethodName, String principal, String token, long nowMillis) {
            if (principal == null || token == null) {
                return "no credentials";
            }
            byte[] secret;
            try {
                secret = secrets.apply(principal);
            } catch (RuntimeException e) {
                LOG.warn("Resolving the secret of RPC principal {} failed", principal, e);
                return "no secret";
            }
            if (secret == null) {
                return "unknown principal";
            }
            if (secret.length < RpcSecurity.MIN_SECRET_BYTES) {
                LOG.warn("The secret of RPC principal {} is shorter than {} bytes; its calls are refused", principal, RpcSecurity.MIN_SECRET_BYTES);
                return "secret too short";
            }
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(token);
            } catch (IllegalArgumentException e) {
                return "malformed token";
            }
            if (bytes.length != TOKEN_BYTES) {
                return "malformed token";
            }
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            long timestamp = buffer.getLong();
            byte[] nonce = new byte[NONCE_BYTES];
            buffer.get(nonce);
            byte[] presented = new byte[MAC_BYTES];
            buffer.get(presented);
            if (!MessageDigest.isEqual(presented, mac(secret, fullMethodName, principal, timestamp, nonce))) {
                return "wrong MAC";
            }
            if (Math.abs(nowMillis - timestamp) > MAX_CLOCK_SKEW_MILLIS) {
                return "timestamp outside the accepted window (clock skew?)";
            }
            return remember(nonce, nowMillis);
        }

        /**
         * A token is accepted while its timestamp is within the window of now, so its nonce must be
         * remembered until its timestamp plus the window, which is at most now plus twice the window.
         * Keeping every nonce for exactly twice the window from receipt is a little longer than needed
         * but makes expiry follow insertion order, so forgetting is a walk from the oldest entry.
         */
        private synchronized String remember(byte[] nonce, long nowMillis) {
            Iterator<Map.Entry<ByteBuffer, Long>> oldest = seenNonces.entrySet().iterator();
            while (oldest.hasNext() && oldest.next().getValue() < nowMillis) {
                oldest.remove();
            }
            ByteBuffer key = ByteBuffer.wrap(nonce);
            if (seenNonces.containsKey(key)) {
                return "replayed token";
            }
            if (seenNonces.size() >= MAX_REMEMBERED_NONCES) {
                return "too many calls to remember their nonces";
            }
            seenNonces.put(key, nowMillis + 2 * MAX_CLOCK_SKEW_MILLIS);
            return null;
        }
    }

    /**
     * Refuses an unauthenticated call before anything reads its request: the call is closed without
     * reaching the next handler, which is the only one that would ask the transport for the message.
     */
    static final class ServerAuthInterceptor implements ServerInterceptor {

        private final Verifier verifier;

        ServerAuthInterceptor(Verifier verifier) {
            this.verifier = verifier;
        }

        @Override
        public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
            String method = call.getMethodDescriptor().getFullMethodName();
            String principal = headers.get(PRINCIPAL_HEADER);
            String remote = String.valueOf(call.getAttributes().get(Grpc.TRANSPORT_ATTR_REMOTE_ADDR));
            String refusal = verifier.verify(method, principal, headers.get(TOKEN_HEADER), System.currentTimeMillis());
            if (refusal != null) {
                // The caller learns only that it was refused; the reason is for the server's operator.
                LOG.warn("Refused RPC {} from {} as principal {}: {}", method, remote, principal, refusal);
                call.close(Status.UNAUTHENTICATED.withDescription("authentication failed"), new Metadata());
                return new ServerCall.Listener<>() {};
            }
            Context context = Context.current().withValue(CALLER, new RpcCaller(principal, remote));
            return Contexts.interceptCall(context, call, headers, next);
        }
    }

    /** Adds the principal and a fresh token for the called method to every call of a channel. */
    static final class ClientAuthInterceptor implements ClientInterceptor {

        private final String principal;
        private final byte[] secret;

        ClientAuthInterceptor(String principal, byte[] secret) {
            this.principal = principal;
            this.secret = secret.clone();
        }

        @Override
        public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
            return new ForwardingClientCall.SimpleForwardingClientCall<>(next.newCall(method, options)) {
                @Override
                public void start(Listener<R> listener, Metadata headers) {
                    headers.put(PRINCIPAL_HEADER, principal);
                    headers.put(TOKEN_HEADER, newToken(secret, method.getFullMethodName(), principal));
                    super.start(listener, headers);
                }
            };
        }
    }
}
