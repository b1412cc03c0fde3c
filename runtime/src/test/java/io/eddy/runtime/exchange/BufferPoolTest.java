package io.eddy.runtime.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class BufferPoolTest {

    @Test
    void blocksWhenExhaustedUntilABufferIsRecycled() throws Exception {
        BufferPool pool = new BufferPool(2, 64);
        Buffer a = pool.requestBuffer();
        Buffer b = pool.requestBuffer();
        assertEquals(2, pool.numInUse());
        CompletableFuture<Buffer> third = CompletableFuture.supplyAsync(() -> {
            try {
                return pool.requestBuffer();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThrows(TimeoutException.class, () -> third.get(200, TimeUnit.MILLISECONDS));
        a.recycle();
        assertSame(a, third.get(5, TimeUnit.SECONDS), "the recycled buffer is reused, not a new one");
        b.recycle();
        assertEquals(1, pool.numInUse());
    }

    @Test
    void waitingRequestIsInterruptible() throws Exception {
        BufferPool pool = new BufferPool(1, 64);
        pool.requestBuffer();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread waiter = new Thread(() -> {
            try {
                pool.requestBuffer();
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        waiter.start();
        Thread.sleep(100);
        waiter.interrupt();
        waiter.join(5000);
        assertInstanceOf(InterruptedException.class, thrown.get());
    }

    @Test
    void destroyWakesWaitersAndDropsLaterRecycles() throws Exception {
        BufferPool pool = new BufferPool(1, 64);
        Buffer buffer = pool.requestBuffer();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread waiter = new Thread(() -> {
            try {
                pool.requestBuffer();
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        waiter.start();
        Thread.sleep(100);
        pool.destroy();
        waiter.join(5000);
        assertInstanceOf(IllegalStateException.class, thrown.get());
        buffer.recycle();
        assertThrows(IllegalStateException.class, pool::requestBuffer);
        assertTrue(pool.capacity() == 1);
    }
}
