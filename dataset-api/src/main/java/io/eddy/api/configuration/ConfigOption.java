package io.eddy.api.configuration;

import java.io.Serializable;
import java.util.function.Function;

/**
 * A typed configuration key with a default value; build one with {@link ConfigOptions}.
 */
public final class ConfigOption<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final T defaultValue;
    private final Class<T> type;
    private final String description;

    ConfigOption(String key, Class<T> type, T defaultValue, String description) {
        this.key = key;
        this.type = type;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    public String key() {
        return key;
    }

    public T defaultValue() {
        return defaultValue;
    }

    public boolean hasDefaultValue() {
        return defaultValue != null;
    }

    public String description() {
        return description;
    }

    /** The same option with a description. */
    public ConfigOption<T> withDescription(String text) {
        return new ConfigOption<>(key, type, defaultValue, text);
    }

    @SuppressWarnings("unchecked")
    T convert(Object raw) {
        if (type.isInstance(raw)) {
            return (T) raw;
        }
        String s = raw.toString().trim();
        Function<String, ?> parse;
        if (type == Integer.class) {
            parse = Integer::valueOf;
        } else if (type == Long.class) {
            parse = Long::valueOf;
        } else if (type == Boolean.class) {
            parse = Boolean::valueOf;
        } else if (type == Double.class) {
            parse = Double::valueOf;
        } else if (type == Float.class) {
            parse = Float::valueOf;
        } else if (type == String.class) {
            parse = x -> x;
        } else if (type == MemorySize.class) {
            parse = MemorySize::parse;
        } else {
            throw new IllegalArgumentException("cannot convert '" + s + "' to " + type.getSimpleName() + " for " + key);
        }
        return (T) parse.apply(s);
    }

    @Override
    public String toString() {
        return "Key: '" + key + "' , default: " + defaultValue;
    }
}
