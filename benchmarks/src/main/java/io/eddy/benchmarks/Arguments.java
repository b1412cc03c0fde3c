package io.eddy.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code --name value} options and positional words of the benchmark command lines; flags have no value. */
final class Arguments {

    private final Map<String, String> options;
    private final List<String> positional;

    private Arguments(Map<String, String> options, List<String> positional) {
        this.options = options;
        this.positional = positional;
    }

    /** Parses {@code args}; the first {@code positionalCount} words are positional. */
    static Arguments parse(String[] args, int positionalCount) {
        Map<String, String> options = new HashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                boolean hasValue = i + 1 < args.length && !args[i + 1].startsWith("--");
                options.put(args[i].substring(2), hasValue ? args[++i] : "true");
            } else {
                positional.add(args[i]);
            }
        }
        if (positional.size() < positionalCount) {
            throw new IllegalArgumentException("expected " + positionalCount + " positional argument(s)");
        }
        return new Arguments(options, positional);
    }

    String positional(int index) {
        return positional.get(index);
    }

    String get(String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing --" + name);
        }
        return value;
    }

    String get(String name, String defaultValue) {
        return options.getOrDefault(name, defaultValue);
    }

    int getInt(String name, int defaultValue) {
        return options.containsKey(name) ? Integer.parseInt(options.get(name)) : defaultValue;
    }

    long getLong(String name, long defaultValue) {
        return options.containsKey(name) ? Long.parseLong(options.get(name)) : defaultValue;
    }

    double getDouble(String name, double defaultValue) {
        return options.containsKey(name) ? Double.parseDouble(options.get(name)) : defaultValue;
    }

    boolean has(String name) {
        return options.containsKey(name);
    }
}
