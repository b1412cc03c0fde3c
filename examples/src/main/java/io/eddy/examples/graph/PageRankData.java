package io.eddy.examples.graph;

import io.eddy.api.tuple.Tuple2;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generated graphs for {@link PageRank} and a plain-Java power iteration to check it against. Every
 * page links to a few others (never itself), so every page has out-links; links are deduplicated.
 */
public final class PageRankData {

    public static final long DEFAULT_PAGES = 1_000;

    private PageRankData() {}

    public static List<Long> pages(long numPages) {
        List<Long> pages = new ArrayList<>();
        for (long p = 0; p < numPages; p++) {
            pages.add(p);
        }
        return pages;
    }

    /** One to eight distinct out-links per page, chosen with {@code seed}. */
    public static List<Tuple2<Long, Long>> links(long numPages, long seed) {
        Random random = new Random(seed);
        List<Tuple2<Long, Long>> links = new ArrayList<>();
        for (long source = 0; source < numPages; source++) {
            Set<Long> targets = new LinkedHashSet<>();
            int n = 1 + random.nextInt(8);
            while (targets.size() < Math.min(n, numPages - 1)) {
                long target = (long) (random.nextDouble() * random.nextDouble() * numPages);
                if (target != source) {
                    targets.add(target);
                }
            }
            for (long target : targets) {
                links.add(new Tuple2<>(source, target));
            }
        }
        return links;
    }

    /**
     * The same computation as {@link PageRank} in plain Java: pages that receive no rank drop out,
     * as in the dataflow (the join and the sum only produce pages that receive something), and the
     * loop stops after {@code maxIterations} or once no rank moved by more than the epsilon.
     *
     * @return the rank per page id (pages that dropped out are absent)
     */
    public static java.util.Map<Long, Double> reference(long numPages, List<Tuple2<Long, Long>> links, int maxIterations) {
        java.util.Map<Long, List<Long>> adjacency = new java.util.HashMap<>();
        for (Tuple2<Long, Long> link : links) {
            adjacency.computeIfAbsent(link.f0, k -> new ArrayList<>()).add(link.f1);
        }
        java.util.Map<Long, Double> ranks = new java.util.HashMap<>();
        for (long p = 0; p < numPages; p++) {
            ranks.put(p, 1.0 / numPages);
        }
        for (int i = 0; i < maxIterations; i++) {
            java.util.Map<Long, Double> received = new java.util.HashMap<>();
            for (java.util.Map.Entry<Long, Double> page : ranks.entrySet()) {
                List<Long> targets = adjacency.get(page.getKey());
                if (targets == null) {
                    continue;
                }
                double share = page.getValue() / targets.size();
                for (long target : targets) {
                    received.merge(target, share, Double::sum);
                }
            }
            java.util.Map<Long, Double> next = new java.util.HashMap<>();
            boolean moved = false;
            for (java.util.Map.Entry<Long, Double> page : received.entrySet()) {
                double rank = page.getValue() * PageRank.DAMPENING + (1 - PageRank.DAMPENING) / numPages;
                next.put(page.getKey(), rank);
                Double before = ranks.get(page.getKey());
                if (before != null && Math.abs(rank - before) > PageRank.EPSILON) {
                    moved = true;
                }
            }
            ranks = next;
            if (!moved) {
                break;
            }
        }
        return ranks;
    }
}
