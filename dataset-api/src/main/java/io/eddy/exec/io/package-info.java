/**
 * Drivers at the edges of a job: sources reading input formats split by split, and sinks writing
 * output formats. Their master-side halves (split creation, output commit) are in
 * {@code io.eddy.compiler}.
 */
package io.eddy.exec.io;
