package io.eddy.api.typeutils;

import io.eddy.api.typeinfo.TypeInformation;

/** Implemented by functions and formats that know their produced type, so no extraction is needed. */
public interface ResultTypeQueryable<T> {

    /** The type of the produced elements. */
    TypeInformation<T> getProducedType();
}
