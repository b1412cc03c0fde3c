package io.eddy.api.utils;

import io.eddy.api.configuration.Configuration;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

/**
 * Reads a program's configuration from its arguments, a properties file, a map or the system
 * properties, with typed getters and defaults (Flink's {@code ParameterTool}, same rules). A program
 * usually passes it to {@code env.getConfig().setGlobalJobParameters(params)} so that every function
 * can read it too.
 *
 * <pre>{@code
 * ParameterTool params = ParameterTool.fromArgs(args);   // --input in.txt --parallelism 4 --verbose
 * String input = params.getRequired("input");
 * int parallelism = params.getInt("parallelism", 1);
 * boolean verbose = params.has("verbose");
 * }</pre>
 *
 * <p>Instances are immutable; {@link #mergeWith} returns a new one.
 */
public class ParameterTool extends AbstractParameterTool {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> data;

    private ParameterTool(Map<String, String> data) {
        this.data = Collections.unmodifiableMap(new HashMap<>(data));
        this.unrequestedParameters.addAll(data.keySet());
    }

    /**
     * Parses {@code --key value}, {@code -key value} and flags ({@code --key} followed by another key
     * or nothing); a later occurrence of a key wins.
     *
     * @throws IllegalArgumentException if an argument in key position lacks the - or -- prefix, or
     *     is just "-" or "--"
     */
    public static ParameterTool fromArgs(String[] args) {
        Map<String, String> map = new HashMap<>(args.length / 2 + 1);
        ArgumentParsing.parse(args, map::put);
        return fromMap(map);
    }

    /** The properties in the file at {@code path}. */
    public static ParameterTool fromPropertiesFile(String path) throws IOException {
        return fromPropertiesFile(new File(path));
    }

    /** @throws FileNotFoundException if the file does not exist */
    public static ParameterTool fromPropertiesFile(File file) throws IOException {
        if (!file.exists()) {
            throw new FileNotFoundException("Properties file " + file.getAbsolutePath() + " does not exist");
        }
        try (InputStream in = new FileInputStream(file)) {
            return fromPropertiesFile(in);
        }
    }

    /** The properties read from {@code in}, in {@link Properties#load(InputStream)} format; does not close it. */
    public static ParameterTool fromPropertiesFile(InputStream in) throws IOException {
        Properties properties = new Properties();
        properties.load(in);
        return fromProperties(properties);
    }

    public static ParameterTool fromMap(Map<String, String> map) {
        Objects.requireNonNull(map, "Unable to initialize from empty map");
        return new ParameterTool(map);
    }

    /** The JVM's system properties ({@code -Dkey=value}) at the time of the call. */
    public static ParameterTool fromSystemProperties() {
        return fromProperties(System.getProperties());
    }

    private static ParameterTool fromProperties(Properties properties) {
        Map<String, String> map = new HashMap<>();
        for (String name : properties.stringPropertyNames()) {
            map.put(name, properties.getProperty(name));
        }
        return fromMap(map);
    }

    @Override
    public int getNumberOfParameters() {
        return data.size();
    }

    @Override
    public String get(String key) {
        addToDefaults(key, null);
        unrequestedParameters.remove(key);
        return data.get(key);
    }

    @Override
    public boolean has(String key) {
        addToDefaults(key, null);
        unrequestedParameters.remove(key);
        return data.containsKey(key);
    }

    /** All parameters; flags map to {@code "__NO_VALUE_KEY"}. */
    @Override
    public Map<String, String> toMap() {
        return data;
    }

    /** The parameters as a {@link Configuration}, e.g. for a rich function's {@code open}. */
    public Configuration getConfiguration() {
        Configuration configuration = new Configuration();
        for (Map.Entry<String, String> entry : data.entrySet()) {
            configuration.setString(entry.getKey(), entry.getValue());
        }
        return configuration;
    }

    /** The parameters as a fresh {@link Properties} object. */
    public Properties getProperties() {
        Properties properties = new Properties();
        properties.putAll(data);
        return properties;
    }

    /**
     * Writes every key read so far with the default it was read with ({@code <undefined>} if none):
     * run a program once, then call this after its last {@code get} to obtain a template of its
     * configuration. Overwrites an existing file.
     */
    public void createPropertiesFile(String pathToFile) throws IOException {
        createPropertiesFile(pathToFile, true);
    }

    /** @throws IOException if the file exists and {@code overwrite} is false, or cannot be written */
    public void createPropertiesFile(String pathToFile, boolean overwrite) throws IOException {
        File file = new File(pathToFile);
        if (file.exists() && !overwrite) {
            throw new IOException("File " + pathToFile + " exists and overwriting is not allowed");
        }
        Properties defaults = new Properties();
        defaults.putAll(defaultData);
        try (OutputStream out = new FileOutputStream(file)) {
            defaults.store(out, "Default values of the parameters read by the program (ParameterTool.createPropertiesFile)");
        }
    }

    /**
     * A tool holding this one's parameters and {@code other}'s, {@code other} winning on equal keys.
     * A key counts as requested in the result if it was requested in either tool.
     */
    public ParameterTool mergeWith(ParameterTool other) {
        Map<String, String> merged = new HashMap<>(data.size() + other.data.size());
        merged.putAll(data);
        merged.putAll(other.data);
        ParameterTool result = new ParameterTool(merged);
        result.unrequestedParameters.removeAll(requestedKeys());
        result.unrequestedParameters.removeAll(other.requestedKeys());
        return result;
    }

    private Set<String> requestedKeys() {
        Set<String> requested = new HashSet<>(data.keySet());
        requested.removeAll(unrequestedParameters);
        return requested;
    }

    @Override
    protected Object clone() throws CloneNotSupportedException {
        return new ParameterTool(data);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ParameterTool)) {
            return false;
        }
        ParameterTool that = (ParameterTool) o;
        return data.equals(that.data);
    }

    @Override
    public int hashCode() {
        return data.hashCode();
    }

    @Override
    public String toString() {
        return "ParameterTool" + data;
    }
}
