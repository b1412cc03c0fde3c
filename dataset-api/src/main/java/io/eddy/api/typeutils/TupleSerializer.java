package io.eddy.api.typeutils;

import io.eddy.api.tuple.Tuple;
import io.eddy.api.types.NullFieldException;
import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import io.eddy.runtime.types.TypeSerializer;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.util.Arrays;

/**
 * Serializes tuples field by field with the field serializers, without any per-field header: tuple
 * fields must not be null ({@link NullFieldException} names the field). Produces instances of the
 * exact tuple class, including user subclasses of {@code TupleN} with a no-argument constructor.
 */
public final class TupleSerializer<T extends Tuple> extends TypeSerializer<T> {

    private static final long serialVersionUID = 1L;

    private final Class<T> tupleClass;

    private final TypeSerializer<Object>[] fieldSerializers;

    private final int length;

    /** Whether the class is the plain TupleN of this arity, instantiated without reflection. */
    private final boolean plainTuple;

    /** The no-argument constructor of a tuple subclass (Vertex, Edge, a user's class), looked up once. */
    private transient MethodHandle constructor;

    @SuppressWarnings("unchecked")
    public TupleSerializer(Class<T> tupleClass, TypeSerializer<?>[] fieldSerializers) {
        this.tupleClass = tupleClass;
        this.fieldSerializers = (TypeSerializer<Object>[]) fieldSerializers.clone();
        int total = 0;
        for (TypeSerializer<?> serializer : fieldSerializers) {
            if (serializer.getLength() < 0) {
                total = -1;
                break;
            }
            total += serializer.getLength();
        }
        this.length = total;
        this.plainTuple = tupleClass == Tuple.getTupleClass(fieldSerializers.length);
    }

    public Class<T> getTupleClass() {
        return tupleClass;
    }

    public TypeSerializer<?>[] getFieldSerializers() {
        return fieldSerializers.clone();
    }

    public int getArity() {
        return fieldSerializers.length;
    }

    @Override
    public boolean isImmutableType() {
        return false;
    }

    @Override
    public TupleSerializer<T> duplicate() {
        TypeSerializer<?>[] duplicates = new TypeSerializer<?>[fieldSerializers.length];
        boolean stateful = false;
        for (int i = 0; i < duplicates.length; i++) {
            duplicates[i] = fieldSerializers[i].duplicate();
            stateful |= duplicates[i] != fieldSerializers[i];
        }
        return stateful ? new TupleSerializer<>(tupleClass, duplicates) : this;
    }

    @Override
    public T createInstance() {
        T tuple = newTuple();
        for (int i = 0; i < fieldSerializers.length; i++) {
            tuple.setField(fieldSerializers[i].createInstance(), i);
        }
        return tuple;
    }

    /** A new tuple of this class with no fields set: what deserializing and copying fill. */
    @SuppressWarnings("unchecked")
    private T newTuple() {
        return plainTuple ? (T) Tuple.newInstance(fieldSerializers.length) : newSubclassTuple();
    }

    /** {@link #newTuple} for a subclass of a tuple class, through its no-argument constructor. */
    @SuppressWarnings("unchecked")
    private T newSubclassTuple() {
        try {
            if (constructor == null) {
                Constructor<T> declared = tupleClass.getDeclaredConstructor();
                declared.setAccessible(true);
                constructor = MethodHandles.lookup().unreflectConstructor(declared)
                        .asType(MethodType.methodType(Object.class));
            }
            return (T) (Object) constructor.invokeExact();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot instantiate tuple class " + tupleClass.getName()
                    + "; tuple subclasses need a no-argument constructor", e);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("The constructor of tuple class " + tupleClass.getName() + " failed", e);
        }
    }

    private Object field(T tuple, int pos) {
        Object value = tuple.getField(pos);
        if (value == null) {
            throw new NullFieldException(pos, tupleClass.getSimpleName());
        }
        return value;
    }

    @Override
    public T copy(T from) {
        T target = newTuple();
        for (int i = 0; i < fieldSerializers.length; i++) {
            target.setField(fieldSerializers[i].copy(field(from, i)), i);
        }
        return target;
    }

    @Override
    public T copy(T from, T reuse) {
        if (reuse == null || reuse.getClass() != tupleClass) {
            return copy(from);
        }
        for (int i = 0; i < fieldSerializers.length; i++) {
            Object reuseField = reuse.getField(i);
            Object value = field(from, i);
            reuse.setField(reuseField == null ? fieldSerializers[i].copy(value) : fieldSerializers[i].copy(value, reuseField), i);
        }
        return reuse;
    }

    @Override
    public int getLength() {
        return length;
    }

    @Override
    public void serialize(T record, DataOutputView target) throws IOException {
        for (int i = 0; i < fieldSerializers.length; i++) {
            fieldSerializers[i].serialize(field(record, i), target);
        }
    }

    @Override
    public T deserialize(DataInputView source) throws IOException {
        T tuple = newTuple();
        for (int i = 0; i < fieldSerializers.length; i++) {
            tuple.setField(fieldSerializers[i].deserialize(source), i);
        }
        return tuple;
    }

    @Override
    public T deserialize(T reuse, DataInputView source) throws IOException {
        if (reuse == null || reuse.getClass() != tupleClass) {
            return deserialize(source);
        }
        for (int i = 0; i < fieldSerializers.length; i++) {
            Object reuseField = reuse.getField(i);
            reuse.setField(reuseField == null ? fieldSerializers[i].deserialize(source)
                    : fieldSerializers[i].deserialize(reuseField, source), i);
        }
        return reuse;
    }

    @Override
    public void copy(DataInputView source, DataOutputView target) throws IOException {
        for (TypeSerializer<Object> serializer : fieldSerializers) {
            serializer.copy(source, target);
        }
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof TupleSerializer)) {
            return false;
        }
        TupleSerializer<?> other = (TupleSerializer<?>) obj;
        return tupleClass == other.tupleClass && Arrays.equals(fieldSerializers, other.fieldSerializers);
    }

    @Override
    public int hashCode() {
        return 31 * tupleClass.hashCode() + Arrays.hashCode(fieldSerializers);
    }

    @Override
    public String toString() {
        return "TupleSerializer(" + tupleClass.getSimpleName() + ", " + Arrays.toString(fieldSerializers) + ")";
    }
}
