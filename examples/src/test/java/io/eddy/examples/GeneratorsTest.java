package io.eddy.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.examples.relational.util.TpchData;
import io.eddy.examples.relational.util.WebLogData;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example data generators are deterministic and write the documented layouts. */
class GeneratorsTest {

    @TempDir
    Path temp;

    @Test
    void tpchDataIsDeterministicAndWellFormed() throws Exception {
        TpchData.generate(temp.resolve("a"), 0.001);
        TpchData.generate(temp.resolve("b"), 0.001);
        for (String table : List.of("customer.csv", "orders.csv", "lineitem.csv")) {
            assertArrayEquals(Files.readAllBytes(temp.resolve("a").resolve(table)),
                    Files.readAllBytes(temp.resolve("b").resolve(table)), table);
        }
        List<String> customers = Files.readAllLines(temp.resolve("a/customer.csv"));
        List<String> orders = Files.readAllLines(temp.resolve("a/orders.csv"));
        assertEquals(150, customers.size());
        assertEquals(1500, orders.size());
        assertEquals(8, customers.get(0).split("\\|").length);
        assertEquals(9, orders.get(0).split("\\|").length);
        String[] item = Files.readAllLines(temp.resolve("a/lineitem.csv")).get(0).split("\\|");
        assertEquals(16, item.length);
        assertTrue(item[5].matches("\\d+\\.\\d\\d"), "price with two decimals: " + item[5]);
        assertTrue(item[6].matches("0\\.\\d\\d"), "discount: " + item[6]);
    }

    @Test
    void webLogDataIsDeterministicAndWellFormed() throws Exception {
        WebLogData.generate(temp.resolve("a"), 50, 200);
        WebLogData.generate(temp.resolve("b"), 50, 200);
        for (String table : List.of("documents.csv", "ranks.csv", "visits.csv")) {
            assertArrayEquals(Files.readAllBytes(temp.resolve("a").resolve(table)),
                    Files.readAllBytes(temp.resolve("b").resolve(table)), table);
        }
        assertEquals(50, Files.readAllLines(temp.resolve("a/ranks.csv")).size());
        List<String> visits = Files.readAllLines(temp.resolve("a/visits.csv"));
        assertEquals(200, visits.size());
        assertFalse(visits.get(0).isEmpty());
        assertEquals(5, visits.get(0).split("\\|").length);
    }
}
