/**
 * Seedable sources of randomness for the random graph generators, as Flink 1.17 Gelly's
 * {@code org.apache.flink.graph.generator.random}. The elements to generate are cut into blocks whose
 * number depends only on the element count, and each block gets its own generator seeded from the
 * factory's seed, so a generated graph depends on the seed and never on the parallelism. Flink's bound
 * is commons-math3's {@code RandomGenerator}, which is not on this module's classpath; here it is
 * the JDK's {@link java.util.random.RandomGenerator}, backed by {@link java.util.SplittableRandom}.
 */
package io.eddy.gelly.generator.random;
