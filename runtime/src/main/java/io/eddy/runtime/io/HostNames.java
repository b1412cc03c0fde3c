package io.eddy.runtime.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Host names as locality compares them. HDFS reports DataNodes as it knows them (often fully
 * qualified, in any case), while a TaskExecutor names its machine as configured, so both sides are
 * reduced to the lower-case short name before they are compared; an IP address stays whole.
 */
public final class HostNames {

    private HostNames() {}

    /** {@code host} lower-cased and without its domain suffix ("DN1.Example.com" is "dn1"); null stays null. */
    public static String normalize(String host) {
        if (host == null) {
            return null;
        }
        int dot = host.indexOf('.');
        String shortName = dot > 0 && !Character.isDigit(host.charAt(0)) ? host.substring(0, dot) : host;
        return shortName.toLowerCase(Locale.ROOT);
    }

    /** Whether {@code split} names {@code host} (compared normalized) among its hosts. */
    public static boolean isStoredOn(InputSplit split, String host) {
        String wanted = normalize(host);
        if (wanted == null) {
            return false;
        }
        String[] hosts = split.getHostnames();
        if (hosts != null) {
            for (String candidate : hosts) {
                if (candidate != null && wanted.equals(normalize(candidate))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code split} names any host at all. */
    public static boolean isLocated(InputSplit split) {
        String[] hosts = split.getHostnames();
        if (hosts != null) {
            for (String host : hosts) {
                if (host != null && !host.isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The hosts holding {@code splits}, normalized, the host storing the most splits first (a split
     * counts once per distinct host it names; ties keep the order in which hosts first appear).
     */
    public static List<String> rankBySplits(Iterable<? extends InputSplit> splits) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (InputSplit split : splits) {
            String[] hosts = split.getHostnames();
            if (hosts == null) {
                continue;
            }
            Set<String> distinct = new LinkedHashSet<>();
            for (String host : hosts) {
                if (host != null && !host.isEmpty()) {
                    distinct.add(normalize(host));
                }
            }
            distinct.forEach(host -> counts.merge(host, 1, Integer::sum));
        }
        List<String> ranked = new ArrayList<>(counts.keySet());
        // a stable sort: equal counts stay in order of first appearance
        ranked.sort((a, b) -> Integer.compare(counts.get(b), counts.get(a)));
        return ranked;
    }
}
