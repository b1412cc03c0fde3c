package io.eddy.runtime.rpc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.List;

/**
 * Java serialization of requests and responses, read back through a class filter.
 *
 * <p>Reading a Java-serialized stream runs code of every class the stream names, so a peer that may
 * send arbitrary bytes could reach any serializable class on the class path (the classic gadget
 * chains live in libraries Hadoop brings along). Control messages are records of Eddy classes and
 * JDK values, and user objects travel inside them only as {@code byte[]}, so the filter admits
 * exactly those packages and caps depth, references, array lengths and stream size.
 */
final class RpcSerialization {

    /** Job jars are shipped in a call, so a message, and one byte array in it, may be this large. */
    static final int MAX_MESSAGE_BYTES = 512 * 1024 * 1024;

    private static final long MAX_STREAM_BYTES = MAX_MESSAGE_BYTES + 1024L * 1024;
    private static final long MAX_OTHER_ARRAY_LENGTH = 16L * 1024 * 1024;
    private static final long MAX_DEPTH = 64;
    private static final long MAX_REFERENCES = 1_000_000;

    private static final List<String> ALLOWED_PACKAGES = List.of("io.eddy", "java.lang", "java.util", "java.time", "java.net");
    /** Inside java.lang, these hold lambdas, method handles and proxies: code, not values. */
    private static final List<String> DENIED_PACKAGES = List.of("java.lang.invoke", "java.lang.reflect");

    static final ObjectInputFilter FILTER = RpcSerialization::check;

    private RpcSerialization() {}

    static byte[] encode(Serializable value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }

    /** Reads one object of the given type; a refused class, a limit or a wrong type is an IOException. */
    static <T> T decode(byte[] bytes, Class<T> type) throws IOException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            in.setObjectInputFilter(FILTER);
            Object value = in.readObject();
            if (value != null && !type.isInstance(value)) {
                throw new InvalidObjectException("expected a " + type.getName() + ", got a " + value.getClass().getName());
            }
            return type.cast(value);
        } catch (ClassNotFoundException e) {
            throw new InvalidObjectException("unknown class " + e.getMessage());
        }
    }

    private static ObjectInputFilter.Status check(ObjectInputFilter.FilterInfo info) {
        if (info.depth() > MAX_DEPTH || info.references() > MAX_REFERENCES || info.streamBytes() > MAX_STREAM_BYTES) {
            return ObjectInputFilter.Status.REJECTED;
        }
        Class<?> type = info.serialClass();
        if (type == null) {
            return ObjectInputFilter.Status.ALLOWED;
        }
        if (type.isArray()) {
            Class<?> element = type;
            while (element.isArray()) {
                element = element.getComponentType();
            }
            long maxLength = type == byte[].class ? MAX_MESSAGE_BYTES : MAX_OTHER_ARRAY_LENGTH;
            if (info.arrayLength() > maxLength) {
                return ObjectInputFilter.Status.REJECTED;
            }
            return element.isPrimitive() || allowed(element) ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
        }
        return allowed(type) ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
    }

    private static boolean allowed(Class<?> type) {
        String name = type.getPackageName();
        return inAny(name, ALLOWED_PACKAGES) && !inAny(name, DENIED_PACKAGES);
    }

    private static boolean inAny(String packageName, List<String> packages) {
        for (String p : packages) {
            if (packageName.equals(p) || packageName.startsWith(p + ".")) {
                return true;
            }
        }
        return false;
    }
}
