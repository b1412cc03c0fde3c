package io.eddy.plan;

import io.eddy.api.InvalidProgramException;
import io.eddy.api.functions.Function;
import io.eddy.api.functions.FunctionAnnotation;
import io.eddy.api.operators.Keys;
import io.eddy.api.typeinfo.TypeInformation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a function keeps of its inputs: per input, which flat input fields reach which output
 * positions unchanged, and which fields it reads. The optimizer uses it to carry partitioning and
 * order through the function. Built from Flink's semantic annotations on the function class
 * ({@link FunctionAnnotation}) or from {@code withForwardedFields(...)} on the operator, never
 * guessed: without a declaration nothing is forwarded.
 */
public final class SemanticProperties {

    private static final SemanticProperties NONE = new SemanticProperties(List.of(Map.of(), Map.of()),
            new FieldList[2]);

    /** Per input: input flat field -> output flat fields. */
    private final List<Map<Integer, int[]>> forwarded;
    /** Per input: fields read, or null when unknown (all may be read). */
    private final FieldList[] read;

    private SemanticProperties(List<Map<Integer, int[]>> forwarded, FieldList[] read) {
        this.forwarded = forwarded;
        this.read = read;
    }

    /** Nothing is known to be forwarded. */
    public static SemanticProperties none() {
        return NONE;
    }

    /** Every field of input 0 stays where it is: filters, partitioning and sorts, which change no record. */
    public static SemanticProperties identity(TypeInformation<?> type) {
        int arity = type.getTotalFields();
        Map<Integer, int[]> map = new HashMap<>();
        for (int i = 0; i < arity; i++) {
            map.put(i, new int[] {i});
        }
        return new SemanticProperties(List.of(map, Map.of()), new FieldList[2]);
    }

    /**
     * The declared properties of a single-input function: its class annotations or, if it has none,
     * the operator's {@code withForwardedFields} strings. Declaring both is a program error, as in Flink.
     */
    public static SemanticProperties singleInput(Function function, String[] operatorForwarded,
                                                 TypeInformation<?> in, TypeInformation<?> out) {
        Class<?> cls = function == null ? null : function.getClass();
        FunctionAnnotation.ForwardedFields ff = cls == null ? null : cls.getAnnotation(FunctionAnnotation.ForwardedFields.class);
        FunctionAnnotation.NonForwardedFields nff = cls == null ? null : cls.getAnnotation(FunctionAnnotation.NonForwardedFields.class);
        FunctionAnnotation.ReadFields rf = cls == null ? null : cls.getAnnotation(FunctionAnnotation.ReadFields.class);
        String[] declared = operatorForwarded == null ? new String[0] : operatorForwarded;
        if (declared.length > 0 && (ff != null || nff != null)) {
            throw new InvalidProgramException("Forwarded field information has already been set by a function annotation on "
                    + cls.getName() + "; withForwardedFields(...) cannot add to it.");
        }
        if (ff != null && nff != null) {
            throw new InvalidProgramException(cls.getName() + " declares both @ForwardedFields and @NonForwardedFields.");
        }
        Map<Integer, int[]> map = nff != null ? nonForwarded(nff.value(), in, out)
                : forwardedFields(ff != null ? ff.value() : declared, in, out);
        FieldList[] read = new FieldList[2];
        read[0] = rf == null ? null : readFields(rf.value(), in);
        return new SemanticProperties(List.of(map, Map.of()), read);
    }

    /** The declared properties of a two-input function, from annotations or the operator's strings. */
    public static SemanticProperties dualInput(Function function, String[] operatorFirst, String[] operatorSecond,
                                               TypeInformation<?> in1, TypeInformation<?> in2, TypeInformation<?> out) {
        Class<?> cls = function == null ? null : function.getClass();
        List<Map<Integer, int[]>> maps = new ArrayList<>();
        FieldList[] read = new FieldList[2];
        for (int input = 0; input < 2; input++) {
            TypeInformation<?> in = input == 0 ? in1 : in2;
            String[] ff = annotation(cls, input == 0 ? FunctionAnnotation.ForwardedFieldsFirst.class
                    : FunctionAnnotation.ForwardedFieldsSecond.class);
            String[] nff = annotation(cls, input == 0 ? FunctionAnnotation.NonForwardedFieldsFirst.class
                    : FunctionAnnotation.NonForwardedFieldsSecond.class);
            String[] rf = annotation(cls, input == 0 ? FunctionAnnotation.ReadFieldsFirst.class
                    : FunctionAnnotation.ReadFieldsSecond.class);
            String[] declared = input == 0 ? operatorFirst : operatorSecond;
            declared = declared == null ? new String[0] : declared;
            if (declared.length > 0 && (ff != null || nff != null)) {
                throw new InvalidProgramException("Forwarded field information of input " + (input + 1)
                        + " has already been set by a function annotation on " + cls.getName() + ".");
            }
            if (ff != null && nff != null) {
                throw new InvalidProgramException(cls.getName() + " declares both forwarded and non-forwarded fields for input "
                        + (input + 1) + ".");
            }
            maps.add(nff != null ? nonForwarded(nff, in, out) : forwardedFields(ff != null ? ff : declared, in, out));
            read[input] = rf == null ? null : readFields(rf, in);
        }
        return new SemanticProperties(maps, read);
    }

    /** A projection: output field i is input field {@code sources[i]} of input {@code inputs[i]}. */
    public static SemanticProperties projection(int[] inputs, int[] sources) {
        List<Map<Integer, int[]>> maps = List.of(new HashMap<>(), new HashMap<>());
        for (int out = 0; out < sources.length; out++) {
            if (sources[out] < 0) {
                continue;
            }
            Map<Integer, int[]> map = maps.get(inputs[out]);
            int[] targets = map.get(sources[out]);
            int[] grown = targets == null ? new int[] {out} : append(targets, out);
            map.put(sources[out], grown);
        }
        return new SemanticProperties(maps, new FieldList[2]);
    }

    /**
     * Where {@code fields} of input {@code input} are in the output, each field to its first output
     * position; null if any of them is not forwarded.
     */
    public FieldList forward(int input, FieldList fields) {
        if (fields == null) {
            return null;
        }
        Map<Integer, int[]> map = forwarded.get(input);
        int[] out = new int[fields.size()];
        for (int i = 0; i < out.length; i++) {
            int[] targets = map.get(fields.get(i));
            if (targets == null) {
                return null;
            }
            out[i] = targets[0];
        }
        return FieldList.of(out);
    }

    /** The output positions input field {@code field} is copied to (empty if none). */
    public int[] targets(int input, int field) {
        int[] targets = forwarded.get(input).get(field);
        return targets == null ? new int[0] : targets.clone();
    }

    /** Whether nothing at all is declared forwarded. */
    public boolean isEmpty() {
        return forwarded.get(0).isEmpty() && forwarded.get(1).isEmpty();
    }

    /** The fields the function reads of {@code input}, or null if it did not say. */
    public FieldList readFields(int input) {
        return read[input];
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int input = 0; input < 2; input++) {
            Map<Integer, int[]> map = forwarded.get(input);
            if (map.isEmpty()) {
                continue;
            }
            sb.append(sb.length() == 0 ? "" : " | ").append(input == 0 ? "first: " : "second: ");
            map.keySet().stream().sorted().forEach(in -> {
                for (int out : map.get(in)) {
                    sb.append(in).append("->").append(out).append(' ');
                }
            });
        }
        return sb.toString().trim();
    }

    // ---- parsing ------------------------------------------------------------------------------

    private static String[] annotation(Class<?> cls, Class<? extends java.lang.annotation.Annotation> type) {
        if (cls == null) {
            return null;
        }
        java.lang.annotation.Annotation a = cls.getAnnotation(type);
        if (a == null) {
            return null;
        }
        try {
            return (String[]) type.getMethod("value").invoke(a);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<Integer, int[]> forwardedFields(String[] declarations, TypeInformation<?> in, TypeInformation<?> out) {
        Map<Integer, int[]> map = new HashMap<>();
        for (String declaration : declarations) {
            for (String element : declaration.split(";")) {
                String e = element.trim();
                if (e.isEmpty()) {
                    continue;
                }
                String source = e;
                String target = e;
                int arrow = e.indexOf("->");
                if (arrow >= 0) {
                    source = e.substring(0, arrow).trim();
                    target = e.substring(arrow + 2).trim();
                }
                int[] from = positions(source, in, "input", e);
                int[] to = positions(target, out, "output", e);
                if (from.length != to.length) {
                    throw new InvalidProgramException("Invalid forwarded field '" + e + "': " + source + " has "
                            + from.length + " fields but " + target + " has " + to.length + ".");
                }
                TypeInformation<?>[] fromTypes = types(source, in);
                TypeInformation<?>[] toTypes = types(target, out);
                if (!java.util.Arrays.equals(fromTypes, toTypes)) {
                    throw new InvalidProgramException("Invalid forwarded field '" + e + "': the types differ ("
                            + java.util.Arrays.toString(fromTypes) + " to " + java.util.Arrays.toString(toTypes) + ").");
                }
                for (int i = 0; i < from.length; i++) {
                    int[] targets = map.get(from[i]);
                    map.put(from[i], targets == null ? new int[] {to[i]} : append(targets, to[i]));
                }
            }
        }
        return map;
    }

    private static Map<Integer, int[]> nonForwarded(String[] declarations, TypeInformation<?> in, TypeInformation<?> out) {
        if (!in.equals(out)) {
            throw new InvalidProgramException("Non-forwarded fields can only be declared for functions whose input and "
                    + "output types are equal; here " + in + " and " + out + ".");
        }
        java.util.Set<Integer> changed = new java.util.HashSet<>();
        for (String declaration : declarations) {
            for (String element : declaration.split(";")) {
                String e = element.trim();
                if (!e.isEmpty()) {
                    for (int p : positions(e, in, "input", e)) {
                        changed.add(p);
                    }
                }
            }
        }
        Map<Integer, int[]> map = new HashMap<>();
        for (int i = 0; i < in.getTotalFields(); i++) {
            if (!changed.contains(i)) {
                map.put(i, new int[] {i});
            }
        }
        return map;
    }

    private static FieldList readFields(String[] declarations, TypeInformation<?> in) {
        List<Integer> fields = new ArrayList<>();
        for (String declaration : declarations) {
            for (String element : declaration.split(";")) {
                String e = element.trim();
                if (!e.isEmpty()) {
                    for (int p : positions(e, in, "input", e)) {
                        fields.add(p);
                    }
                }
            }
        }
        return FieldList.of(fields.stream().mapToInt(Integer::intValue).toArray());
    }

    private static int[] positions(String expression, TypeInformation<?> type, String side, String declaration) {
        try {
            if (type.isTupleType() && expression.matches("\\d+")) {
                expression = "f" + expression;
            }
            return new Keys.ExpressionKeys<>(expression, type).computeLogicalKeyPositions();
        } catch (RuntimeException e) {
            throw new InvalidProgramException("Invalid semantic annotation '" + declaration + "': '" + expression
                    + "' is not a field of the " + side + " type " + type + " (" + e.getMessage() + ")", e);
        }
    }

    private static TypeInformation<?>[] types(String expression, TypeInformation<?> type) {
        String e = type.isTupleType() && expression.matches("\\d+") ? "f" + expression : expression;
        return new Keys.ExpressionKeys<>(e, type).getKeyFieldTypes();
    }

    private static int[] append(int[] a, int v) {
        int[] grown = java.util.Arrays.copyOf(a, a.length + 1);
        grown[a.length] = v;
        return grown;
    }
}
