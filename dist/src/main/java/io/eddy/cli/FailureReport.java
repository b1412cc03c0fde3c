package io.eddy.cli;

import io.eddy.api.io.CsvParseException;
import io.eddy.runtime.task.TaskException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one line a failed program leaves on stderr: what went wrong, where in the user's program, and
 * what to do about it, so that a user reading a cron mail needs the stack trace only to debug.
 *
 * <pre>
 * ArithmeticException: / by zero in Map at main(MyJob.java:42) (function com.example.MyJob$Divide)
 * ConnectException: Connection refused by localhost:9 (reaching hdfs://localhost:9/in) in DataSource (readTextFile at ...
 * class org.foo.Bar not found (NoClassDefFoundError): add the jar that contains it to the job jar ...
 * Malformed CSV in file:/x/in.csv, line 3, field 2 (age): expected Integer, found "abc" in DataSource (readCsvFile at ...
 * </pre>
 *
 * <p>The cause is the deepest exception, with its simple class name, except where a known kind of
 * failure is better said otherwise: a missing class names the class and the remedy; a failed
 * connection names the host and port (from Hadoop's message "Call From x to host:port ...") and
 * the path being reached; a CSV error's message is complete as it is. The operator comes from the
 * runtime's {@link TaskException}; the function's class is left out when it is Eddy's own (a
 * built-in format or aggregation), which says nothing the operator's name does not.
 */
final class FailureReport {

    /** What to do about a missing class: the usual cause is a dependency the job jar does not carry. */
    static final String MISSING_CLASS_ADVICE =
            "add the jar that contains it to the job jar (shade it) or to HADOOP_CLASSPATH";

    /** Packages of Eddy's own functions and formats; the libraries (gelly, ml) count as user code. */
    private static final Pattern EDDY_PACKAGES =
            Pattern.compile("io\\.eddy\\.(api|exec|runtime|compiler|optimizer|plan|client|connectors)\\.");
    private static final Pattern HOST_PORT = Pattern.compile("\\bto ([\\w.-]+:\\d+)\\b");
    private static final Pattern REACHING = Pattern.compile("Cannot reach (\\S+):");

    private FailureReport() {}

    /** The failure of {@code failure} on one line, without the "eddy: " prefix and the log file. */
    static String describe(Throwable failure) {
        List<Throwable> chain = causalChain(failure);
        String line = cause(chain);
        TaskException task = first(chain, TaskException.class);
        if (task != null && task.operatorName() != null) {
            line += " in " + task.operatorName();
            String function = functionDescription(task.userFunctionClass());
            if (function != null) {
                line += " (function " + function + ")";
            }
        }
        return oneLine(line);
    }

    private static String cause(List<Throwable> chain) {
        Throwable root = chain.get(chain.size() - 1);
        Throwable missingClass = first(chain, NoClassDefFoundError.class);
        if (missingClass == null) {
            missingClass = first(chain, ClassNotFoundException.class);
        }
        if (missingClass != null) {
            return "class " + missingClassName(missingClass) + " not found ("
                    + missingClass.getClass().getSimpleName() + "): " + MISSING_CLASS_ADVICE;
        }
        CsvParseException csv = first(chain, CsvParseException.class);
        if (csv != null) {
            return csv.getMessage();
        }
        String line = typeAndMessage(root);
        if (root instanceof java.net.SocketException || root instanceof java.net.SocketTimeoutException) {
            String hostPort = find(chain, HOST_PORT);
            String path = find(chain, REACHING);
            if (hostPort != null) {
                line += " by " + hostPort;
            }
            if (path != null) {
                line += " (reaching " + path + ")";
            }
        }
        return line;
    }

    private static String typeAndMessage(Throwable t) {
        String type = t.getClass().getSimpleName().isEmpty() ? t.getClass().getName() : t.getClass().getSimpleName();
        String message = t.getMessage();
        return message == null || message.isBlank() ? type : type + ": " + message;
    }

    /** "org.foo.Bar" from "org.foo.Bar" (ClassNotFoundException) or "org/foo/Bar" (NoClassDefFoundError). */
    private static String missingClassName(Throwable t) {
        String message = t.getMessage();
        if (message == null || message.isBlank()) {
            return "(unnamed)";
        }
        String name = message.strip();
        int space = name.indexOf(' ');
        if (space > 0) {
            name = name.substring(0, space);
        }
        return name.replace('/', '.');
    }

    /** The function's class for the user, or null when it is Eddy's own or unknown. */
    private static String functionDescription(String className) {
        if (className == null || EDDY_PACKAGES.matcher(className).lookingAt()) {
            return null;
        }
        int lambda = className.indexOf("$$Lambda");
        return lambda < 0 ? className : "a lambda in " + className.substring(0, lambda);
    }

    private static List<Throwable> causalChain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    private static <T extends Throwable> T first(List<Throwable> chain, Class<T> type) {
        for (Throwable t : chain) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** The first group of {@code pattern}'s first match in a message of the chain, or null. */
    private static String find(List<Throwable> chain, Pattern pattern) {
        for (Throwable t : chain) {
            if (t.getMessage() != null) {
                Matcher m = pattern.matcher(t.getMessage());
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        return null;
    }

    static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
