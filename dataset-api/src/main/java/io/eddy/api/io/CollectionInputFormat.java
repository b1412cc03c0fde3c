package io.eddy.api.io;

import io.eddy.runtime.memory.DataInputDeserializer;
import io.eddy.runtime.memory.DataOutputSerializer;
import io.eddy.runtime.types.TypeSerializer;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/**
 * Returns the elements of a collection, as Flink's {@code CollectionInputFormat}; runs with
 * parallelism 1. The elements travel inside the format: with a {@link TypeSerializer} they are
 * written with it (so they need not be {@link Serializable}), otherwise with Java serialization.
 */
public class CollectionInputFormat<T> extends GenericInputFormat<T> implements NonParallelInput {

    private static final long serialVersionUID = 1L;

    private final TypeSerializer<T> serializer;

    private transient List<T> elements;
    private transient Iterator<T> iterator;

    /**
     * @param serializer writes the elements when the format is serialized; null for Java serialization
     */
    public CollectionInputFormat(Collection<T> elements, TypeSerializer<T> serializer) {
        if (elements == null) {
            throw new NullPointerException("The collection must not be null");
        }
        this.elements = new ArrayList<>(elements);
        this.serializer = serializer;
        if (serializer == null) {
            for (T element : this.elements) {
                if (element != null && !(element instanceof Serializable)) {
                    throw new IllegalArgumentException("Element " + element + " of type "
                            + element.getClass().getName() + " is not serializable and no serializer is given");
                }
            }
        }
    }

    /**
     * Checks that the collection is non-null and its elements are non-null instances of
     * {@code viewedAs}, as Flink does before building a collection source.
     */
    public static <X> void checkCollection(Collection<X> elements, Class<X> viewedAs) {
        if (elements == null || viewedAs == null) {
            throw new NullPointerException();
        }
        for (X element : elements) {
            if (element == null) {
                throw new IllegalArgumentException("The collection contains a null element");
            }
            if (!viewedAs.isAssignableFrom(element.getClass())) {
                throw new IllegalArgumentException("The elements in the collection are not all subclasses of "
                        + viewedAs.getCanonicalName());
            }
        }
    }

    /** The number of elements; their size in bytes is left to the optimizer's estimate. */
    @Override
    public io.eddy.api.io.statistics.BaseStatistics getStatistics(io.eddy.api.io.statistics.BaseStatistics cached) {
        return RecordCountStatistics.of(elements.size());
    }

    @Override
    public void open(GenericInputSplit split) throws IOException {
        super.open(split);
        this.iterator = elements.iterator();
    }

    @Override
    public boolean reachedEnd() {
        return !iterator.hasNext();
    }

    @Override
    public T nextRecord(T reuse) {
        return iterator.next();
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        out.writeInt(elements.size());
        if (serializer == null) {
            for (T element : elements) {
                out.writeObject(element);
            }
            return;
        }
        DataOutputSerializer buffer = new DataOutputSerializer(1024);
        for (T element : elements) {
            serializer.serialize(element, buffer);
        }
        out.writeInt(buffer.length());
        out.write(buffer.getSharedBuffer(), 0, buffer.length());
    }

    @SuppressWarnings("unchecked")
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        int count = in.readInt();
        elements = new ArrayList<>(count);
        if (serializer == null) {
            for (int i = 0; i < count; i++) {
                elements.add((T) in.readObject());
            }
            return;
        }
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        DataInputDeserializer source = new DataInputDeserializer(bytes);
        for (int i = 0; i < count; i++) {
            elements.add(serializer.deserialize(source));
        }
    }

    @Override
    public String toString() {
        return elements.size() <= 10 ? elements.toString() : elements.subList(0, 10) + " (+" + (elements.size() - 10) + " more)";
    }
}
