/**
 * Composite and special type information (Flink's {@code api.java.typeutils} and
 * {@code api.common.typeutils}): tuples, POJOs, Java records, generic (Kryo) types, arrays, enums,
 * values, lists and maps, with their serializers and comparators, plus the {@link
 * io.eddy.api.typeutils.TypeExtractor} that derives type information from classes and functions.
 *
 * <p>Everything here builds on {@code io.eddy.runtime.types}; the runtime never sees these classes
 * except through the {@code TypeSerializer}/{@code TypeComparator} contracts.
 */
package io.eddy.api.typeutils;
