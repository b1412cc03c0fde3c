package io.eddy.api.util;

/**
 * Argument and state checks that fail with a readable message (Flink's {@code Preconditions}).
 * Message templates use {@code %s} placeholders; the message is only built when a check fails, so
 * checks are cheap on hot paths as long as the arguments need no boxing.
 */
public final class Preconditions {

    private Preconditions() {}

    /** @throws NullPointerException if {@code reference} is null */
    public static <T> T checkNotNull(T reference) {
        if (reference == null) {
            throw new NullPointerException();
        }
        return reference;
    }

    /** @throws NullPointerException with {@code String.valueOf(errorMessage)} if {@code reference} is null */
    public static <T> T checkNotNull(T reference, Object errorMessage) {
        if (reference == null) {
            throw new NullPointerException(String.valueOf(errorMessage));
        }
        return reference;
    }

    public static <T> T checkNotNull(T reference, String errorMessageTemplate, Object... errorMessageArgs) {
        if (reference == null) {
            throw new NullPointerException(format(errorMessageTemplate, errorMessageArgs));
        }
        return reference;
    }

    /** @throws IllegalArgumentException if {@code condition} is false */
    public static void checkArgument(boolean condition) {
        if (!condition) {
            throw new IllegalArgumentException();
        }
    }

    public static void checkArgument(boolean condition, Object errorMessage) {
        if (!condition) {
            throw new IllegalArgumentException(String.valueOf(errorMessage));
        }
    }

    public static void checkArgument(boolean condition, String errorMessageTemplate, Object... errorMessageArgs) {
        if (!condition) {
            throw new IllegalArgumentException(format(errorMessageTemplate, errorMessageArgs));
        }
    }

    /** @throws IllegalStateException if {@code condition} is false */
    public static void checkState(boolean condition) {
        if (!condition) {
            throw new IllegalStateException();
        }
    }

    public static void checkState(boolean condition, Object errorMessage) {
        if (!condition) {
            throw new IllegalStateException(String.valueOf(errorMessage));
        }
    }

    public static void checkState(boolean condition, String errorMessageTemplate, Object... errorMessageArgs) {
        if (!condition) {
            throw new IllegalStateException(format(errorMessageTemplate, errorMessageArgs));
        }
    }

    /** @throws IndexOutOfBoundsException unless {@code 0 <= index < size} */
    public static void checkElementIndex(int index, int size) {
        checkArgument(size >= 0, "Size was negative.");
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + size);
        }
    }

    public static void checkElementIndex(int index, int size, String errorMessage) {
        checkArgument(size >= 0, "Size was negative.");
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(errorMessage + " Index: " + index + ", Size: " + size);
        }
    }

    /**
     * Replaces each {@code %s} with the next argument; surplus arguments are appended in brackets,
     * so a template/argument mismatch still shows every value instead of failing inside the check.
     */
    private static String format(String template, Object... args) {
        String text = String.valueOf(template);
        if (args == null || args.length == 0) {
            return text;
        }
        StringBuilder builder = new StringBuilder(text.length() + 16 * args.length);
        int start = 0;
        int next = 0;
        while (next < args.length) {
            int placeholder = text.indexOf("%s", start);
            if (placeholder < 0) {
                break;
            }
            builder.append(text, start, placeholder).append(args[next++]);
            start = placeholder + 2;
        }
        builder.append(text, start, text.length());
        if (next < args.length) {
            builder.append(" [").append(args[next++]);
            while (next < args.length) {
                builder.append(", ").append(args[next++]);
            }
            builder.append(']');
        }
        return builder.toString();
    }
}
