package io.eddy.runtime.iteration;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a task inside a loop shares with its operators: the current superstep, the task's own
 * aggregator instances, the global aggregates of the previous superstep, the feedback channel (for
 * the tail) and the counts the coordinator's termination rule needs. Operators reach it through
 * {@code OperatorContext.getIteration()}; outside loops that returns null. Used by the task thread
 * only (operators that emit from helper threads hand their counts back before the superstep ends).
 */
public final class IterationContext {

    private final String loopName;
    private final Map<String, SuperstepAggregator> aggregators = new LinkedHashMap<>();
    private final FeedbackChannel feedback;
    private final SolutionSet solutionSet;
    private int superstep = 1;
    private IterationCheckpoint.ResumePoint resume;
    private Map<String, Object> previousAggregates = Map.of();
    private long feedbackRecords;
    private long criterionRecords;

    /**
     * @param aggregatorPrototypes the loop's aggregators; this task gets its own copy of each
     * @param feedback the channel to the head, for a task that runs the loop's tail; else null
     * @param solutionSet the slot's solution set partition in a delta iteration; else null
     */
    public IterationContext(String loopName, Map<String, SuperstepAggregator> aggregatorPrototypes,
                            FeedbackChannel feedback, SolutionSet solutionSet) {
        this.loopName = loopName;
        this.feedback = feedback;
        this.solutionSet = solutionSet;
        aggregatorPrototypes.forEach((name, prototype) -> aggregators.put(name, IterationCoordinator.copy(prototype)));
    }

    public String loopName() {
        return loopName;
    }

    /**
     * Continues a loop from a checkpoint: the first superstep is the one after {@code resume}'s, with
     * its aggregates as the previous superstep's; operators read the loop's state from its files.
     */
    public void resumeFrom(IterationCheckpoint.ResumePoint resume) {
        this.resume = resume;
        this.superstep = resume.superstep() + 1;
        this.previousAggregates = resume.aggregates();
    }

    /** Where this attempt continues the loop from, or null if it starts at superstep 1. */
    public IterationCheckpoint.ResumePoint resume() {
        return resume;
    }

    /** The superstep running now, from 1. */
    public int superstep() {
        return superstep;
    }

    /** This task's instance of the aggregator registered under {@code name}, or null. */
    public SuperstepAggregator aggregator(String name) {
        return aggregators.get(name);
    }

    /** The global value of aggregator {@code name} after the previous superstep, or null in the first. */
    public Object previousAggregate(String name) {
        return previousAggregates.get(name);
    }

    /** The feedback channel, for the loop's tail. */
    public FeedbackChannel feedback() {
        if (feedback == null) {
            throw new IllegalStateException("only the tail of loop '" + loopName + "' feeds records back");
        }
        return feedback;
    }

    /** Whether the loop is a delta iteration with a solution set. */
    public boolean hasSolutionSet() {
        return solutionSet != null;
    }

    /** This slot's partition of the delta iteration's solution set. */
    public SolutionSet solutionSet() {
        if (solutionSet == null) {
            throw new IllegalStateException("loop '" + loopName + "' has no solution set: only delta iterations have one");
        }
        return solutionSet;
    }

    /** Counts one record fed back to the head in this superstep. */
    public void recordFedBack() {
        feedbackRecords++;
    }

    /** Counts one record of the termination criterion in this superstep. */
    public void criterionRecord() {
        criterionRecords++;
    }

    /** The report of the superstep that just ended: this task's partial aggregates and counts. */
    public IterationCoordinator.Report report() {
        Map<String, Object> partials = new LinkedHashMap<>();
        aggregators.forEach((name, aggregator) -> partials.put(name, aggregator.value()));
        return new IterationCoordinator.Report(superstep, Collections.unmodifiableMap(partials), feedbackRecords,
                criterionRecords);
    }

    /** Moves on to the superstep the coordinator decided, with the previous one's global aggregates. */
    public void startSuperstep(IterationCoordinator.Decision decision) {
        superstep = decision.superstep();
        previousAggregates = decision.aggregates();
        aggregators.values().forEach(SuperstepAggregator::reset);
        feedbackRecords = 0;
        criterionRecords = 0;
    }
}
