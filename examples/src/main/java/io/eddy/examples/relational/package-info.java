/** Relational programs on CSV tables: a TPC-H Q3-like query and a web-log analysis with an anti join. */
package io.eddy.examples.relational;
