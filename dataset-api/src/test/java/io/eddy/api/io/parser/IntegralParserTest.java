package io.eddy.api.io.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The integral parsers against the JDK's parsing: the same values accepted, the same rejected. */
class IntegralParserTest {

    private static List<String> samples() {
        List<String> samples = new ArrayList<>(List.of("0", "-0", "+0", "7", "-7", "+42", " 12 ", "\t-3",
                "127", "128", "-128", "-129", "32767", "32768", "-32768", "-32769",
                "2147483647", "2147483648", "-2147483648", "-2147483649",
                "999999999999999999", "-999999999999999999", "1000000000000000000", "-1000000000000000000",
                "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
                "99999999999999999999", "00000000000000000000042", "-00000000000000000000042",
                "", " ", "-", "+", "1-", "12a", "a12", "1 2", "--1", "+-1", "0x10", "1.0",
                // bytes just outside '0'-'9' at every position of an eight-byte load
                "1234567:", ":1234567", "123/4567", "12345678", "87654321/", "1234\u00ff", "9999999?", "00000000",
                "123456789", "-12345678", "+99999999"));
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 2000; i++) {
            long value = switch (i % 4) {
                case 0 -> random.nextLong();
                case 1 -> random.nextInt();
                case 2 -> random.nextInt(-70_000, 70_000);
                default -> random.nextLong(-300, 300);
            };
            samples.add(Long.toString(value));
        }
        return samples;
    }

    /** What the JDK makes of {@code text} within [min, max] (blanks around it ignored), or null if it rejects it. */
    private static Long expected(String text, long min, long max) {
        String trimmed = text.strip();
        try {
            long value = Long.parseLong(trimmed);
            return value < min || value > max ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void check(FieldParser<?> parser, long min, long max) {
        for (String text : samples()) {
            // the field sits inside a line: at its end, before one more byte and before many, as the
            // CSV formats hand it over (eight bytes are read at once only where the line has them)
            for (String after : List.of("", ",y", ",yyyyyyyyyyyyyyyy")) {
                check(parser, min, max, text, ("x," + text + after).getBytes(StandardCharsets.ISO_8859_1));
            }
        }
    }

    private static void check(FieldParser<?> parser, long min, long max, String text, byte[] line) {
        boolean parsed = parser.parseField(line, 2, 2 + text.length());
        Long expected = expected(text, min, max);
        assertEquals(expected != null, parsed, parser.getValueType().getSimpleName() + " '" + text + "'");
        if (parsed) {
            assertEquals(expected.longValue(), ((Number) parser.getLastResult()).longValue(), "'" + text + "'");
        }
    }

    @Test
    void everyIntegralTypeAcceptsWhatTheJdkAcceptsInItsRange() {
        check(new NumberParsers.LongParser(), Long.MIN_VALUE, Long.MAX_VALUE);
        check(new NumberParsers.IntParser(), Integer.MIN_VALUE, Integer.MAX_VALUE);
        check(new NumberParsers.ShortParser(), Short.MIN_VALUE, Short.MAX_VALUE);
        check(new NumberParsers.ByteParser(), Byte.MIN_VALUE, Byte.MAX_VALUE);
    }
}
