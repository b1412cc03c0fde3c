/** Deterministic generators of the CSV tables the relational examples read; plain Java, no Eddy API. */
package io.eddy.examples.relational.util;
