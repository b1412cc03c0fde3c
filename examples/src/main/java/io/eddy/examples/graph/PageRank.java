package io.eddy.examples.graph;

import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.aggregation.Aggregations;
import io.eddy.api.fs.FileSystem.WriteMode;
import io.eddy.api.functions.Collector;
import io.eddy.api.functions.FilterFunction;
import io.eddy.api.functions.FlatMapFunction;
import io.eddy.api.functions.FunctionAnnotation.ForwardedFields;
import io.eddy.api.functions.GroupReduceFunction;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.operators.IterativeDataSet;
import io.eddy.api.tuple.Tuple1;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.utils.ParameterTool;
import java.util.ArrayList;
import java.util.List;

/**
 * PageRank as a bulk iteration: every superstep each page sends its rank, split evenly, along its
 * out-links; the ranks a page receives are summed and damped. The loop stops after
 * {@code --iterations} supersteps or when no page's rank moved by more than {@value #EPSILON} (the
 * termination criterion). The adjacency lists are loop-invariant: built once, outside the loop.
 *
 * <p>Usage: {@code PageRank --pages <file> --links <file> --numPages <n> [--iterations 10]
 * [--output <path>]}. Pages are one id per line; links are {@code source target} per line. Without
 * input the program ranks a generated graph ({@link PageRankData}). Output lines are
 * {@code page rank}.
 */
public class PageRank {

    static final double DAMPENING = 0.85;
    static final double EPSILON = 0.0001;

    public static void main(String[] args) throws Exception {
        ParameterTool params = ParameterTool.fromArgs(args);
        ExecutionEnvironment env = ExecutionEnvironment.getExecutionEnvironment();
        env.getConfig().setGlobalJobParameters(params);
        int maxIterations = params.getInt("iterations", 10);

        DataSet<Long> pages;
        DataSet<Tuple2<Long, Long>> links;
        long numPages;
        if (params.has("pages") && params.has("links")) {
            pages = env.readCsvFile(params.get("pages")).fieldDelimiter(" ").lineDelimiter("\n").types(Long.class)
                    .map(new MapFunction<Tuple1<Long>, Long>() {
                        @Override
                        public Long map(Tuple1<Long> value) {
                            return value.f0;
                        }
                    });
            links = env.readCsvFile(params.get("links")).fieldDelimiter(" ").lineDelimiter("\n").types(Long.class, Long.class);
            numPages = params.getLong("numPages");
        } else {
            numPages = PageRankData.DEFAULT_PAGES;
            pages = env.fromCollection(PageRankData.pages(numPages));
            links = env.fromCollection(PageRankData.links(numPages, 42));
        }

        DataSet<Tuple2<Long, Double>> pagesWithRanks = pages.map(new RankAssigner(1.0d / numPages));
        DataSet<Tuple2<Long, Long[]>> adjacency = links.groupBy(0).reduceGroup(new OutgoingEdgeList());

        IterativeDataSet<Tuple2<Long, Double>> iteration = pagesWithRanks.iterate(maxIterations);
        DataSet<Tuple2<Long, Double>> newRanks = iteration
                .join(adjacency).where(0).equalTo(0)
                .flatMap(new SendRankAlongLinks())
                .groupBy(0).aggregate(Aggregations.SUM, 1)
                .map(new Dampener(DAMPENING, numPages));
        DataSet<Tuple2<Long, Double>> finalRanks = iteration.closeWith(newRanks,
                newRanks.join(iteration).where(0).equalTo(0).filter(new RankMoved()));

        if (params.has("output")) {
            finalRanks.writeAsCsv(params.get("output"), "\n", " ", WriteMode.OVERWRITE);
            env.execute("PageRank");
        } else {
            finalRanks.print();
        }
    }

    /** A page with its initial rank. */
    public static final class RankAssigner implements MapFunction<Long, Tuple2<Long, Double>> {
        private final double rank;

        public RankAssigner(double rank) {
            this.rank = rank;
        }

        @Override
        public Tuple2<Long, Double> map(Long page) {
            return new Tuple2<>(page, rank);
        }
    }

    /** The targets of all links of one source page. */
    @ForwardedFields("0")
    public static final class OutgoingEdgeList implements GroupReduceFunction<Tuple2<Long, Long>, Tuple2<Long, Long[]>> {
        @Override
        public void reduce(Iterable<Tuple2<Long, Long>> links, Collector<Tuple2<Long, Long[]>> out) {
            Long source = null;
            List<Long> targets = new ArrayList<>();
            for (Tuple2<Long, Long> link : links) {
                source = link.f0;
                targets.add(link.f1);
            }
            out.collect(new Tuple2<>(source, targets.toArray(new Long[0])));
        }
    }

    /** Splits a page's rank evenly over its out-links. */
    public static final class SendRankAlongLinks
            implements FlatMapFunction<Tuple2<Tuple2<Long, Double>, Tuple2<Long, Long[]>>, Tuple2<Long, Double>> {
        @Override
        public void flatMap(Tuple2<Tuple2<Long, Double>, Tuple2<Long, Long[]>> pageWithLinks,
                            Collector<Tuple2<Long, Double>> out) {
            Long[] targets = pageWithLinks.f1.f1;
            double share = pageWithLinks.f0.f1 / targets.length;
            for (Long target : targets) {
                out.collect(new Tuple2<>(target, share));
            }
        }
    }

    /** {@code rank = (1 - d) / n + d * received}. */
    @ForwardedFields("0")
    public static final class Dampener implements MapFunction<Tuple2<Long, Double>, Tuple2<Long, Double>> {
        private final double dampening;
        private final double randomJump;

        public Dampener(double dampening, long numPages) {
            this.dampening = dampening;
            this.randomJump = (1 - dampening) / numPages;
        }

        @Override
        public Tuple2<Long, Double> map(Tuple2<Long, Double> value) {
            value.f1 = value.f1 * dampening + randomJump;
            return value;
        }
    }

    /** Keeps the pages whose rank moved by more than {@link #EPSILON}: the loop ends when there are none. */
    public static final class RankMoved implements FilterFunction<Tuple2<Tuple2<Long, Double>, Tuple2<Long, Double>>> {
        @Override
        public boolean filter(Tuple2<Tuple2<Long, Double>, Tuple2<Long, Double>> ranks) {
            return Math.abs(ranks.f0.f1 - ranks.f1.f1) > EPSILON;
        }
    }
}
