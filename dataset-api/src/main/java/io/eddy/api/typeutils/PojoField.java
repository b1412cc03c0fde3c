package io.eddy.api.typeutils;

import io.eddy.api.typeinfo.TypeInformation;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.util.Objects;

/** One field of a POJO: the reflective field (made accessible) and its type information. */
public final class PojoField implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient Field field;

    private final TypeInformation<?> type;

    public PojoField(Field field, TypeInformation<?> type) {
        this.field = Objects.requireNonNull(field, "field");
        this.type = Objects.requireNonNull(type, "type");
        field.setAccessible(true);
    }

    public Field getField() {
        return field;
    }

    public TypeInformation<?> getTypeInformation() {
        return type;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        out.writeObject(field.getDeclaringClass());
        out.writeUTF(field.getName());
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        Class<?> declaring = (Class<?>) in.readObject();
        field = Reflection.findField(declaring, in.readUTF());
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof PojoField && ((PojoField) obj).field.equals(field) && ((PojoField) obj).type.equals(type);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, type);
    }

    @Override
    public String toString() {
        return field.getName() + ": " + type;
    }
}
