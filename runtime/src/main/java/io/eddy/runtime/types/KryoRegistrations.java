package io.eddy.runtime.types;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The Kryo set-up a {@link KryoSerializer} applies to each Kryo instance it creates: registered
 * classes (written as small ids instead of class names), classes with a registered serializer, and
 * default serializers that also apply to subclasses. Every task must use the same registrations in
 * the same order, which is why they travel with the serializer instead of living in a global.
 */
public final class KryoRegistrations implements Serializable {

    private static final long serialVersionUID = 1L;

    /** No registrations: every class is written by name with Kryo's default serializers. */
    public static final KryoRegistrations NONE = new KryoRegistrations(Set.of(), Map.of(), Map.of());

    private final Set<Class<?>> registeredTypes;
    private final Map<Class<?>, Class<? extends Serializer<?>>> registeredSerializers;
    private final Map<Class<?>, Class<? extends Serializer<?>>> defaultSerializers;

    public KryoRegistrations(
            Set<Class<?>> registeredTypes,
            Map<Class<?>, Class<? extends Serializer<?>>> registeredSerializers,
            Map<Class<?>, Class<? extends Serializer<?>>> defaultSerializers) {
        this.registeredTypes = Collections.unmodifiableSet(new LinkedHashSet<>(registeredTypes));
        this.registeredSerializers = Collections.unmodifiableMap(new LinkedHashMap<>(registeredSerializers));
        this.defaultSerializers = Collections.unmodifiableMap(new LinkedHashMap<>(defaultSerializers));
    }

    public Set<Class<?>> getRegisteredTypes() {
        return registeredTypes;
    }

    public Map<Class<?>, Class<? extends Serializer<?>>> getRegisteredSerializers() {
        return registeredSerializers;
    }

    public Map<Class<?>, Class<? extends Serializer<?>>> getDefaultSerializers() {
        return defaultSerializers;
    }

    /** Applies these registrations to a fresh Kryo instance. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    void applyTo(Kryo kryo) {
        defaultSerializers.forEach((type, serializer) -> kryo.addDefaultSerializer(type, (Class) serializer));
        for (Class<?> type : registeredTypes) {
            kryo.register(type);
        }
        registeredSerializers.forEach((type, serializer) -> kryo.register(type, newSerializer(serializer)));
    }

    private static Serializer<?> newSerializer(Class<? extends Serializer<?>> serializerClass) {
        try {
            return serializerClass.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot instantiate Kryo serializer " + serializerClass.getName()
                    + "; it needs a public no-argument constructor", e);
        }
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof KryoRegistrations)) {
            return false;
        }
        KryoRegistrations other = (KryoRegistrations) obj;
        return registeredTypes.equals(other.registeredTypes)
                && registeredSerializers.equals(other.registeredSerializers)
                && defaultSerializers.equals(other.defaultSerializers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(registeredTypes, registeredSerializers, defaultSerializers);
    }

    @Override
    public String toString() {
        return "KryoRegistrations{types=" + registeredTypes + ", serializers=" + registeredSerializers
                + ", defaults=" + defaultSerializers + "}";
    }
}
