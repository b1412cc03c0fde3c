package io.eddy.runtime.rpc;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;

/**
 * What an {@link RpcServer} accepts: a resolver from principal to its shared secret ({@code null}
 * for an unknown principal, whose calls are refused) and optional TLS. The secrets authenticate
 * callers; TLS, when on, keeps the traffic private and proves the server to its clients.
 */
public record RpcSecurity(Function<String, byte[]> secrets, Tls tls) {

    /** Secrets shorter than this are refused: an HMAC key of a few bytes can be guessed offline. */
    public static final int MIN_SECRET_BYTES = 16;

    public RpcSecurity {
        Objects.requireNonNull(secrets, "secrets");
    }

    /** Authenticated calls over plaintext. */
    public static RpcSecurity of(Function<String, byte[]> secrets) {
        return new RpcSecurity(secrets, null);
    }

    static void checkSecret(byte[] secret) {
        if (secret == null || secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("an RPC secret needs at least " + MIN_SECRET_BYTES + " bytes");
        }
    }

    /**
     * TLS material as PKCS12 stores. A server presents the key store's key and certificate; a client
     * trusts the certificates of the trust store (a key store's own certificate counts, so one
     * cluster-wide store can serve both roles). Clients are authenticated by their secrets, not by
     * certificates, so a server ignores the trust store and a client the key store.
     */
    public record Tls(Path keyStore, char[] keyStorePassword, Path trustStore, char[] trustStorePassword) {}
}
