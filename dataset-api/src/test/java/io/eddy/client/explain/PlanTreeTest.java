package io.eddy.client.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.aggregation.Aggregations;
import io.eddy.api.functions.FlatJoinFunction;
import io.eddy.api.functions.JoinFunction;
import io.eddy.api.io.DiscardingOutputFormat;
import io.eddy.api.operators.DeltaIteration;
import io.eddy.api.tuple.Tuple2;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /**
     * A bulk iteration, as in the class Javadoc: the head (#2) gets its feedback from the tail (#4);
     * the join in the loop reads the links (#0) from outside it, once. The tail comes before the
     * sink in the JSON, as the optimizer writes it.
     */
    private static final String BULK_LOOP = """
            {"nodes": [
              {"id": 0, "type": "source", "pact": "Data Source", "contents": "links", "parallelism": 2},
              {"id": 1, "type": "source", "pact": "Data Source", "contents": "ranks", "parallelism": 2},
              {"id": 2, "type": "pact", "pact": "Partial Solution", "contents": "Bulk Iteration (partial solution)",
               "parallelism": 2, "driver_strategy": "Iteration Head", "iteration": "Bulk Iteration",
               "feedback_from": 4, "max_iterations": 10,
               "predecessors": [{"id": 1, "side": "first", "ship_strategy": "Forward", "exchange": "pipelined"}]},
              {"id": 3, "type": "pact", "pact": "Join", "contents": "Join", "parallelism": 2,
               "driver_strategy": "Hybrid Hash (build: second)", "iteration": "Bulk Iteration",
               "predecessors": [
                 {"id": 2, "side": "first", "ship_strategy": "Forward"},
                 {"id": 0, "side": "second", "ship_strategy": "Hash Partition on [0]",
                  "loop_invariant": "read once, replayed every superstep"}]},
              {"id": 4, "type": "pact", "pact": "Iteration Tail", "contents": "Bulk Iteration (next partial solution)",
               "parallelism": 2, "driver_strategy": "Iteration Tail", "iteration": "Bulk Iteration",
               "predecessors": [{"id": 3, "side": "first", "ship_strategy": "Forward"}]},
              {"id": 5, "type": "sink", "pact": "Data Sink", "contents": "collect()", "parallelism": 2,
               "predecessors": [{"id": 2, "side": "first", "ship_strategy": "Forward"}]}
            ]}
            """;

    @Test
    void aLoopIsTaggedItsHeadShowsTheFeedbackEdgeAndItsInvariantInputIsMarked() {
        String expected = String.join("\n",
                "#5 Data Sink \"collect()\" p=2",
                "\\- <- Forward",
                "   #2 Partial Solution \"Bulk Iteration (partial solution)\" p=2 [Iteration Head] [loop 1: Bulk Iteration]",
                "   +- <- Forward",
                "   |  #1 Data Source \"ranks\" p=2",
                "   \\- <- feedback from #4 (max 10 supersteps)",
                "      #4 Iteration Tail \"Bulk Iteration (next partial solution)\" p=2 [Iteration Tail] [loop 1]",
                "      \\- <- Forward",
                "         #3 Join \"Join\" p=2 [Hybrid Hash (build: second)] [loop 1]",
                "         +- <- first: Forward",
                "         |  Partial Solution \"Bulk Iteration (partial solution)\" (see #2)",
                "         \\- <- second: Hash Partition on [0] (loop-invariant: read once, replayed)",
                "            #0 Data Source \"links\" p=2",
                "");
        // The sink first although the tail comes first in the JSON: the loop body hangs below its head.
        assertEquals(expected, PlanTree.render(BULK_LOOP));
    }

    @Test
    void aRootInsideALoopReachedEarlierIsReferredToFromTheFeedbackEdge() {
        // Without the sink the tail is the only root: the walk starts inside the loop.
        String json = BULK_LOOP.substring(0, BULK_LOOP.indexOf(",\n  {\"id\": 5")) + "\n]}";
        List<String> lines = PlanTree.render(json).lines().toList();
        assertEquals("#4 Iteration Tail \"Bulk Iteration (next partial solution)\" p=2 [Iteration Tail] [loop 1: Bulk Iteration]",
                lines.get(0));
        int feedback = lines.indexOf("   |  \\- <- feedback from #4 (max 10 supersteps)");
        assertTrue(feedback > 0, String.join("\n", lines));
        assertEquals("   |     Iteration Tail \"Bulk Iteration (next partial solution)\" (see #4)", lines.get(feedback + 1));
    }

    @Test
    void aFeedbackEdgeFromAMissingNodeOrWithoutALimitIsStillShown() {
        String json = """
                {"nodes": [
                  {"id": 1, "type": "source", "pact": "Data Source", "contents": "numbers"},
                  {"id": 2, "pact": "Workset", "iteration": "loop", "feedback_from": 9, "max_iterations": 1,
                   "predecessors": [{"id": 1, "ship_strategy": "Forward"}]},
                  {"id": 3, "pact": "Partial Solution", "iteration": "other", "feedback_from": 8,
                   "predecessors": [{"id": 1, "ship_strategy": "Forward"}]},
                  {"id": 8, "pact": "Iteration Tail", "iteration": "other", "predecessors": [{"id": 3, "ship_strategy": "Forward"}]}
                ]}
                """;
        assertEquals(List.of(
                "#2 Workset [loop 1: loop]",
                "+- <- Forward",
                "|  #1 Data Source \"numbers\"",
                "\\- <- feedback from #9 (max 1 superstep)",
                "   (missing node #9)",
                "#8 Iteration Tail [loop 2: other]",
                "\\- <- Forward",
                "   #3 Partial Solution [loop 2]",
                "   +- <- Forward",
                "   |  Data Source \"numbers\" (see #1)",
                "   \\- <- feedback from #8",
                "      Iteration Tail (see #8)"), PlanTree.render(json).lines().toList());
    }

    @Test
    void loopFieldsAreReadAndAbsentOnesStayNull() {
        PlanGraph plan = PlanGraph.parse(BULK_LOOP);
        PlanGraph.Node head = plan.node("2").orElseThrow();
        assertEquals("Bulk Iteration", head.iteration());
        assertEquals("4", head.feedbackFrom());
        assertEquals("10", head.maxIterations());
        assertTrue(head.inLoop() && head.receivesFeedback());
        PlanGraph.Node join = plan.node("3").orElseThrow();
        assertTrue(join.inLoop() && !join.receivesFeedback());
        assertEquals(null, join.feedbackFrom());
        assertEquals(null, join.maxIterations());
        assertEquals(null, join.inputs().get(0).loopInvariant());
        assertEquals("read once, replayed every superstep", join.inputs().get(1).loopInvariant());
        assertTrue(join.inputs().get(1).replayedEverySuperstep());
        PlanGraph.Node sink = plan.node("5").orElseThrow();
        assertEquals(null, sink.iteration());
        assertTrue(!sink.inLoop() && !sink.receivesFeedback());
        // The tail feeds its head, not a predecessor: it is a root, as a sink is.
        assertEquals(List.of("4", "5"), plan.roots().stream().map(PlanGraph.Node::id).toList());
    }

    /** Connected components as a delta iteration, planned by the optimizer and shown as a tree. */
    @Test
    void aDeltaIterationPlannedByTheOptimizerShowsItsLoop() throws Exception {
        ExecutionEnvironment env = ExecutionEnvironment.createLocalEnvironment(2);
        List<Tuple2<Long, Long>> vertices = new ArrayList<>();
        for (long v = 0; v < 10; v++) {
            vertices.add(Tuple2.of(v, v));
        }
        DataSet<Tuple2<Long, Long>> start = env.fromCollection(vertices);
        DataSet<Tuple2<Long, Long>> edges = env.fromCollection(vertices);
        DeltaIteration<Tuple2<Long, Long>, Tuple2<Long, Long>> iteration = start.iterateDelta(start, 100, 0);
        DataSet<Tuple2<Long, Long>> changes = iteration.getWorkset().join(edges).where(0).equalTo(0)
                .with((JoinFunction<Tuple2<Long, Long>, Tuple2<Long, Long>, Tuple2<Long, Long>>) (v, e) -> Tuple2.of(e.f1, v.f1))
                .returns(start.getType())
                .groupBy(0).aggregate(Aggregations.MIN, 1)
                .join(iteration.getSolutionSet()).where(0).equalTo(0)
                .with((FlatJoinFunction<Tuple2<Long, Long>, Tuple2<Long, Long>, Tuple2<Long, Long>>) (candidate, current, out) -> {
                    if (candidate.f1 < current.f1) {
                        out.collect(candidate);
                    }
                })
                .returns(start.getType());
        iteration.closeWith(changes, changes).output(new DiscardingOutputFormat<>());
        String tree = PlanTree.render(env.getExecutionPlan());

        List<String> lines = tree.lines().toList();
        assertTrue(lines.get(0).startsWith("#") && lines.get(0).contains(" Data Sink "), tree);
        // The sink reads the solution set, the first node of the loop the walk meets.
        assertTrue(Pattern.compile("^   #\\d+ Solution Set .* \\[loop 1: Delta Iteration at \\w+\\(PlanTreeTest\\.java:\\d+\\)]$",
                Pattern.MULTILINE).matcher(tree).find(), tree);
        Matcher tail = Pattern.compile("^#(\\d+) Iteration Tail .* \\[loop 1]$", Pattern.MULTILINE).matcher(tree);
        assertTrue(tail.find(), tree);
        assertTrue(tree.contains("<- feedback from #" + tail.group(1) + " (max 100 supersteps)"), tree);
        assertTrue(Pattern.compile("#\\d+ Workset .* \\[loop 1]").matcher(tree).find(), tree);
        // the edges are the cached build side of the join with the workset: hashed once, not replayed
        assertEquals(1, lines.stream().filter(l -> l.endsWith(" (loop-invariant: hashed once, kept)")).count(), tree);
        assertTrue(lines.stream().filter(l -> l.contains(" Data Source ") && l.contains("#")).noneMatch(l -> l.contains("[loop")),
                tree);
    }

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
