package io.eddy.runtime.testutil;

import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.LockSupport;

/** Looks at the task threads of a mini cluster job, which are named "{@code <vertex name> (i/n)}". */
public final class Threads {

    private Threads() {}

    /** The live threads of a vertex's subtasks. */
    public static List<Thread> ofVertex(String vertexName) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith(vertexName + " (") && t.isAlive())
                .toList();
    }

    /**
     * Waits until {@code count} subtasks of the vertex are parked on a condition (a gate waiting for
     * data, a pool waiting for a buffer). A thread spinning instead of waiting never gets there, so a
     * test using this fails by its timeout. Call it after submitting (which starts every task thread):
     * it fails at once when fewer threads than {@code count} are left, since the job then ended.
     */
    public static void awaitParkedOnCondition(String vertexName, int count) throws InterruptedException {
        while (true) {
            List<Thread> threads = ofVertex(vertexName);
            if (threads.size() < count) {
                throw new AssertionError("only " + threads.size() + " threads of '" + vertexName
                        + "' are alive, expected " + count + " to wait: did the job end?");
            }
            if (threads.stream().filter(Threads::isParkedOnCondition).count() >= count) {
                return;
            }
            Thread.sleep(5);
        }
    }

    public static boolean isParkedOnCondition(Thread thread) {
        return thread.getState() == Thread.State.WAITING && LockSupport.getBlocker(thread) instanceof Condition;
    }

    /** Fails if a thread of one of the vertices is still alive. */
    public static void assertNoneLeft(String... vertexNames) {
        for (String name : vertexNames) {
            List<Thread> left = ofVertex(name);
            if (!left.isEmpty()) {
                throw new AssertionError("threads left: " + left);
            }
        }
    }
}
