package io.eddy.runtime.cluster;

import io.eddy.runtime.task.TaskException;
import io.eddy.runtime.util.SerializationUtils;
import java.io.Serializable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** User objects on the control plane: Java-serialized to bytes, read back in the job's class loader. */
final class Payloads {

    private static final Logger LOG = LoggerFactory.getLogger(Payloads.class);

    private Payloads() {}

    static byte[] write(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return SerializationUtils.serialize((Serializable) value);
        } catch (Exception e) {
            throw new IllegalArgumentException("cannot serialize " + value.getClass().getName() + ": " + e, e);
        }
    }

    @SuppressWarnings("unchecked")
    static <T> T read(byte[] bytes, ClassLoader loader) {
        if (bytes == null) {
            return null;
        }
        try {
            return (T) SerializationUtils.deserialize(bytes, loader);
        } catch (Exception e) {
            throw new IllegalStateException("cannot deserialize a message: " + e, e);
        }
    }

    /** A failure as bytes; if it does not serialize (a field of some unserializable type), its text as a TaskException. */
    static byte[] writeFailure(Throwable failure) {
        if (failure == null) {
            return null;
        }
        try {
            return SerializationUtils.serialize(failure);
        } catch (Exception e) {
            LOG.debug("failure {} does not serialize", failure, e);
            TaskException text = new TaskException(failure.toString(), null);
            text.setStackTrace(failure.getStackTrace());
            return write(text);
        }
    }

    /** A failure read back; if its classes are missing here, a TaskException with its text. */
    static Throwable readFailure(byte[] bytes, String text, ClassLoader loader) {
        if (bytes == null) {
            return text == null ? null : new TaskException(text, null);
        }
        try {
            return (Throwable) SerializationUtils.deserialize(bytes, loader);
        } catch (Exception e) {
            LOG.debug("failure cannot be deserialized", e);
            return new TaskException(text == null ? "unknown failure" : text, null);
        }
    }
}
