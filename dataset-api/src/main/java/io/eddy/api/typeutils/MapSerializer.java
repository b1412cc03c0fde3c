package io.eddy.api.typeutils;

import io.eddy.runtime.memory.DataInputView;
import io.eddy.runtime.memory.DataOutputView;
import io.eddy.runtime.types.TypeSerializer;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** Serializes maps as a size (-1 for null), then per entry the key and a null flag plus the value. */
public final class MapSerializer<K, V> extends TypeSerializer<Map<K, V>> {

    private static final long serialVersionUID = 1L;

    private final TypeSerializer<K> keySerializer;

    private final TypeSerializer<V> valueSerializer;

    public MapSerializer(TypeSerializer<K> keySerializer, TypeSerializer<V> valueSerializer) {
        this.keySerializer = keySerializer;
        this.valueSerializer = valueSerializer;
    }

    @Override
    public boolean isImmutableType() {
        return false;
    }

    @Override
    public MapSerializer<K, V> duplicate() {
        TypeSerializer<K> k = keySerializer.duplicate();
        TypeSerializer<V> v = valueSerializer.duplicate();
        return k == keySerializer && v == valueSerializer ? this : new MapSerializer<>(k, v);
    }

    @Override
    public Map<K, V> createInstance() {
        return new HashMap<>();
    }

    @Override
    public Map<K, V> copy(Map<K, V> from) {
        if (from == null) {
            return null;
        }
        Map<K, V> copy = new HashMap<>(Math.max(16, from.size() * 2));
        for (Map.Entry<K, V> entry : from.entrySet()) {
            V value = entry.getValue();
            copy.put(keySerializer.copy(entry.getKey()), value == null ? null : valueSerializer.copy(value));
        }
        return copy;
    }

    @Override
    public Map<K, V> copy(Map<K, V> from, Map<K, V> reuse) {
        return copy(from);
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(Map<K, V> record, DataOutputView target) throws IOException {
        if (record == null) {
            target.writeInt(-1);
            return;
        }
        target.writeInt(record.size());
        for (Map.Entry<K, V> entry : record.entrySet()) {
            keySerializer.serialize(entry.getKey(), target);
            V value = entry.getValue();
            target.writeBoolean(value != null);
            if (value != null) {
                valueSerializer.serialize(value, target);
            }
        }
    }

    @Override
    public Map<K, V> deserialize(DataInputView source) throws IOException {
        int size = source.readInt();
        if (size < 0) {
            return null;
        }
        Map<K, V> map = new HashMap<>(Math.max(16, size * 2));
        for (int i = 0; i < size; i++) {
            K key = keySerializer.deserialize(source);
            map.put(key, source.readBoolean() ? valueSerializer.deserialize(source) : null);
        }
        return map;
    }

    @Override
    public Map<K, V> deserialize(Map<K, V> reuse, DataInputView source) throws IOException {
        return deserialize(source);
    }

    @Override
    public void copy(DataInputView source, DataOutputView target) throws IOException {
        int size = source.readInt();
        target.writeInt(size);
        for (int i = 0; i < size; i++) {
            keySerializer.copy(source, target);
            boolean present = source.readBoolean();
            target.writeBoolean(present);
            if (present) {
                valueSerializer.copy(source, target);
            }
        }
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof MapSerializer && ((MapSerializer<?, ?>) obj).keySerializer.equals(keySerializer)
                && ((MapSerializer<?, ?>) obj).valueSerializer.equals(valueSerializer);
    }

    @Override
    public int hashCode() {
        return 31 * keySerializer.hashCode() + valueSerializer.hashCode();
    }
}
