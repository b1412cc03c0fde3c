package io.eddy.exec.testutil;

import java.util.ArrayList;
import java.util.List;

/**
 * A static event log for lifecycle tests: the harness serializes factories, so a test cannot look
 * at the function instance the driver ran; functions append events here instead.
 */
public final class LifecycleLog {

    private static final List<String> EVENTS = new ArrayList<>();

    private LifecycleLog() {}

    public static synchronized void add(String event) {
        EVENTS.add(event);
    }

    public static synchronized List<String> drain() {
        List<String> copy = new ArrayList<>(EVENTS);
        EVENTS.clear();
        return copy;
    }
}
