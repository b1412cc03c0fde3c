package io.eddy.api.operators.translation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;

/** Deep copies of serializable plan parts through Java serialization. */
public final class Serialization {

    private Serialization() {}

    @SuppressWarnings("unchecked")
    public static <T extends Serializable> T copy(T object) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(object);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (T) in.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + object.getClass().getName(), e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
