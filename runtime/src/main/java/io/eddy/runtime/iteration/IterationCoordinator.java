package io.eddy.runtime.iteration;

import io.eddy.runtime.jobgraph.IterationSpec;
import io.eddy.runtime.util.SerializationUtils;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that decides, for one loop, whether there is another superstep. Every task of the
 * loop's body reports when it has finished a superstep ({@link #superstepFinished}) and waits; when
 * the last one has reported, the coordinator merges their aggregates and counts, applies the whole
 * termination rule and releases them all with the same {@link Decision}: go on to the next superstep
 * (with the merged aggregates of this one) or stop. The rule, in order: the last allowed superstep
 * ran; the termination criterion produced no record; the loop fed nothing back (an empty workset or
 * partial solution, which would not change again); the convergence check says so.
 *
 * <p>Since all tasks of the loop wait here at the end of every superstep, the superstep boundary is a
 * barrier: whatever a task wrote before reporting (the fed-back records) is visible to every task
 * after the decision. A waiting task leaves through an interrupt (cancellation) or {@link #abort}.
 *
 * <p>In the embedded runtime the tasks call it directly; a distributed runtime calls it through its
 * control plane.
 */
public final class IterationCoordinator implements SuperstepBarrier {

    private static final Logger LOG = LoggerFactory.getLogger(IterationCoordinator.class);

    /** What one task reports at the end of a superstep. */
    public record Report(int superstep, Map<String, Object> aggregates, long feedbackRecords, long criterionRecords)
            implements java.io.Serializable {
    }

    /**
     * The answer to every task of the loop for one superstep.
     *
     * @param terminate whether the loop ends now
     * @param superstep the superstep that comes next (if not terminating)
     * @param aggregates the merged aggregates of the superstep that just ended
     */
    public record Decision(boolean terminate, int superstep, Map<String, Object> aggregates)
            implements java.io.Serializable {
    }

    /** Work done at the superstep barrier. */
    @FunctionalInterface
    public interface BarrierAction {
        /**
         * Runs at the end of {@code superstep}; returns how many solution set partitions are on disk
         * afterwards, or -1 if the loop has no solution set.
         */
        long run(int superstep) throws Exception;
    }

    private final IterationSpec spec;
    private final BarrierAction betweenSupersteps;
    private final int participants;
    private final boolean stopWhenNothingFedBack;
    private final Map<String, SuperstepAggregator> global = new LinkedHashMap<>();
    private final List<SuperstepStats> stats = Collections.synchronizedList(new ArrayList<>());

    private int superstep;
    private final java.util.function.BiConsumer<Integer, Decision> onDecision;
    private int reported;
    private long feedbackRecords;
    private long criterionRecords;
    private Decision decision;
    private boolean aborted;
    private long superstepStarted = System.nanoTime();
    private long partitionsOnDisk = -1;

    /**
     * @param participants how many tasks run the body (the sum of the body vertices' parallelism)
     * @param stopWhenNothingFedBack whether an empty feedback ends the loop (delta iterations: an
     *        empty workset); a bulk iteration's partial solution is allowed to be empty
     */
    public IterationCoordinator(IterationSpec spec, int participants, boolean stopWhenNothingFedBack) {
        this(spec, participants, stopWhenNothingFedBack, superstep -> -1);
    }

    /**
     * @param betweenSupersteps runs after every superstep while every task of the loop waits (a
     *        delta iteration applies its solution set delta there); a failure fails the loop
     */
    public IterationCoordinator(IterationSpec spec, int participants, boolean stopWhenNothingFedBack,
                                BarrierAction betweenSupersteps) {
        this(spec, participants, stopWhenNothingFedBack, betweenSupersteps, 1, null);
    }

    /**
     * @param firstSuperstep the superstep the loop starts with: 1, or the one after a checkpoint it
     *        resumes from
     * @param onDecision told of every decision with the superstep it ends, on the deciding thread; or null
     */
    public IterationCoordinator(IterationSpec spec, int participants, boolean stopWhenNothingFedBack,
                                BarrierAction betweenSupersteps, int firstSuperstep,
                                java.util.function.BiConsumer<Integer, Decision> onDecision) {
        this.superstep = firstSuperstep;
        this.onDecision = onDecision;
        this.spec = spec;
        this.participants = participants;
        this.stopWhenNothingFedBack = stopWhenNothingFedBack;
        this.betweenSupersteps = betweenSupersteps;
        spec.aggregators().forEach((name, prototype) -> global.put(name, copy(prototype)));
    }

    /** A task's own copy of one of the loop's aggregator prototypes. */
    public static SuperstepAggregator copy(SuperstepAggregator prototype) {
        return deepCopy(prototype, "aggregator");
    }

    private static <T> T deepCopy(T value, String what) {
        if (value == null) {
            return null;
        }
        try {
            return SerializationUtils.deserialize(SerializationUtils.serialize((java.io.Serializable) value),
                    value.getClass().getClassLoader());
        } catch (Exception e) {
            throw new IllegalStateException("an iteration " + what + " must be serializable: " + value + ": " + e, e);
        }
    }

    public IterationSpec spec() {
        return spec;
    }

    /**
     * Reports that one task finished {@code report.superstep()} and waits until every task has.
     *
     * @throws InterruptedException if the waiting task is cancelled
     * @throws IllegalStateException if the loop was aborted (another task failed)
     */
    @Override
    public synchronized Decision superstepFinished(Report report) throws InterruptedException {
        if (report.superstep() != superstep) {
            throw new IllegalStateException("a task of loop '" + spec.name() + "' reported superstep "
                    + report.superstep() + " while the loop is in superstep " + superstep);
        }
        checkAborted();
        report.aggregates().forEach((name, value) -> {
            SuperstepAggregator aggregator = global.get(name);
            if (aggregator == null) {
                throw new IllegalStateException("unknown aggregator '" + name + "' in loop '" + spec.name() + "'");
            }
            aggregator.merge(value);
        });
        feedbackRecords += report.feedbackRecords();
        criterionRecords += report.criterionRecords();
        if (++reported == participants) {
            try {
                partitionsOnDisk = betweenSupersteps.run(superstep);
            } catch (Exception e) {
                aborted = true;
                notifyAll();
                throw new IllegalStateException("loop '" + spec.name() + "' failed between supersteps " + superstep
                        + " and " + (superstep + 1) + ": " + e.getMessage(), e);
            }
            decide();
            notifyAll();
            return decision;
        }
        int waitingFor = superstep;
        while (superstep == waitingFor && !aborted) {
            wait();
        }
        checkAborted();
        return decision;
    }

    private void decide() {
        Map<String, Object> merged = new LinkedHashMap<>();
        // copies: the aggregators are reset for the next superstep, the decision keeps this one's values
        global.forEach((name, aggregator) -> merged.put(name, deepCopy(aggregator.value(), "aggregate")));
        Map<String, Object> values = Collections.unmodifiableMap(merged);
        String reason = null;
        if (superstep >= spec.maxSupersteps()) {
            reason = "reached the maximum of " + spec.maxSupersteps() + " supersteps";
        } else if (spec.criterionVertex() >= 0 && criterionRecords == 0) {
            reason = "the termination criterion is empty";
        } else if (stopWhenNothingFedBack && feedbackRecords == 0) {
            reason = "the workset is empty";
        } else if (spec.convergence() != null && spec.convergence().converged(superstep, values)) {
            reason = "the convergence criterion is met";
        }
        long now = System.nanoTime();
        SuperstepStats step = new SuperstepStats(spec.name(), superstep, (now - superstepStarted) / 1_000_000,
                feedbackRecords, spec.criterionVertex() >= 0 ? criterionRecords : -1, values, partitionsOnDisk);
        stats.add(step);
        LOG.info("Loop '{}' superstep {} took {} ms: {} records fed back{}{}{}{}", spec.name(), superstep, step.millis(),
                feedbackRecords, spec.criterionVertex() >= 0 ? ", " + criterionRecords + " criterion records" : "",
                partitionsOnDisk > 0 ? ", " + partitionsOnDisk + " solution set partitions on disk" : "",
                values.isEmpty() ? "" : ", aggregates " + values, reason == null ? "" : "; ends: " + reason);
        decision = new Decision(reason != null, superstep + 1, values);
        if (onDecision != null) {
            onDecision.accept(superstep, decision);
        }
        superstepStarted = now;
        reported = 0;
        feedbackRecords = 0;
        criterionRecords = 0;
        global.values().forEach(SuperstepAggregator::reset);
        superstep++;
    }

    /** Releases every waiting task with a failure: the job is failing or cancelled. */
    public synchronized void abort() {
        aborted = true;
        notifyAll();
    }

    private void checkAborted() {
        if (aborted) {
            throw new IllegalStateException("loop '" + spec.name() + "' was aborted");
        }
    }

    /** The superstep running now (after the loop ended, one past the last). */
    public synchronized int currentSuperstep() {
        return superstep;
    }

    /** The supersteps decided so far, in order. */
    public List<SuperstepStats> stats() {
        synchronized (stats) {
            return List.copyOf(stats);
        }
    }
}
