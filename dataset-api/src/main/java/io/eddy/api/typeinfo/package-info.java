/**
 * Type information (Flink's {@code org.apache.flink.api.common.typeinfo}): {@link
 * io.eddy.api.typeinfo.TypeInformation} describes a data set's element type and is the only thing
 * that creates its serializers and comparators. Basic types, arrays, {@link
 * io.eddy.api.typeinfo.TypeHint} and the {@link io.eddy.api.typeinfo.Types} factory live here;
 * composite types (tuples, POJOs, records) and extraction live in {@code io.eddy.api.typeutils}.
 */
package io.eddy.api.typeinfo;
