package io.eddy.api.configuration;

/** Builds {@link ConfigOption}s: {@code ConfigOptions.key("k").intType().defaultValue(4)}. */
public final class ConfigOptions {

    private ConfigOptions() {}

    public static OptionBuilder key(String key) {
        return new OptionBuilder(key);
    }

    /** The first step: the key. */
    public static final class OptionBuilder {
        private final String key;

        OptionBuilder(String key) {
            this.key = key;
        }

        public TypedBuilder<Integer> intType() {
            return new TypedBuilder<>(key, Integer.class);
        }

        public TypedBuilder<Long> longType() {
            return new TypedBuilder<>(key, Long.class);
        }

        public TypedBuilder<Boolean> booleanType() {
            return new TypedBuilder<>(key, Boolean.class);
        }

        public TypedBuilder<Double> doubleType() {
            return new TypedBuilder<>(key, Double.class);
        }

        public TypedBuilder<Float> floatType() {
            return new TypedBuilder<>(key, Float.class);
        }

        public TypedBuilder<String> stringType() {
            return new TypedBuilder<>(key, String.class);
        }

        public TypedBuilder<MemorySize> memoryType() {
            return new TypedBuilder<>(key, MemorySize.class);
        }
    }

    /** The second step: the default value. */
    public static final class TypedBuilder<T> {
        private final String key;
        private final Class<T> type;

        TypedBuilder(String key, Class<T> type) {
            this.key = key;
            this.type = type;
        }

        public ConfigOption<T> defaultValue(T value) {
            return new ConfigOption<>(key, type, value, "");
        }

        public ConfigOption<T> noDefaultValue() {
            return new ConfigOption<>(key, type, null, "");
        }
    }
}
