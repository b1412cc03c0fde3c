/**
 * Serializers and comparators: the only code that turns records into bytes ({@link
 * io.eddy.runtime.types.TypeSerializer}) and looks at their keys ({@link
 * io.eddy.runtime.types.TypeComparator}).
 *
 * <p>This package holds the abstract contracts plus the implementations for JDK types (primitives and
 * their boxes, strings, arrays, enums, big numbers, dates), a Kryo fallback for arbitrary classes and
 * {@link io.eddy.runtime.types.CompositeComparator}, the base of every comparator over several key
 * fields. It must not know the DataSet API: tuple, POJO and record serializers live in
 * {@code io.eddy.api.typeutils} and build on these classes.
 *
 * <p>Hashing scheme shared by all comparators: an atomic key hashes to its value's {@code hashCode()}
 * (enums: their ordinal; {@link java.math.BigDecimal}: the hash of its scale-stripped value), and a
 * key of several flat fields {@code k1..kn} hashes to {@code h = 0; h = 31 * h + hash(ki)} over the
 * flattened fields. A one-field composite key therefore hashes like the atomic key itself.
 */
package io.eddy.runtime.types;
