package io.eddy.runtime.util;

import java.util.ArrayList;
import java.util.List;

/**
 * The JVM options Eddy starts its own JVMs with, where the user did not set the same thing:
 * {@code scripts/eddy} (its default {@code EDDY_JAVA_OPTS} holds them), the YARN containers and the
 * benchmark runners.
 *
 * <ul>
 *   <li>{@code -XX:+UseParallelGC}: batch throughput; a job has no pause-time goal.</li>
 *   <li>{@code -XX:InlineSmallCode=1000} (2500 by default on x86-64): C2 no longer inlines a method it
 *       has already compiled to more than 1000 bytes, so a per-record path shared by several
 *       operators is compiled once instead of into each caller. A short job spends much of its CPU in
 *       C2 while its loops wait in C2's queue; measured on 2 cores, alternating with and without
 *       (collector as above, 2 runs each): the memory suite's group+join 3.7-3.8 -> 3.1-3.4 s, join +
 *       groupBy 2.7-2.8 -> 2.5-2.6 s, the three-way join 2.7-3.0 -> 2.6 s, WordCount (17 s) and
 *       PageRank (22 s) unchanged.</li>
 * </ul>
 */
public final class JvmDefaults {

    /** The defaults, in the order they go on a command line. */
    public static final List<String> OPTIONS = List.of("-XX:+UseParallelGC", "-XX:InlineSmallCode=1000");

    private JvmDefaults() {
    }

    /**
     * {@link #OPTIONS} that {@code userOptions} do not override, then {@code userOptions}: a user's
     * collector replaces the parallel one (two would stop the JVM from starting), a user's
     * {@code -XX:InlineSmallCode=} the default one.
     */
    public static List<String> withDefaults(List<String> userOptions) {
        boolean collectorChosen = userOptions.stream().anyMatch(option -> option.matches("-XX:\\+Use\\w*GC"));
        List<String> options = new ArrayList<>();
        for (String option : OPTIONS) {
            boolean overridden = option.startsWith("-XX:+Use") ? collectorChosen
                    : userOptions.stream().anyMatch(user -> user.startsWith(option.substring(0, option.indexOf('=') + 1)));
            if (!overridden) {
                options.add(option);
            }
        }
        options.addAll(userOptions);
        return options;
    }
}
