/**
 * Composite and special type information (Flink's {@code api.java.typeutils} and
 * {@code api.common.typeutils}): tuples, POJOs, Java records, generic (Kryo) types, arrays, enums,
 * values, lists and maps, rows, with their serializers and comparators, plus the {@link
 * io.eddy.api.typeutils.TypeExtractor} that derives type information from classes and functions.
 *
 * <p>{@link io.eddy.api.typeutils.TypeSerializer} (with its snapshot types) is the base of
 * user-written serializers; Eddy's own serializers here extend the runtime's class directly.
 *
 * <p>Everything here builds on {@code io.eddy.runtime.types}; the runtime never sees these classes
 * except through the {@code TypeSerializer}/{@code TypeComparator} contracts.
 */
package io.eddy.api.typeutils;
