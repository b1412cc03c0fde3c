package io.eddy.runtime.rpc;

import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContext;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContextBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.TrustManagerFactory;

/** Builds the (shaded) Netty TLS contexts of {@link RpcServer} and {@link RpcClient} from PKCS12 stores. */
final class TlsContexts {

    private TlsContexts() {}

    static SslContext server(RpcSecurity.Tls tls) throws IOException {
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(load(tls.keyStore(), tls.keyStorePassword()), tls.keyStorePassword());
            return GrpcSslContexts.configure(SslContextBuilder.forServer(keys)).build();
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot use the key store " + tls.keyStore() + " for TLS", e);
        }
    }

    static SslContext client(RpcSecurity.Tls tls) throws IOException {
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(load(tls.trustStore(), tls.trustStorePassword()));
            return GrpcSslContexts.forClient().trustManager(trust).build();
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot use the trust store " + tls.trustStore() + " for TLS", e);
        }
    }

    private static KeyStore load(Path path, char[] password) throws IOException, GeneralSecurityException {
        if (path == null) {
            throw new IOException("TLS is on but a store is missing");
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(path)) {
            store.load(in, password);
        }
        return store;
    }
}
