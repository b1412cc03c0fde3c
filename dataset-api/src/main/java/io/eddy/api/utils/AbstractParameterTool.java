package io.eddy.api.utils;

import io.eddy.api.ExecutionConfig;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The typed getters shared by {@link ParameterTool} and {@link MultipleParameterTool}. Besides
 * answering look-ups it remembers which keys the program asked for (to report parameters nobody
 * read, usually typos) and which defaults it used (to write a template properties file).
 *
 * <p>Look-ups are thread-safe; {@code mergeWith} and the factories create new instances rather than
 * modifying one.
 */
public abstract class AbstractParameterTool extends ExecutionConfig.GlobalJobParameters
        implements Serializable, Cloneable {

    private static final long serialVersionUID = 1L;

    /** The value of a key given without a value, e.g. {@code --verbose}. */
    protected static final String NO_VALUE_KEY = "__NO_VALUE_KEY";

    /** The recorded default of a key that was read without a default. */
    protected static final String DEFAULT_UNDEFINED = "<undefined>";

    /** Keys nobody has read yet; starts as every key. */
    protected transient Set<String> unrequestedParameters;

    /** Every key read so far, with the default used ({@link #DEFAULT_UNDEFINED} if none). */
    protected transient Map<String, String> defaultData;

    protected AbstractParameterTool() {
        initTracking();
    }

    // The tracking sets are per copy: a deserialized copy (in a task) starts with empty ones.
    // Concurrent, because the parallel instances of a task may share one deserialized copy.
    private void initTracking() {
        this.unrequestedParameters = ConcurrentHashMap.newKeySet();
        this.defaultData = new ConcurrentHashMap<>();
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        initTracking();
    }

    /** The number of parameters, flags included. */
    public abstract int getNumberOfParameters();

    /** The value of {@code key}, or null if there is none. Marks the key as requested. */
    public abstract String get(String key);

    /** True if {@code key} was given, with or without a value. Marks the key as requested. */
    public abstract boolean has(String key);

    /** Keys that were given but never read through this tool, e.g. misspelled options. */
    public Set<String> getUnrequestedParameters() {
        return Collections.unmodifiableSet(unrequestedParameters);
    }

    /**
     * The value of {@code key}.
     *
     * @throws RuntimeException "No data for required key 'key'" if the key is missing
     */
    public String getRequired(String key) {
        addToDefaults(key, null);
        String value = get(key);
        if (value == null) {
            throw new RuntimeException("No data for required key '" + key + "'");
        }
        return value;
    }

    /** The value of {@code key}, or {@code defaultValue} if it is missing. */
    public String get(String key, String defaultValue) {
        addToDefaults(key, defaultValue);
        String value = get(key);
        return value == null ? defaultValue : value;
    }

    /** @throws NumberFormatException if the value is not an int; RuntimeException if it is missing */
    public int getInt(String key) {
        return Integer.parseInt(getRequired(key));
    }

    public int getInt(String key, int defaultValue) {
        addToDefaults(key, Integer.toString(defaultValue));
        String value = get(key);
        return value == null ? defaultValue : Integer.parseInt(value);
    }

    public long getLong(String key) {
        return Long.parseLong(getRequired(key));
    }

    public long getLong(String key, long defaultValue) {
        addToDefaults(key, Long.toString(defaultValue));
        String value = get(key);
        return value == null ? defaultValue : Long.parseLong(value);
    }

    public float getFloat(String key) {
        return Float.parseFloat(getRequired(key));
    }

    public float getFloat(String key, float defaultValue) {
        addToDefaults(key, Float.toString(defaultValue));
        String value = get(key);
        return value == null ? defaultValue : Float.parseFloat(value);
    }

    public double getDouble(String key) {
        return Double.parseDouble(getRequired(key));
    }

    public double getDouble(String key, double defaultValue) {
        addToDefaults(key, Double.toString(defaultValue));
        String value = get(key);
        return value == null ? defaultValue : Double.parseDouble(value);
    }

    /** True only for "true", ignoring case, as {@link Boolean#parseBoolean} reads it. */
    public boolean getBoolean(String key) {
        return Boolean.parseBoolean(getRequired(key));
    }

    public boolean getBoolean(String key, boolean defaultValue) {
        addToDefaults(key, Boolean.toString(defaultValue));
        String value = get(key);
        return value == null ? defaultValue : Boolean.parseBoolean(value);
    }

    public short getShort(String key) {
        return Short.parseShort(getRequired(key));
    }

    public short getShort(String key, short defaultValue) {
        addToDefaults(key, Short.toString(defaultValue));
        String value = get(key);
        return value == null ? defaultValue : Short.parseShort(value);
    }

    public byte getByte(String key) {
        return Byte.parseByte(getRequired(key));
    }

    public byte getByte(String key, byte defaultValue) {
        addToDefaults(key, Byte.toString(defaultValue));
        String value = get(key);
        return value == null ? defaultValue : Byte.parseByte(value);
    }

    /**
     * Records that {@code key} was read with {@code value} as its default; a key first read without a
     * default and later with one keeps the later default.
     */
    protected void addToDefaults(String key, String value) {
        String current = defaultData.get(key);
        if (current == null) {
            defaultData.put(key, value == null ? DEFAULT_UNDEFINED : value);
        } else if (DEFAULT_UNDEFINED.equals(current) && value != null) {
            defaultData.put(key, value);
        }
    }

    @Override
    public abstract Map<String, String> toMap();

    @Override
    protected abstract Object clone() throws CloneNotSupportedException;
}
