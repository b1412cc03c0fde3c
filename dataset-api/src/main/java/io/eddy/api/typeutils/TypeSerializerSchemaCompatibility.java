package io.eddy.api.typeutils;

/** The answer of {@link TypeSerializerSnapshot#resolveSchemaCompatibility}, as in Flink. */
public final class TypeSerializerSchemaCompatibility<T> {

    private enum Type {
        COMPATIBLE_AS_IS,
        COMPATIBLE_AFTER_MIGRATION,
        COMPATIBLE_WITH_RECONFIGURED_SERIALIZER,
        INCOMPATIBLE
    }

    private final Type type;

    private final TypeSerializer<T> reconfiguredSerializer;

    private TypeSerializerSchemaCompatibility(Type type, TypeSerializer<T> reconfiguredSerializer) {
        this.type = type;
        this.reconfiguredSerializer = reconfiguredSerializer;
    }

    public static <T> TypeSerializerSchemaCompatibility<T> compatibleAsIs() {
        return new TypeSerializerSchemaCompatibility<>(Type.COMPATIBLE_AS_IS, null);
    }

    public static <T> TypeSerializerSchemaCompatibility<T> compatibleAfterMigration() {
        return new TypeSerializerSchemaCompatibility<>(Type.COMPATIBLE_AFTER_MIGRATION, null);
    }

    public static <T> TypeSerializerSchemaCompatibility<T> compatibleWithReconfiguredSerializer(
            TypeSerializer<T> reconfiguredSerializer) {
        return new TypeSerializerSchemaCompatibility<>(Type.COMPATIBLE_WITH_RECONFIGURED_SERIALIZER,
                java.util.Objects.requireNonNull(reconfiguredSerializer, "reconfiguredSerializer"));
    }

    public static <T> TypeSerializerSchemaCompatibility<T> incompatible() {
        return new TypeSerializerSchemaCompatibility<>(Type.INCOMPATIBLE, null);
    }

    public boolean isCompatibleAsIs() {
        return type == Type.COMPATIBLE_AS_IS;
    }

    public boolean isCompatibleAfterMigration() {
        return type == Type.COMPATIBLE_AFTER_MIGRATION;
    }

    public boolean isCompatibleWithReconfiguredSerializer() {
        return type == Type.COMPATIBLE_WITH_RECONFIGURED_SERIALIZER;
    }

    /** The reconfigured serializer; only for {@link #compatibleWithReconfiguredSerializer}. */
    public TypeSerializer<T> getReconfiguredSerializer() {
        if (reconfiguredSerializer == null) {
            throw new IllegalStateException("There is no reconfigured serializer for a compatibility of type " + type);
        }
        return reconfiguredSerializer;
    }

    public boolean isIncompatible() {
        return type == Type.INCOMPATIBLE;
    }

    @Override
    public String toString() {
        return "TypeSerializerSchemaCompatibility{resultType=" + type + "}";
    }
}
