package io.eddy.yarn.am;

import java.util.EnumSet;
import java.util.concurrent.CompletableFuture;
import org.apache.hadoop.yarn.api.records.FinalApplicationStatus;
import org.apache.hadoop.yarn.state.InvalidStateTransitionException;
import org.apache.hadoop.yarn.state.MultipleArcTransition;
import org.apache.hadoop.yarn.state.StateMachine;
import org.apache.hadoop.yarn.state.StateMachineFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lifecycle of the application an ApplicationMaster runs (a session, or one program), as an
 * explicit transition table over typed events. The services report what happens to them (the
 * ResourceManager registration, the program's end, the JobManager's shutdown, containers failing
 * beyond their allowance, the ResourceManager client failing); the table decides how the application
 * ends, and the first final state wins: a program that fails because the ResourceManager was lost
 * ends the application FAILED with the ResourceManager's reason, not the program's.
 *
 * <pre>
 * NEW --REGISTERED--> REGISTERED --STARTED--> RUNNING
 * RUNNING --PROGRAM_ENDED--> SUCCEEDED | FAILED | KILLED (by the program's exit code; KILLED when its job was cancelled)
 * RUNNING --JOBMANAGER_SHUT_DOWN--> SUCCEEDED (a session: a client stopped it) | FAILED (a program was running)
 * NEW, REGISTERED, RUNNING --CONTAINERS_EXHAUSTED, RESOURCE_MANAGER_FAILED--> FAILED
 * SUCCEEDED, FAILED, KILLED: every event ignored
 * </pre>
 */
final class ApplicationLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ApplicationLifecycle.class);

    enum State { NEW, REGISTERED, RUNNING, SUCCEEDED, FAILED, KILLED }

    enum EventType { REGISTERED, STARTED, PROGRAM_ENDED, JOBMANAGER_SHUT_DOWN, CONTAINERS_EXHAUSTED, RESOURCE_MANAGER_FAILED }

    /**
     * A typed event; {@code end} says how the application ends for PROGRAM_ENDED and
     * JOBMANAGER_SHUT_DOWN, and is FAILED for the failures.
     */
    record Event(EventType type, FinalApplicationStatus end, String diagnostics) {}

    /** How the application ended. */
    record Outcome(FinalApplicationStatus status, String diagnostics) {}

    private static final EnumSet<State> ENDED = EnumSet.of(State.SUCCEEDED, State.FAILED, State.KILLED);
    private static final EnumSet<EventType> FAILURES =
            EnumSet.of(EventType.CONTAINERS_EXHAUSTED, EventType.RESOURCE_MANAGER_FAILED);

    private static final StateMachineFactory<ApplicationLifecycle, State, EventType, Event> TABLE =
            new StateMachineFactory<ApplicationLifecycle, State, EventType, Event>(State.NEW)
                    .addTransition(State.NEW, State.REGISTERED, EventType.REGISTERED)
                    .addTransition(State.REGISTERED, State.RUNNING, EventType.STARTED)
                    .addTransition(State.RUNNING, ENDED, EventType.PROGRAM_ENDED, new ByOutcome())
                    .addTransition(State.RUNNING, ENDED, EventType.JOBMANAGER_SHUT_DOWN, new ByOutcome())
                    .addTransition(State.REGISTERED, ENDED, EventType.JOBMANAGER_SHUT_DOWN, new ByOutcome())
                    .addTransition(State.NEW, State.FAILED, FAILURES, ApplicationLifecycle::fail)
                    .addTransition(State.REGISTERED, State.FAILED, FAILURES, ApplicationLifecycle::fail)
                    .addTransition(State.RUNNING, State.FAILED, FAILURES, ApplicationLifecycle::fail)
                    .addTransition(State.SUCCEEDED, State.SUCCEEDED, EnumSet.allOf(EventType.class))
                    .addTransition(State.FAILED, State.FAILED, EnumSet.allOf(EventType.class))
                    .addTransition(State.KILLED, State.KILLED, EnumSet.allOf(EventType.class))
                    .installTopology();

    /** The event says how the application ends (the program's exit code, a session's clean stop). */
    private static final class ByOutcome implements MultipleArcTransition<ApplicationLifecycle, Event, State> {
        @Override
        public State transition(ApplicationLifecycle lifecycle, Event event) {
            lifecycle.outcome.complete(new Outcome(event.end(), event.diagnostics()));
            return switch (event.end()) {
                case SUCCEEDED -> State.SUCCEEDED;
                case KILLED -> State.KILLED;
                default -> State.FAILED;
            };
        }
    }

    private static void fail(ApplicationLifecycle lifecycle, Event event) {
        lifecycle.outcome.complete(new Outcome(FinalApplicationStatus.FAILED, event.diagnostics()));
    }

    private final StateMachine<State, EventType, Event> machine = TABLE.make(this);
    private final CompletableFuture<Outcome> outcome = new CompletableFuture<>();

    /** Applies an event; every pair of state and event the services send is in the table. */
    synchronized void handle(EventType type, FinalApplicationStatus end, String diagnostics) {
        State before = machine.getCurrentState();
        try {
            machine.doTransition(type, new Event(type, end, diagnostics));
        } catch (InvalidStateTransitionException e) {
            throw new IllegalStateException("the application table lacks " + type + " in " + before, e);
        }
        State after = machine.getCurrentState();
        if (before != after) {
            LOG.info("Application {} --{}--> {}{}", before, type, after,
                    diagnostics == null || !ENDED.contains(after) ? "" : " (" + diagnostics + ")");
        }
    }

    void handle(EventType type) {
        handle(type, FinalApplicationStatus.SUCCEEDED, null);
    }

    synchronized State state() {
        return machine.getCurrentState();
    }

    /** Completes when the application has reached SUCCEEDED or FAILED. */
    CompletableFuture<Outcome> outcome() {
        return outcome;
    }
}
