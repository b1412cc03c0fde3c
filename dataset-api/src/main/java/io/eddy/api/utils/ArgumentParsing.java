package io.eddy.api.utils;

import java.util.Arrays;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * The command-line syntax shared by {@link ParameterTool#fromArgs} and
 * {@link MultipleParameterTool#fromArgs}, following Flink's rules: {@code --key value} or
 * {@code -key value}; a key followed by another key, or last, is a flag whose value is
 * {@link AbstractParameterTool#NO_VALUE_KEY}; a negative number after a key is its value, not a key.
 */
final class ArgumentParsing {

    // What counts as a number: decimal with optional fraction and exponent (and Java's type suffix),
    // or hexadecimal. Only matters for arguments starting with '-', which are keys otherwise.
    private static final Pattern NUMBER =
            Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?[dDfFlL]?|[-+]?0[xX][0-9a-fA-F]+");

    private ArgumentParsing() {}

    /** Feeds every (key, value) pair of {@code args} to {@code sink}, in order. */
    static void parse(String[] args, BiConsumer<String, String> sink) {
        int i = 0;
        while (i < args.length) {
            String key = keyAt(args, i);
            i++;
            if (i >= args.length) {
                sink.accept(key, AbstractParameterTool.NO_VALUE_KEY);
            } else if (isNumber(args[i]) || !args[i].startsWith("-")) {
                sink.accept(key, args[i]);
                i++;
            } else {
                sink.accept(key, AbstractParameterTool.NO_VALUE_KEY);
            }
        }
    }

    static boolean isNumber(String s) {
        return NUMBER.matcher(s).matches();
    }

    private static String keyAt(String[] args, int index) {
        String arg = args[index];
        String key;
        if (arg.startsWith("--")) {
            key = arg.substring(2);
        } else if (arg.startsWith("-")) {
            key = arg.substring(1);
        } else {
            throw new IllegalArgumentException(String.format(
                    "Error parsing arguments '%s' on '%s'. Please prefix keys with -- or -.",
                    Arrays.toString(args), arg));
        }
        if (key.isEmpty()) {
            throw new IllegalArgumentException(
                    "The input " + Arrays.toString(args) + " contains an empty argument");
        }
        return key;
    }
}
