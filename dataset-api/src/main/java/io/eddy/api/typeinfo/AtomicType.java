package io.eddy.api.typeinfo;

import io.eddy.api.ExecutionConfig;
import io.eddy.runtime.types.TypeComparator;

/** A type keyed by its whole value (basic types, enums, comparable generic and value types). */
public interface AtomicType<T> {

    /** A comparator ordering whole values ascending or descending. */
    TypeComparator<T> createComparator(boolean sortOrderAscending, ExecutionConfig executionConfig);
}
