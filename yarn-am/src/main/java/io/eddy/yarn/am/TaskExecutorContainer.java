package io.eddy.yarn.am;

import java.util.EnumSet;
import org.apache.hadoop.yarn.api.records.Container;
import org.apache.hadoop.yarn.api.records.ContainerId;
import org.apache.hadoop.yarn.state.InvalidStateTransitionException;
import org.apache.hadoop.yarn.state.MultipleArcTransition;
import org.apache.hadoop.yarn.state.StateMachine;
import org.apache.hadoop.yarn.state.StateMachineFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One TaskExecutor container and its lifecycle, as an explicit transition table (Hadoop's
 * {@link StateMachineFactory}, as MapReduce's and Tez's ApplicationMasters keep theirs): every event a
 * container can meet in every state is listed, so a late or repeated callback (a completion after a
 * release, a start acknowledgement after the container died) is a named no-op rather than an accident.
 *
 * <pre>
 * LAUNCHING --STARTED--------> RUNNING
 * LAUNCHING --START_FAILED---> FAILED
 * LAUNCHING, RUNNING --EXITED--> FAILED (the session still wanted it) | ENDED (it was being stopped)
 * LAUNCHING, RUNNING --RELEASE--> RELEASED
 * RELEASED --EXITED--> ENDED
 * </pre>
 *
 * Entering FAILED tells the owner, which counts the failure and asks for a replacement.
 */
final class TaskExecutorContainer {

    private static final Logger LOG = LoggerFactory.getLogger(TaskExecutorContainer.class);

    enum State { LAUNCHING, RUNNING, FAILED, RELEASED, ENDED }

    enum EventType { STARTED, START_FAILED, EXITED, RELEASE }

    /** A typed event: what happened, and the NodeManager's or ResourceManager's words on it. */
    record Event(EventType type, String diagnostics) {}

    /** What a container's owner learns from its transitions. */
    interface Owner {
        /** Whether the session is winding down, so that a container's end is no failure. */
        boolean stopping();

        /** The container failed while the session wanted it. */
        void failed(TaskExecutorContainer container, String what);
    }

    private static final StateMachineFactory<TaskExecutorContainer, State, EventType, Event> TABLE =
            new StateMachineFactory<TaskExecutorContainer, State, EventType, Event>(State.LAUNCHING)
                    .addTransition(State.LAUNCHING, State.RUNNING, EventType.STARTED)
                    .addTransition(State.LAUNCHING, State.FAILED, EventType.START_FAILED,
                            (container, event) -> container.owner.failed(container,
                                    container.id() + " could not be started: " + event.diagnostics()))
                    .addTransition(State.LAUNCHING, EnumSet.of(State.FAILED, State.ENDED), EventType.EXITED, new Exited())
                    .addTransition(State.RUNNING, EnumSet.of(State.FAILED, State.ENDED), EventType.EXITED, new Exited())
                    .addTransition(State.LAUNCHING, State.RELEASED, EventType.RELEASE)
                    .addTransition(State.RUNNING, State.RELEASED, EventType.RELEASE)
                    .addTransition(State.RUNNING, State.RUNNING, EnumSet.of(EventType.STARTED, EventType.START_FAILED))
                    .addTransition(State.RELEASED, State.ENDED, EventType.EXITED)
                    .addTransition(State.RELEASED, State.RELEASED,
                            EnumSet.of(EventType.STARTED, EventType.START_FAILED, EventType.RELEASE))
                    .addTransition(State.FAILED, State.FAILED, EnumSet.allOf(EventType.class))
                    .addTransition(State.ENDED, State.ENDED, EnumSet.allOf(EventType.class))
                    .installTopology();

    /** A container that ended while the session wanted it failed; one that ended while it wound down ended. */
    private static final class Exited implements MultipleArcTransition<TaskExecutorContainer, Event, State> {
        @Override
        public State transition(TaskExecutorContainer container, Event event) {
            String what = container.id() + " ended" + (event.diagnostics() == null || event.diagnostics().isBlank()
                    ? "" : ": " + event.diagnostics().trim());
            if (container.owner.stopping()) {
                LOG.info("TaskExecutor container {}", what);
                return State.ENDED;
            }
            container.owner.failed(container, what);
            return State.FAILED;
        }
    }

    private final Container container;
    private final Owner owner;
    private final StateMachine<State, EventType, Event> lifecycle;

    TaskExecutorContainer(Container container, Owner owner) {
        this.container = container;
        this.owner = owner;
        this.lifecycle = TABLE.make(this);
    }

    ContainerId id() {
        return container.getId();
    }

    Container container() {
        return container;
    }

    State state() {
        return lifecycle.getCurrentState();
    }

    /** Whether it runs or is being launched: neither ended, failed nor released. */
    boolean isLive() {
        return state() == State.LAUNCHING || state() == State.RUNNING;
    }

    /** Applies an event; every pair of state and event is in the table, so none is refused. */
    void handle(EventType type, String diagnostics) {
        State before = state();
        try {
            lifecycle.doTransition(type, new Event(type, diagnostics));
        } catch (InvalidStateTransitionException e) {
            throw new IllegalStateException("the container table lacks " + type + " in " + before, e);
        }
        if (before != state()) {
            LOG.debug("TaskExecutor container {}: {} --{}--> {}", id(), before, type, state());
        }
    }
}
