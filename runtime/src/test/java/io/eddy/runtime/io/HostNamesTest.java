package io.eddy.runtime.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Host names compared as locality compares them, and hosts ranked by the splits they store. */
class HostNamesTest {

    /** A split on the given hosts. */
    record Split(int number, String... hosts) implements InputSplit {
        @Override
        public int getSplitNumber() {
            return number;
        }

        @Override
        public String[] getHostnames() {
            return hosts;
        }
    }

    @Test
    void namesAreShortAndLowerCaseButAddressesStayWhole() {
        assertEquals("dn1", HostNames.normalize("DN1.Example.COM"));
        assertEquals("dn1", HostNames.normalize("dn1"));
        assertEquals("10.0.0.7", HostNames.normalize("10.0.0.7"));
        assertEquals(".hidden", HostNames.normalize(".hidden"));
        assertNull(HostNames.normalize(null));
    }

    @Test
    void aSplitIsStoredOnAHostItNamesInAnySpelling() {
        Split split = new Split(0, "dn1.example.com", "DN2");
        assertTrue(HostNames.isStoredOn(split, "DN1"));
        assertTrue(HostNames.isStoredOn(split, "dn2.other.org"));
        assertFalse(HostNames.isStoredOn(split, "dn3"));
        assertFalse(HostNames.isStoredOn(split, null));
        assertTrue(HostNames.isLocated(split));
        assertFalse(HostNames.isLocated(new Split(1)));
        assertFalse(HostNames.isLocated(new Split(2, "")));
        assertFalse(HostNames.isLocated(new Split(3, (String[]) null)));
    }

    @Test
    void hostsAreRankedByTheSplitsTheyStoreEachSplitCountingOncePerHost() {
        List<Split> splits = List.of(
                new Split(0, "dn1", "dn2.example.com"),
                new Split(1, "DN2", "dn2"),
                new Split(2, "dn3"),
                new Split(3, "dn2", "dn3.example.com"),
                new Split(4),
                new Split(5, "dn1"));
        // dn2: splits 0, 1, 3; dn1: 0, 5; dn3: 2, 3 (ties keep the order of first appearance)
        assertEquals(List.of("dn2", "dn1", "dn3"), HostNames.rankBySplits(splits));
        assertEquals(List.of(), HostNames.rankBySplits(List.of(new Split(0), new Split(1, ""))));
    }
}
