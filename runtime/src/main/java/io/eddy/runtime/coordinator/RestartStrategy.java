package io.eddy.runtime.coordinator;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * Whether a failed job attempt is retried, and after how long: never, up to a number of times with a
 * fixed delay, or as long as failures stay below a rate. Configured with Flink's keys
 * ({@code restart-strategy: none | fixed-delay | failure-rate} and its sub-keys).
 *
 * @param kind which rule
 * @param attempts fixed-delay: restarts allowed; failure-rate: failures allowed per interval
 * @param delay wait between a failure and the next attempt
 * @param interval failure-rate: the window over which failures are counted
 */
public record RestartStrategy(Kind kind, int attempts, Duration delay, Duration interval) implements Serializable {

    public static final String KEY = "restart-strategy";
    public static final String FIXED_DELAY_ATTEMPTS = "restart-strategy.fixed-delay.attempts";
    public static final String FIXED_DELAY_DELAY = "restart-strategy.fixed-delay.delay";
    public static final String FAILURE_RATE_MAX = "restart-strategy.failure-rate.max-failures-per-interval";
    public static final String FAILURE_RATE_INTERVAL = "restart-strategy.failure-rate.failure-rate-interval";
    public static final String FAILURE_RATE_DELAY = "restart-strategy.failure-rate.delay";

    /** The rules. */
    public enum Kind { NONE, FIXED_DELAY, FAILURE_RATE }

    public RestartStrategy {
        if (attempts < 0 || delay.isNegative() || interval.isNegative()) {
            throw new IllegalArgumentException("negative restart settings: " + attempts + ", " + delay + ", " + interval);
        }
    }

    public static RestartStrategy none() {
        return new RestartStrategy(Kind.NONE, 0, Duration.ZERO, Duration.ZERO);
    }

    public static RestartStrategy fixedDelay(int attempts, Duration delay) {
        return new RestartStrategy(Kind.FIXED_DELAY, attempts, delay, Duration.ZERO);
    }

    public static RestartStrategy failureRate(int maxFailuresPerInterval, Duration interval, Duration delay) {
        return new RestartStrategy(Kind.FAILURE_RATE, maxFailuresPerInterval, delay, interval);
    }

    /**
     * The strategy the settings name; {@code fallback} when they name none.
     *
     * @throws IllegalArgumentException for an unknown strategy or a malformed number or duration
     */
    public static RestartStrategy fromSettings(Map<String, String> settings, RestartStrategy fallback) {
        String kind = settings.get(KEY);
        if (kind == null || kind.isBlank()) {
            return fallback;
        }
        switch (kind.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "none", "off", "disable":
                return none();
            case "fixed-delay", "fixeddelay":
                return fixedDelay(Integer.parseInt(settings.getOrDefault(FIXED_DELAY_ATTEMPTS, "1").trim()),
                        duration(settings.getOrDefault(FIXED_DELAY_DELAY, "1 s")));
            case "failure-rate", "failurerate":
                return failureRate(Integer.parseInt(settings.getOrDefault(FAILURE_RATE_MAX, "1").trim()),
                        duration(settings.getOrDefault(FAILURE_RATE_INTERVAL, "1 min")),
                        duration(settings.getOrDefault(FAILURE_RATE_DELAY, "1 s")));
            default:
                throw new IllegalArgumentException("unknown " + KEY + " '" + kind
                        + "': use none, fixed-delay or failure-rate");
        }
    }

    /** Parses "500 ms", "10s", "2 min", "1h" or plain milliseconds. */
    public static Duration duration(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT).replace(" ", "");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)(ms|s|sec|min|m|h)?").matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a duration: '" + text + "' (e.g. 500 ms, 10 s, 2 min)");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "ms" : m.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(n);
            case "s", "sec" -> Duration.ofSeconds(n);
            case "min", "m" -> Duration.ofMinutes(n);
            default -> Duration.ofHours(n);
        };
    }

    /** Counts one job's failures against the strategy. */
    public Tracker tracker() {
        return new Tracker();
    }

    @Override
    public String toString() {
        return switch (kind) {
            case NONE -> "no restarts";
            case FIXED_DELAY -> attempts + " restarts, " + delay.toMillis() + " ms apart";
            case FAILURE_RATE -> "restarts while at most " + attempts + " failures per " + interval.toMillis()
                    + " ms, " + delay.toMillis() + " ms apart";
        };
    }

    /** The failures of one job so far. */
    public final class Tracker {
        private int restarts;
        private final Deque<Long> failureTimes = new ArrayDeque<>();

        /** Records a failure at {@code nowMillis}; whether the job may run again. */
        public boolean failureAllowsRestart(long nowMillis) {
            switch (kind) {
                case NONE:
                    return false;
                case FIXED_DELAY:
                    return restarts++ < attempts;
                default:
                    failureTimes.addLast(nowMillis);
                    while (!failureTimes.isEmpty() && failureTimes.peekFirst() < nowMillis - interval.toMillis()) {
                        failureTimes.removeFirst();
                    }
                    return failureTimes.size() <= attempts;
            }
        }
    }
}
