package io.eddy.runtime.sort;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The multiply-and-shift division against Java's, exhaustively near every multiple and at random. */
class ConstantDivisorTest {

    @Test
    void agreesWithIntegerDivision() {
        SplittableRandom random = new SplittableRandom(11);
        int[] divisors = {1, 2, 3, 5, 7, 24, 40, 64, 455, 1023, 1365, 1489, 2048, 2730, 32767, 65535, 1_000_003,
            Integer.MAX_VALUE};
        for (int d : divisors) {
            ConstantDivisor divisor = new ConstantDivisor(d);
            for (int n = 0; n < 1 << 20; n++) {
                assertEquals(n / d, divisor.divide(n), () -> "divisor " + d);
            }
            for (long q = 1; q * d <= Integer.MAX_VALUE; q = q * 3 + 1) {
                for (long n = q * d - 2; n <= q * d + 2 && n <= Integer.MAX_VALUE; n++) {
                    int value = (int) n;
                    assertEquals(value / d, divisor.divide(value), () -> value + " / " + d);
                }
            }
            for (int k = 0; k < 1_000_000; k++) {
                int n = random.nextInt(Integer.MAX_VALUE);
                assertEquals(n / d, divisor.divide(n), () -> n + " / " + d);
            }
            assertEquals(Integer.MAX_VALUE / d, divisor.divide(Integer.MAX_VALUE));
        }
        for (int k = 0; k < 2_000; k++) {
            int d = 1 + random.nextInt(1 << 16);
            ConstantDivisor divisor = new ConstantDivisor(d);
            for (int i = 0; i < 2_000; i++) {
                int n = random.nextInt(Integer.MAX_VALUE);
                assertEquals(n / d, divisor.divide(n), () -> n + " / " + d);
            }
        }
    }
}
