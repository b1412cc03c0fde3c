package io.eddy.runtime.coordinator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The restart strategies under Flink's keys, and how many failures each lets a job survive. */
class RestartStrategyTest {

    @Test
    void settingsNameTheStrategy() {
        assertEquals(RestartStrategy.none(), RestartStrategy.fromSettings(Map.of(), RestartStrategy.none()));
        assertEquals(RestartStrategy.fixedDelay(3, Duration.ofMillis(500)), RestartStrategy.fromSettings(Map.of(
                "restart-strategy", "fixed-delay", "restart-strategy.fixed-delay.attempts", "3",
                "restart-strategy.fixed-delay.delay", "500 ms"), RestartStrategy.none()));
        assertEquals(RestartStrategy.failureRate(2, Duration.ofMinutes(1), Duration.ofSeconds(10)),
                RestartStrategy.fromSettings(Map.of("restart-strategy", "failure-rate",
                        "restart-strategy.failure-rate.max-failures-per-interval", "2",
                        "restart-strategy.failure-rate.failure-rate-interval", "1 min",
                        "restart-strategy.failure-rate.delay", "10s"), RestartStrategy.none()));
        assertThrows(IllegalArgumentException.class,
                () -> RestartStrategy.fromSettings(Map.of("restart-strategy", "sometimes"), RestartStrategy.none()));
        assertThrows(IllegalArgumentException.class, () -> RestartStrategy.duration("soon"));
    }

    @Test
    void fixedDelayAllowsItsAttempts() {
        RestartStrategy.Tracker tracker = RestartStrategy.fixedDelay(2, Duration.ZERO).tracker();
        assertTrue(tracker.failureAllowsRestart(0));
        assertTrue(tracker.failureAllowsRestart(1));
        assertFalse(tracker.failureAllowsRestart(2));
        assertFalse(RestartStrategy.none().tracker().failureAllowsRestart(0));
    }

    @Test
    void failureRateCountsOnlyFailuresWithinTheInterval() {
        RestartStrategy.Tracker tracker = RestartStrategy.failureRate(2, Duration.ofSeconds(10), Duration.ZERO).tracker();
        assertTrue(tracker.failureAllowsRestart(0));
        assertTrue(tracker.failureAllowsRestart(1_000));
        assertFalse(tracker.failureAllowsRestart(2_000), "a third failure within 10 s");
        assertTrue(tracker.failureAllowsRestart(30_000), "the earlier failures are older than the interval");
    }
}
