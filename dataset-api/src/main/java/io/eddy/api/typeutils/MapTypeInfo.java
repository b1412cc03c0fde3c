package io.eddy.api.typeutils;

import io.eddy.api.ExecutionConfig;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.runtime.types.TypeSerializer;
import java.util.Map;
import java.util.Objects;

/** Type information for {@link Map}s; deserialized as {@code HashMap}; not a key type. */
public final class MapTypeInfo<K, V> extends TypeInformation<Map<K, V>> {

    private static final long serialVersionUID = 1L;

    private final TypeInformation<K> keyTypeInfo;

    private final TypeInformation<V> valueTypeInfo;

    public MapTypeInfo(TypeInformation<K> keyTypeInfo, TypeInformation<V> valueTypeInfo) {
        this.keyTypeInfo = Objects.requireNonNull(keyTypeInfo, "keyTypeInfo");
        this.valueTypeInfo = Objects.requireNonNull(valueTypeInfo, "valueTypeInfo");
    }

    public MapTypeInfo(Class<K> keyClass, Class<V> valueClass) {
        this(TypeExtractor.createTypeInfo(keyClass), TypeExtractor.createTypeInfo(valueClass));
    }

    public TypeInformation<K> getKeyTypeInfo() {
        return keyTypeInfo;
    }

    public TypeInformation<V> getValueTypeInfo() {
        return valueTypeInfo;
    }

    @Override
    public boolean isBasicType() {
        return false;
    }

    @Override
    public boolean isTupleType() {
        return false;
    }

    @Override
    public int getArity() {
        return 0;
    }

    @Override
    public int getTotalFields() {
        return 1;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Class<Map<K, V>> getTypeClass() {
        return (Class<Map<K, V>>) (Class<?>) Map.class;
    }

    @Override
    public TypeSerializer<Map<K, V>> createSerializer(ExecutionConfig config) {
        return new MapSerializer<>(keyTypeInfo.createSerializer(config), valueTypeInfo.createSerializer(config));
    }

    @Override
    public String toString() {
        return "Map<" + keyTypeInfo + ", " + valueTypeInfo + ">";
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof MapTypeInfo && ((MapTypeInfo<?, ?>) obj).keyTypeInfo.equals(keyTypeInfo)
                && ((MapTypeInfo<?, ?>) obj).valueTypeInfo.equals(valueTypeInfo);
    }

    @Override
    public int hashCode() {
        return 31 * keyTypeInfo.hashCode() + valueTypeInfo.hashCode();
    }
}
