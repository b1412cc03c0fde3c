package io.eddy.api.io.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The double and float parsers against the JDK's: the same values, bit for bit, and the same rejections. */
class DecimalParserTest {

    private static List<String> samples() {
        List<String> samples = new ArrayList<>(List.of("0", "0.0", "-0.0", "+1.5", "1.", ".5", "1.05", "12345678.87654321",
                "123456789.1", "1.123456789", "99999999.99999999", "0.00000001", "-12.5", " 3.25 ", "1.2.3", "1..2",
                "12a.5", "1.5a", "1:5", "1/5", "1.5:", "-", ".", "", "1e5", "1.5E-3", "NaN", "-Infinity", "1.5d",
                "9007199254740993", "0.1", "0.3", "2.675", "1234.5678"));
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 3000; i++) {
            long integral = random.nextLong(switch (i % 3) { case 0 -> 100; case 1 -> 100_000; default -> 100_000_000; });
            int fraction = 1 + random.nextInt(9);
            String decimals = Long.toString(random.nextLong((long) Math.pow(10, fraction)));
            decimals = "0".repeat(fraction - decimals.length()) + decimals;
            samples.add((i % 5 == 0 ? "-" : "") + integral + "." + decimals);
        }
        return samples;
    }

    private static Object jdk(String text, boolean isFloat) {
        try {
            return isFloat ? (Object) Float.parseFloat(text.strip()) : (Object) Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void check(FieldParser<?> parser, boolean isFloat) {
        for (String text : samples()) {
            // at a line's end, before one more byte and before many (eight bytes are read at once only where they exist)
            for (String after : List.of("", ",y", ",yyyyyyyyyyyyyyyyy")) {
                byte[] line = ("x," + text + after).getBytes(StandardCharsets.ISO_8859_1);
                boolean parsed = parser.parseField(line, 2, 2 + text.length());
                Object expected = jdk(text, isFloat);
                assertEquals(expected != null, parsed, "'" + text + "'");
                if (parsed) {
                    assertEquals(expected, parser.getLastResult(), "'" + text + "'");
                }
            }
        }
    }

    @Test
    void doublesAndFloatsEqualTheJdksParsing() {
        check(new NumberParsers.DoubleParser(), false);
        check(new NumberParsers.FloatParser(), true);
    }
}
