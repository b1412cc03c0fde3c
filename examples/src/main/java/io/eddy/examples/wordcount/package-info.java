/** WordCount, once with tuples and once with a Java record and lambdas, plus the text it counts by default. */
package io.eddy.examples.wordcount;
