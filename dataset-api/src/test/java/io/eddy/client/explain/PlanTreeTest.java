package io.eddy.client.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlanTreeTest {

    /**
     * A self-join: the filtered orders (#2) feed both sides of the join, so the tree reaches them
     * twice. The second side's exchange is blocking.
     */
    private static final String SHARED_SUB_PLAN = """
            {"nodes": [
              {"id": 1, "type": "source", "pact": "Data Source", "contents": "orders.tbl", "parallelism": 2},
              {"id": 2, "type": "pact", "pact": "Filter", "contents": "Filter at main(Q3.java:61)", "parallelism": "2",
               "driver_strategy": "FlatMap", "predecessors": [{"id": 1, "side": "first", "ship_strategy": "Forward"}]},
              {"id": 3, "type": "pact", "pact": "Join", "contents": "Join at main(Q3.java:80)", "parallelism": 2,
               "driver_strategy": "Hybrid Hash (build: second)", "chain": 7,
               "predecessors": [
                 {"id": 2, "side": "first", "ship_strategy": "Hash Partition on [0]", "exchange": "blocking"},
                 {"id": 2, "side": "second", "ship_strategy": "Hash Partition on [0]", "local_strategy": "Sort on [0:ASC]"}]},
              {"id": 4, "type": "sink", "pact": "Data Sink", "contents": "CsvOutputFormat (path: /tmp/out)", "parallelism": 1,
               "predecessors": [{"id": 3, "side": "first", "ship_strategy": "Redistribute"}]}
            ]}
            """;

    @Test
    void printsFromTheSinkDownWithSharedNodesOnceAndBlockingMarked() {
        String expected = String.join("\n",
                "#4 Data Sink \"CsvOutputFormat (path: /tmp/out)\" p=1",
                "\\- <- Redistribute",
                "   #3 Join \"Join at main(Q3.java:80)\" p=2 [Hybrid Hash (build: second)]",
                "   +- <- first: Hash Partition on [0] (blocking)",
                "   |  #2 Filter \"Filter at main(Q3.java:61)\" p=2 [FlatMap]",
                "   |  \\- <- Forward",
                "   |     #1 Data Source \"orders.tbl\" p=2",
                "   \\- <- second: Hash Partition on [0]; local: Sort on [0:ASC]",
                "      Filter \"Filter at main(Q3.java:61)\" (see #2)",
                "");
        String tree = PlanTree.render(SHARED_SUB_PLAN);
        assertEquals(expected, tree);
        assertEquals(1, tree.lines().filter(l -> l.contains("#1 Data Source")).count(),
                "the shared sub-plan is printed once");
    }

    @Test
    void everySinkIsARootAndUnreachedNodesAreStillShown() {
        String json = """
                {"nodes": [
                  {"id": 1, "type": "source", "pact": "Data Source", "contents": "numbers"},
                  {"id": 2, "type": "sink", "pact": "Data Sink", "contents": "evens",
                   "predecessors": [{"id": 1, "ship_strategy": "Forward"}]},
                  {"id": 3, "type": "sink", "pact": "Data Sink", "contents": "odds",
                   "predecessors": [{"id": 1, "ship_strategy": "Forward"}, {"id": 9, "side": "broadcast", "ship_strategy": "Broadcast"}]},
                  {"id": 5, "pact": "Map", "predecessors": [{"id": 6, "ship_strategy": "Forward"}]},
                  {"id": 6, "pact": "Map", "predecessors": [{"id": 5, "ship_strategy": "Forward"}]}
                ]}
                """;
        List<String> lines = PlanTree.render(json).lines().toList();
        assertEquals(List.of(
                "#2 Data Sink \"evens\"",
                "\\- <- Forward",
                "   #1 Data Source \"numbers\"",
                "#3 Data Sink \"odds\"",
                "+- <- Forward",
                "|  Data Source \"numbers\" (see #1)",
                "\\- <- broadcast: Broadcast",
                "   (missing node #9)",
                // A cycle has no sink to start from; it is printed from its first node in JSON order.
                "#5 Map",
                "\\- <- Forward",
                "   #6 Map",
                "   \\- <- Forward",
                "      Map (see #5)"), lines);
    }

    @Test
    void flinksOwnPlanJsonWithStringNumbersAndTabsIsRead() {
        String flinkStyle = "{\n\t\"nodes\": [\n\t{\n\t\t\"id\": 0,\n\t\t\"type\": \"source\",\n\t\t\"pact\": \"Data Source\","
                + "\n\t\t\"contents\": \"DataSource (at main(WordCount.java:40))\",\n\t\t\"parallelism\": \"4\"\n\t}\n\t]\n}";
        assertEquals("#0 Data Source \"DataSource (at main(WordCount.java:40))\" p=4\n", PlanTree.render(flinkStyle));
    }

    @Test
    void unreadableJsonIsAnErrorThatSaysWhy() {
        IllegalArgumentException notJson = assertThrows(IllegalArgumentException.class, () -> PlanTree.render("{\"nodes\": ["));
        assertTrue(notJson.getMessage().startsWith("the plan is not valid JSON"), notJson.getMessage());
        IllegalArgumentException noNodes = assertThrows(IllegalArgumentException.class, () -> PlanTree.render("{\"vertices\": []}"));
        assertEquals("the plan JSON has no \"nodes\" array", noNodes.getMessage());
        IllegalArgumentException noId = assertThrows(IllegalArgumentException.class,
                () -> PlanTree.render("{\"nodes\": [{\"pact\": \"Map\"}]}"));
        assertEquals("entry 0 of \"nodes\" has no id", noId.getMessage());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> PlanTree.render("{\"nodes\": [{\"id\": 1}, {\"id\": 1}]}"));
        assertEquals("two nodes have the id 1", twice.getMessage());
    }

    @Test
    void parsedPlanKeepsTheEddyFields() {
        PlanGraph plan = PlanGraph.parse(SHARED_SUB_PLAN.replace("\"chain\": 7,",
                "\"chain\": 7, \"managed_memory\": \"50% of slot\", "
                        + "\"estimates\": [{\"name\": \"Est. Cardinality\", \"value\": \"1.2 M\"}],"));
        PlanGraph.Node join = plan.node("3").orElseThrow();
        assertEquals("7", join.chain());
        assertEquals("50% of slot", join.managedMemory());
        assertEquals(List.of(new PlanGraph.Estimate("Est. Cardinality", "1.2 M")), join.estimates());
        assertTrue(join.inputs().get(0).blocking());
        assertEquals("Sort on [0:ASC]", join.inputs().get(1).localStrategy());
        assertEquals(List.of("4"), plan.roots().stream().map(PlanGraph.Node::id).toList());
    }
}
