package io.eddy.runtime.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class InputGateTest {

    private final ResultSubpartition[] subpartitions = new ResultSubpartition[3];

    private InputGate gate(int... groups) {
        InputChannel[] channels = new InputChannel[groups.length];
        for (int i = 0; i < groups.length; i++) {
            subpartitions[i] = new PipelinedSubpartition("sp" + i);
            channels[i] = new LocalInputChannel(subpartitions[i]);
        }
        int numGroups = 0;
        for (int g : groups) {
            numGroups = Math.max(numGroups, g + 1);
        }
        InputGate gate = new InputGate(channels, groups, numGroups);
        gate.start();
        return gate;
    }

    private static Buffer event() {
        return Buffer.forEvent(EndOfPartitionEvent.INSTANCE);
    }

    @Test
    void servesChannelsRoundRobinAndReportsTheChannel() throws Exception {
        InputGate gate = gate(0, 0, 0);
        for (int round = 0; round < 2; round++) {
            for (ResultSubpartition sp : subpartitions) {
                sp.add(event());
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            gate.getNext(-1);
            order.add(gate.lastChannel());
        }
        assertEquals(List.of(0, 1, 2, 0, 1, 2), order);
    }

    @Test
    void prefersTheRequestedGroupWhileItHasData() throws Exception {
        InputGate gate = gate(0, 1, 1);
        subpartitions[0].add(event());
        subpartitions[0].add(event());
        subpartitions[1].add(event());
        subpartitions[2].add(event());
        gate.getNext(1);
        assertEquals(1, gate.groupOf(gate.lastChannel()));
        gate.getNext(1);
        assertEquals(1, gate.groupOf(gate.lastChannel()));
        gate.getNext(1); // group 1 is empty: never stall, take group 0
        assertEquals(0, gate.lastChannel());
    }

    @Test
    void blocksUntilDataArrivesAndWakesOnInterrupt() throws Exception {
        InputGate gate = gate(0, 0);
        AtomicReference<Object> got = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            try {
                got.set(gate.getNext(-1));
            } catch (Throwable t) {
                got.set(t);
            }
        });
        reader.start();
        Thread.sleep(100);
        Buffer buffer = event();
        subpartitions[1].add(buffer);
        reader.join(5000);
        assertSame(buffer, got.get());

        Thread blocked = new Thread(() -> {
            try {
                got.set(gate.getNext(-1));
            } catch (Throwable t) {
                got.set(t);
            }
        });
        blocked.start();
        Thread.sleep(100);
        blocked.interrupt();
        blocked.join(5000);
        assertInstanceOf(InterruptedException.class, got.get());
    }

    @Test
    void concurrentProducersLoseNoBuffer() throws Exception {
        InputGate gate = gate(0, 1, 0);
        int perChannel = 20_000;
        List<Thread> producers = new ArrayList<>();
        for (ResultSubpartition sp : subpartitions) {
            Thread t = new Thread(() -> {
                for (int i = 0; i < perChannel; i++) {
                    sp.add(event());
                }
            });
            producers.add(t);
            t.start();
        }
        int[] counts = new int[3];
        for (int i = 0; i < 3 * perChannel; i++) {
            gate.getNext(i % 2);
            counts[gate.lastChannel()]++;
        }
        for (Thread t : producers) {
            t.join();
        }
        assertEquals(List.of(perChannel, perChannel, perChannel), List.of(counts[0], counts[1], counts[2]));
    }

    /** Reads one buffer in a new thread; the result (buffer or exception) lands in {@code got}. */
    private static Thread reader(InputGate gate, int group, boolean strict, AtomicReference<Object> got) {
        Thread thread = new Thread(() -> {
            try {
                got.set(gate.getNext(group, strict));
            } catch (Throwable t) {
                got.set(t);
            }
        }, "gate reader");
        thread.start();
        return thread;
    }

    /**
     * Waits until the thread is parked on a condition, as a reader with nothing to read must be: a
     * reader spinning on the gate would stay runnable and the test would time out.
     */
    private static void awaitParkedOnCondition(Thread thread) throws InterruptedException {
        while (!(thread.getState() == Thread.State.WAITING && LockSupport.getBlocker(thread) instanceof Condition)) {
            if (!thread.isAlive()) {
                throw new AssertionError("the reader ended instead of waiting");
            }
            Thread.sleep(1);
        }
    }

    @Test
    void strictReadWaitsForItsGroupWhileOthersHaveData() throws Exception {
        InputGate gate = gate(0, 1, 1);
        subpartitions[1].add(event());
        subpartitions[2].add(event());
        AtomicReference<Object> got = new AtomicReference<>();
        Thread reader = reader(gate, 0, true, got);
        awaitParkedOnCondition(reader);
        subpartitions[2].add(event()); // more data elsewhere does not wake it for good
        awaitParkedOnCondition(reader);
        assertNull(got.get());

        Buffer buffer = event();
        subpartitions[0].add(buffer);
        reader.join();
        assertSame(buffer, got.get());
        assertEquals(0, gate.lastChannel());

        // the other group's buffers are all still there, in order
        List<Integer> rest = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            gate.getNext(-1, false);
            rest.add(gate.lastChannel());
        }
        assertEquals(List.of(1, 2, 2), rest.stream().sorted().toList());
    }

    @Test
    void strictReadTakesAQueuedBufferOfItsGroupAtOnce() throws Exception {
        InputGate gate = gate(0, 0, 1);
        subpartitions[2].add(event());
        subpartitions[1].add(event());
        gate.getNext(0, true);
        assertEquals(1, gate.lastChannel());
    }

    @Test
    void interruptWakesAStrictRead() throws Exception {
        InputGate gate = gate(0, 1);
        subpartitions[1].add(event());
        AtomicReference<Object> got = new AtomicReference<>();
        Thread reader = reader(gate, 0, true, got);
        awaitParkedOnCondition(reader);
        reader.interrupt();
        reader.join();
        assertInstanceOf(InterruptedException.class, got.get());
        // the gate is still usable: the buffer of the other group was not lost
        gate.getNext(-1, false);
        assertEquals(1, gate.lastChannel());
    }
}
