package io.eddy.api.functions;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Semantic annotations for user function classes, as in Flink: they tell the optimizer which fields a
 * function copies unchanged from its input to its output, so partitioning and order that exist on
 * those fields survive the function and need not be established again.
 *
 * <p>Field expressions: a position ({@code "0"} or {@code "f0"}), a POJO or record field name, a
 * nested field ({@code "f1.f0"}), or {@code "*"} for the whole record. Several expressions are
 * separated by {@code ;}. {@code "f0->f2"} says input field 0 becomes output field 2; {@code "f0"}
 * alone means it stays at position 0. Wrong declarations give wrong results, as in Flink: the
 * optimizer trusts them.
 */
public final class FunctionAnnotation {

    private FunctionAnnotation() {}

    /** Fields a single-input function copies unchanged to its output. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    public @interface ForwardedFields {
        String[] value();
    }

    /** Fields a two-input function copies unchanged from its first input. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    public @interface ForwardedFieldsFirst {
        String[] value();
    }

    /** Fields a two-input function copies unchanged from its second input. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    public @interface ForwardedFieldsSecond {
        String[] value();
    }

    /** The fields a single-input function changes; every other field is forwarded to the same position. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    public @interface NonForwardedFields {
        String[] value();
    }

    /** The fields of the first input a two-input function changes; all others are forwarded in place. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    public @interface NonForwardedFieldsFirst {
        String[] value();
    }

    /** The fields of the second input a two-input function changes; all others are forwarded in place. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    public @interface NonForwardedFieldsSecond {
        String[] value();
    }

    /** The fields a single-input function reads (for filtering or computing); others pass untouched. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    public @interface ReadFields {
        String[] value();
    }

    /** The fields of the first input a two-input function reads. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    public @interface ReadFieldsFirst {
        String[] value();
    }

    /** The fields of the second input a two-input function reads. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    public @interface ReadFieldsSecond {
        String[] value();
    }

    /** Kept for Flink programs: Eddy does no byte-code analysis, so there is nothing to skip. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    public @interface SkipCodeAnalysis {
    }
}
