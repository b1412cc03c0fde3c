package io.eddy.runtime.network;

import io.eddy.runtime.rpc.RpcSecurity;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * TLS for the data plane, from the same PKCS12 stores as the control plane's
 * ({@link RpcSecurity.Tls}): a partition server presents the key store's certificate, consumers trust
 * the trust store's. Consumers are authenticated by the job's secret, not by certificates.
 */
public final class DataPlaneTls {

    private DataPlaneTls() {}

    /** The partition server's side. */
    public static SslContext server(RpcSecurity.Tls tls) throws IOException {
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(load(tls.keyStore(), tls.keyStorePassword()), tls.keyStorePassword());
            return SslContextBuilder.forServer(keys).build();
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot use the key store " + tls.keyStore() + ": " + e.getMessage(), e);
        }
    }

    /** A consumer's side. */
    public static SslContext client(RpcSecurity.Tls tls) throws IOException {
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(load(tls.trustStore(), tls.trustStorePassword()));
            return SslContextBuilder.forClient().trustManager(trust).build();
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot use the trust store " + tls.trustStore() + ": " + e.getMessage(), e);
        }
    }

    private static KeyStore load(Path path, char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(path)) {
            store.load(in, password);
        }
        return store;
    }
}
