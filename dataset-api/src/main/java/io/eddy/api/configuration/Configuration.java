package io.eddy.api.configuration;

import java.io.Serializable;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A serializable map of settings with typed getters, as in Flink: passed to rich functions'
 * {@code open} (via {@code withParameters}), to input and output formats' {@code configure}, and used
 * for engine settings. Values are stored as given and converted on read, so a value set as a string
 * can be read as a number.
 */
public class Configuration implements Serializable, Cloneable {

    private static final long serialVersionUID = 1L;

    private final HashMap<String, Object> data;

    public Configuration() {
        this.data = new HashMap<>();
    }

    public Configuration(Configuration other) {
        this.data = new HashMap<>(other.data);
    }

    /** A configuration holding the given string values. */
    public static Configuration fromMap(Map<String, String> map) {
        Configuration c = new Configuration();
        c.data.putAll(map);
        return c;
    }

    public String getString(String key, String defaultValue) {
        Object v = get(key);
        return v == null ? defaultValue : v.toString();
    }

    public void setString(String key, String value) {
        set(key, value);
    }

    public int getInteger(String key, int defaultValue) {
        Object v = get(key);
        if (v == null) {
            return defaultValue;
        }
        if (v instanceof Number n) {
            return n.intValue();
        }
        return Integer.parseInt(v.toString().trim());
    }

    public void setInteger(String key, int value) {
        set(key, value);
    }

    public long getLong(String key, long defaultValue) {
        Object v = get(key);
        if (v == null) {
            return defaultValue;
        }
        if (v instanceof Number n) {
            return n.longValue();
        }
        return Long.parseLong(v.toString().trim());
    }

    public void setLong(String key, long value) {
        set(key, value);
    }

    public boolean getBoolean(String key, boolean defaultValue) {
        Object v = get(key);
        if (v == null) {
            return defaultValue;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        return Boolean.parseBoolean(v.toString().trim());
    }

    public void setBoolean(String key, boolean value) {
        set(key, value);
    }

    public float getFloat(String key, float defaultValue) {
        Object v = get(key);
        if (v == null) {
            return defaultValue;
        }
        if (v instanceof Number n) {
            return n.floatValue();
        }
        return Float.parseFloat(v.toString().trim());
    }

    public void setFloat(String key, float value) {
        set(key, value);
    }

    public double getDouble(String key, double defaultValue) {
        Object v = get(key);
        if (v == null) {
            return defaultValue;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        return Double.parseDouble(v.toString().trim());
    }

    public void setDouble(String key, double value) {
        set(key, value);
    }

    public byte[] getBytes(String key, byte[] defaultValue) {
        Object v = get(key);
        if (v == null) {
            return defaultValue;
        }
        if (v instanceof byte[] b) {
            return b.clone();
        }
        throw new IllegalArgumentException("Configuration value of '" + key + "' is not a byte array");
    }

    public void setBytes(String key, byte[] value) {
        set(key, value.clone());
    }

    /** Reads a typed option, falling back to its default. */
    public <T> T get(ConfigOption<T> option) {
        Object v = get(option.key());
        return v == null ? option.defaultValue() : option.convert(v);
    }

    public <T> Configuration set(ConfigOption<T> option, T value) {
        set(option.key(), value);
        return this;
    }

    /**
     * The option's value as a string, as Flink's {@code getValue}: the stored value, else the
     * option's default, else {@code null}. Use {@link #get(ConfigOption)} for the typed value.
     */
    public String getValue(ConfigOption<?> option) {
        Object v = get(option.key());
        if (v == null) {
            v = option.defaultValue();
        }
        return v == null ? null : String.valueOf(v);
    }

    public boolean containsKey(String key) {
        synchronized (data) {
            return data.containsKey(key);
        }
    }

    public boolean contains(ConfigOption<?> option) {
        return containsKey(option.key());
    }

    public Set<String> keySet() {
        synchronized (data) {
            return Collections.unmodifiableSet(new java.util.HashSet<>(data.keySet()));
        }
    }

    /** Removes the option's value; true if there was one. */
    public <T> boolean removeConfig(ConfigOption<T> option) {
        synchronized (data) {
            return data.remove(option.key()) != null;
        }
    }

    public void addAll(Configuration other) {
        synchronized (data) {
            synchronized (other.data) {
                data.putAll(other.data);
            }
        }
    }

    /** The values as strings. */
    public Map<String, String> toMap() {
        Map<String, String> m = new HashMap<>();
        synchronized (data) {
            data.forEach((k, v) -> m.put(k, v instanceof byte[] ? java.util.Base64.getEncoder().encodeToString((byte[]) v) : String.valueOf(v)));
        }
        return m;
    }

    private Object get(String key) {
        synchronized (data) {
            return data.get(key);
        }
    }

    private void set(String key, Object value) {
        if (key == null || value == null) {
            throw new NullPointerException("configuration keys and values must not be null");
        }
        synchronized (data) {
            data.put(key, value);
        }
    }

    @Override
    public Configuration clone() {
        return new Configuration(this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Configuration other && toMap().equals(other.toMap());
    }

    @Override
    public int hashCode() {
        return toMap().hashCode();
    }

    @Override
    public String toString() {
        return toMap().toString();
    }
}
