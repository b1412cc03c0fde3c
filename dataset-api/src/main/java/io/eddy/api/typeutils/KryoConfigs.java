package io.eddy.api.typeutils;

import io.eddy.api.ExecutionConfig;
import io.eddy.runtime.types.KryoRegistrations;

/** Translates the Kryo settings of an {@link ExecutionConfig} for the runtime's Kryo serializer. */
public final class KryoConfigs {

    private KryoConfigs() {}

    /** The config's Kryo registrations (types, registered serializers, default serializers). */
    public static KryoRegistrations registrations(ExecutionConfig config) {
        if (config == null) {
            return KryoRegistrations.NONE;
        }
        return new KryoRegistrations(config.getRegisteredKryoTypes(), config.getRegisteredTypesWithKryoSerializerClasses(),
                config.getDefaultKryoSerializerClasses());
    }
}
