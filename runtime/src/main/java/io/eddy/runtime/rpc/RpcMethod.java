package io.eddy.runtime.rpc;

import io.grpc.MethodDescriptor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * A remote unary method: a service and method name plus the request and response classes. Declared
 * once as a constant shared by the server that handles it and the clients that call it.
 */
public final class RpcMethod<Q extends Serializable, R extends Serializable> {

    /**
     * gRPC only moves bytes; (de)serialization happens in {@link RpcServer} and {@link RpcClient}
     * so that the server reads a request after authentication, on a handler thread, and can answer
     * a refused request with a proper status instead of a reset stream.
     */
    private static final MethodDescriptor.Marshaller<byte[]> BYTES = new MethodDescriptor.Marshaller<>() {
        @Override
        public InputStream stream(byte[] value) {
            return new ByteArrayInputStream(value);
        }

        @Override
        public byte[] parse(InputStream stream) {
            try {
                return stream.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    private final String service;
    private final String name;
    private final Class<Q> requestType;
    private final Class<R> responseType;
    private final MethodDescriptor<byte[], byte[]> descriptor;

    private RpcMethod(String service, String name, Class<Q> requestType, Class<R> responseType) {
        if (service.isEmpty() || name.isEmpty() || service.contains("/") || name.contains("/")) {
            throw new IllegalArgumentException("service and method names must be non-empty and free of '/': " + service + "/" + name);
        }
        this.service = service;
        this.name = name;
        this.requestType = Objects.requireNonNull(requestType);
        this.responseType = Objects.requireNonNull(responseType);
        this.descriptor = MethodDescriptor.<byte[], byte[]>newBuilder()
                .setType(MethodDescriptor.MethodType.UNARY)
                .setFullMethodName(MethodDescriptor.generateFullMethodName(service, name))
                .setRequestMarshaller(BYTES)
                .setResponseMarshaller(BYTES)
                .build();
    }

    public static <Q extends Serializable, R extends Serializable> RpcMethod<Q, R> of(
            String service, String name, Class<Q> request, Class<R> response) {
        return new RpcMethod<>(service, name, request, response);
    }

    /** {@code "service/name"}, the name the call carries and its authentication covers. */
    public String fullName() {
        return descriptor.getFullMethodName();
    }

    public String service() {
        return service;
    }

    public String name() {
        return name;
    }

    public Class<Q> requestType() {
        return requestType;
    }

    public Class<R> responseType() {
        return responseType;
    }

    MethodDescriptor<byte[], byte[]> descriptor() {
        return descriptor;
    }

    @Override
    public String toString() {
        return fullName() + "(" + requestType.getSimpleName() + ") -> " + responseType.getSimpleName();
    }
}
