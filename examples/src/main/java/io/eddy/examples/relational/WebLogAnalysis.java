package io.eddy.examples.relational;

import io.eddy.examples.relational.util.WebLogData;
import io.eddy.api.functions.CoGroupFunction;
import io.eddy.api.functions.FilterFunction;
import io.eddy.api.DataSet;
import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.tuple.Tuple1;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.tuple.Tuple3;
import io.eddy.api.utils.ParameterTool;
import io.eddy.api.fs.FileSystem.WriteMode;
import io.eddy.api.functions.Collector;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Finds well-ranked pages about given keywords that nobody visited in a given year.
 *
 * <pre>
 * SELECT r.rank, r.url, r.avgDuration
 * FROM documents d JOIN ranks r ON d.url = r.url
 * WHERE d.text contains every keyword AND r.rank &gt; :minRank
 *   AND NOT EXISTS (SELECT * FROM visits v WHERE v.url = d.url AND year(v.date) = :year)
 * </pre>
 *
 * <p>Usage: {@code WebLogAnalysis [--input <dir>] [--output <path>] [--keywords river,eddy]
 * [--min-rank 40] [--year 2009]}. {@code --input} is a directory with {@code documents.csv},
 * {@code ranks.csv} and {@code visits.csv} (see {@link WebLogData}); without it the program generates
 * 1,000 documents and 10,000 visits into a temporary directory. Output lines are
 * {@code rank|url|avgDuration}. The anti join is a coGroup that emits a page only when its group of
 * visits is empty.
 */
public class WebLogAnalysis {

    public static void main(String[] args) throws Exception {
        ParameterTool params = ParameterTool.fromArgs(args);
        ExecutionEnvironment env = ExecutionEnvironment.getExecutionEnvironment();
        env.getConfig().setGlobalJobParameters(params);

        String input;
        if (params.has("input")) {
            input = params.get("input");
        } else {
            Path generated = Files.createTempDirectory("weblog-");
            WebLogData.generate(generated, 1000, 10_000);
            input = generated.toString();
        }
        String[] keywords = params.get("keywords", "river,eddy").split(",");
        int minRank = params.getInt("min-rank", 40);
        String year = params.get("year", "2009");

        DataSet<Tuple2<String, String>> documents = env.readCsvFile(input + "/documents.csv")
                .fieldDelimiter("|")
                .types(String.class, String.class);
        DataSet<Tuple3<Integer, String, Integer>> ranks = env.readCsvFile(input + "/ranks.csv")
                .fieldDelimiter("|")
                .types(Integer.class, String.class, Integer.class);
        // v.url, v.date
        DataSet<Tuple2<String, String>> visits = env.readCsvFile(input + "/visits.csv")
                .fieldDelimiter("|")
                .includeFields("011")
                .types(String.class, String.class);

        DataSet<Tuple1<String>> matchingUrls = documents
                .filter(new ContainsAllKeywords(keywords))
                .project(0);
        DataSet<Tuple3<Integer, String, Integer>> goodRanks = ranks.filter(r -> r.f0 > minRank);
        DataSet<Tuple1<String>> visitedUrls = visits
                .filter(v -> v.f1.startsWith(year + "-"))
                .project(0);

        DataSet<Tuple3<Integer, String, Integer>> rankedMatches = matchingUrls
                .join(goodRanks).where(0).equalTo(1)
                .projectSecond(0, 1, 2);

        DataSet<Tuple3<Integer, String, Integer>> result = rankedMatches
                .coGroup(visitedUrls).where(1).equalTo(0)
                .with(new NotVisited());

        if (params.has("output")) {
            result.writeAsCsv(params.get("output"), "\n", "|", WriteMode.OVERWRITE);
            env.execute("Web log analysis");
        } else {
            result.print();
        }
    }

    /** Keeps the documents whose text contains every keyword as a word. */
    public static final class ContainsAllKeywords implements FilterFunction<Tuple2<String, String>> {

        private final String[] keywords;

        public ContainsAllKeywords(String[] keywords) {
            this.keywords = keywords.clone();
        }

        @Override
        public boolean filter(Tuple2<String, String> document) {
            Set<String> words = new HashSet<>(Arrays.asList(document.f1.toLowerCase(Locale.ROOT).split(" ")));
            for (String keyword : keywords) {
                if (!words.contains(keyword)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The anti join: emits the ranked pages of a URL only if the URL had no visit in the year. */
    public static final class NotVisited
            implements CoGroupFunction<Tuple3<Integer, String, Integer>, Tuple1<String>, Tuple3<Integer, String, Integer>> {

        @Override
        public void coGroup(Iterable<Tuple3<Integer, String, Integer>> ranks, Iterable<Tuple1<String>> visits,
                            Collector<Tuple3<Integer, String, Integer>> out) {
            if (!visits.iterator().hasNext()) {
                for (Tuple3<Integer, String, Integer> rank : ranks) {
                    out.collect(rank);
                }
            }
        }
    }
}
