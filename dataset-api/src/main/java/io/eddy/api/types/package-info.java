/**
 * Mutable value types (Flink's {@code org.apache.flink.types}): {@link io.eddy.api.types.Value}
 * implementations for primitives and strings, {@link io.eddy.api.types.NullValue}, and
 * {@link io.eddy.api.types.NullFieldException}. Their serializers come from
 * {@code io.eddy.api.typeutils.ValueTypeInfo}. {@link io.eddy.api.types.Row} with its
 * {@link io.eddy.api.types.RowKind} is the schema-at-run-time record; its type information is
 * {@code io.eddy.api.typeutils.RowTypeInfo}.
 */
package io.eddy.api.types;
