package io.eddy.api.operators.translation;

/**
 * Names operators after where the user's program created them, as Flink does
 * ("Map at main(WordCount.java:42)"), so plans and error messages point at the user's code.
 */
public final class CallSites {

    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
    private static final java.security.CodeSource EDDY_CODE = CallSites.class.getProtectionDomain().getCodeSource();

    private CallSites() {}

    /** "{@code operator} at method(File.java:line)" for the first frame outside Eddy's API. */
    public static String describe(String operator) {
        String location = location();
        return location == null ? operator : operator + " at " + location;
    }

    /** "method(File.java:line)" of the first frame outside Eddy's API, or null if there is none. */
    public static String location() {
        return WALKER.walk(frames -> frames
                .filter(f -> !isEddyFrame(f.getDeclaringClass()))
                .findFirst()
                .map(f -> f.getMethodName() + "(" + f.getFileName() + ":" + f.getLineNumber() + ")")
                .orElse(null));
    }

    /** Frames of Eddy's own API (same jar as this class) and of the JDK are not the user's. */
    private static boolean isEddyFrame(Class<?> type) {
        String name = type.getName();
        if (name.startsWith("java.") || name.startsWith("jdk.") || name.startsWith("sun.")) {
            return true;
        }
        java.security.CodeSource source = type.getProtectionDomain().getCodeSource();
        return name.startsWith("io.eddy.") && java.util.Objects.equals(source, EDDY_CODE);
    }
}
