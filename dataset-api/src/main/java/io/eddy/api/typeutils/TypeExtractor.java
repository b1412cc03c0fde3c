package io.eddy.api.typeutils;

import io.eddy.api.functions.CoGroupFunction;
import io.eddy.api.functions.CrossFunction;
import io.eddy.api.functions.FlatJoinFunction;
import io.eddy.api.functions.FlatMapFunction;
import io.eddy.api.functions.Function;
import io.eddy.api.functions.GroupCombineFunction;
import io.eddy.api.functions.GroupReduceFunction;
import io.eddy.api.functions.InvalidTypesException;
import io.eddy.api.functions.JoinFunction;
import io.eddy.api.functions.KeySelector;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.functions.MapPartitionFunction;
import io.eddy.api.functions.Partitioner;
import io.eddy.api.io.InputFormat;
import io.eddy.api.tuple.Tuple;
import io.eddy.api.typeinfo.BasicArrayTypeInfo;
import io.eddy.api.typeinfo.BasicTypeInfo;
import io.eddy.api.typeinfo.PrimitiveArrayTypeInfo;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.types.Value;
import java.lang.invoke.MethodType;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Derives {@link TypeInformation} from classes, generic types, objects and user functions (Flink's
 * TypeExtractor, with the same static method names).
 *
 * <p>Functions: the output type is read from the function's generic interface as seen from its class,
 * resolving type variables through the class hierarchy (abstract generic base classes) and binding
 * the remaining ones from the input types ({@code MapFunction<T, Tuple2<T, Long>>} with T known from
 * the input). Lambdas and method references are read through their {@link SerializedLambda}: the
 * implementation method's generic signature gives the output type when it is fully known (a record,
 * String, a concrete class, a method reference returning {@code Tuple2<String, Integer>}); lambdas
 * returning a generic class or emitting into a {@code Collector} lose their type arguments to erasure
 * and need {@code .returns(...)}.
 *
 * <p>The {@code get*ReturnTypes} methods return a {@link MissingTypeInfo} carrying the error when
 * {@code allowMissing} is true, so that the caller can raise it later unless {@code returns(...)} is
 * called; otherwise they throw the {@link InvalidTypesException}.
 */
public final class TypeExtractor {

    private static final Logger LOG = LoggerFactory.getLogger(TypeExtractor.class);

    /** Where a lambda puts its output: the return value, or the type argument of a Collector parameter. */
    private static final int RETURN = -1;

    private TypeExtractor() {}

    // ---------------------------------------------------------------- functions

    public static <IN, OUT> TypeInformation<OUT> getMapReturnTypes(MapFunction<IN, OUT> mapInterface, TypeInformation<IN> inType) {
        return getMapReturnTypes(mapInterface, inType, null, false);
    }

    public static <IN, OUT> TypeInformation<OUT> getMapReturnTypes(MapFunction<IN, OUT> mapInterface,
            TypeInformation<IN> inType, String functionName, boolean allowMissing) {
        return unary(mapInterface, MapFunction.class, 0, 1, RETURN, inType, functionName, allowMissing);
    }

    public static <IN, OUT> TypeInformation<OUT> getFlatMapReturnTypes(FlatMapFunction<IN, OUT> flatMapInterface,
            TypeInformation<IN> inType) {
        return getFlatMapReturnTypes(flatMapInterface, inType, null, false);
    }

    public static <IN, OUT> TypeInformation<OUT> getFlatMapReturnTypes(FlatMapFunction<IN, OUT> flatMapInterface,
            TypeInformation<IN> inType, String functionName, boolean allowMissing) {
        return unary(flatMapInterface, FlatMapFunction.class, 0, 1, 1, inType, functionName, allowMissing);
    }

    public static <IN, OUT> TypeInformation<OUT> getMapPartitionReturnTypes(MapPartitionFunction<IN, OUT> mapPartitionInterface,
            TypeInformation<IN> inType) {
        return getMapPartitionReturnTypes(mapPartitionInterface, inType, null, false);
    }

    public static <IN, OUT> TypeInformation<OUT> getMapPartitionReturnTypes(MapPartitionFunction<IN, OUT> mapPartitionInterface,
            TypeInformation<IN> inType, String functionName, boolean allowMissing) {
        return unary(mapPartitionInterface, MapPartitionFunction.class, 0, 1, 1, inType, functionName, allowMissing);
    }

    public static <IN, OUT> TypeInformation<OUT> getGroupReduceReturnTypes(GroupReduceFunction<IN, OUT> groupReduceInterface,
            TypeInformation<IN> inType) {
        return getGroupReduceReturnTypes(groupReduceInterface, inType, null, false);
    }

    public static <IN, OUT> TypeInformation<OUT> getGroupReduceReturnTypes(GroupReduceFunction<IN, OUT> groupReduceInterface,
            TypeInformation<IN> inType, String functionName, boolean allowMissing) {
        return unary(groupReduceInterface, GroupReduceFunction.class, 0, 1, 1, inType, functionName, allowMissing);
    }

    public static <IN, OUT> TypeInformation<OUT> getGroupCombineReturnTypes(GroupCombineFunction<IN, OUT> combineInterface,
            TypeInformation<IN> inType) {
        return getGroupCombineReturnTypes(combineInterface, inType, null, false);
    }

    public static <IN, OUT> TypeInformation<OUT> getGroupCombineReturnTypes(GroupCombineFunction<IN, OUT> combineInterface,
            TypeInformation<IN> inType, String functionName, boolean allowMissing) {
        return unary(combineInterface, GroupCombineFunction.class, 0, 1, 1, inType, functionName, allowMissing);
    }

    public static <IN1, IN2, OUT> TypeInformation<OUT> getJoinReturnTypes(JoinFunction<IN1, IN2, OUT> joinInterface,
            TypeInformation<IN1> in1Type, TypeInformation<IN2> in2Type) {
        return getJoinReturnTypes(joinInterface, in1Type, in2Type, null, false);
    }

    public static <IN1, IN2, OUT> TypeInformation<OUT> getJoinReturnTypes(JoinFunction<IN1, IN2, OUT> joinInterface,
            TypeInformation<IN1> in1Type, TypeInformation<IN2> in2Type, String functionName, boolean allowMissing) {
        return binary(joinInterface, JoinFunction.class, RETURN, in1Type, in2Type, functionName, allowMissing);
    }

    public static <IN1, IN2, OUT> TypeInformation<OUT> getFlatJoinReturnTypes(FlatJoinFunction<IN1, IN2, OUT> joinInterface,
            TypeInformation<IN1> in1Type, TypeInformation<IN2> in2Type) {
        return getFlatJoinReturnTypes(joinInterface, in1Type, in2Type, null, false);
    }

    public static <IN1, IN2, OUT> TypeInformation<OUT> getFlatJoinReturnTypes(FlatJoinFunction<IN1, IN2, OUT> joinInterface,
            TypeInformation<IN1> in1Type, TypeInformation<IN2> in2Type, String functionName, boolean allowMissing) {
        return binary(joinInterface, FlatJoinFunction.class, 2, in1Type, in2Type, functionName, allowMissing);
    }

    public static <IN1, IN2, OUT> TypeInformation<OUT> getCoGroupReturnTypes(CoGroupFunction<IN1, IN2, OUT> coGroupInterface,
            TypeInformation<IN1> in1Type, TypeInformation<IN2> in2Type) {
        return getCoGroupReturnTypes(coGroupInterface, in1Type, in2Type, null, false);
    }

    public static <IN1, IN2, OUT> TypeInformation<OUT> getCoGroupReturnTypes(CoGroupFunction<IN1, IN2, OUT> coGroupInterface,
            TypeInformation<IN1> in1Type, TypeInformation<IN2> in2Type, String functionName, boolean allowMissing) {
        return binary(coGroupInterface, CoGroupFunction.class, 2, in1Type, in2Type, functionName, allowMissing);
    }

    public static <IN1, IN2, OUT> TypeInformation<OUT> getCrossReturnTypes(CrossFunction<IN1, IN2, OUT> crossInterface,
            TypeInformation<IN1> in1Type, TypeInformation<IN2> in2Type) {
        return getCrossReturnTypes(crossInterface, in1Type, in2Type, null, false);
    }

    public static <IN1, IN2, OUT> TypeInformation<OUT> getCrossReturnTypes(CrossFunction<IN1, IN2, OUT> crossInterface,
            TypeInformation<IN1> in1Type, TypeInformation<IN2> in2Type, String functionName, boolean allowMissing) {
        return binary(crossInterface, CrossFunction.class, RETURN, in1Type, in2Type, functionName, allowMissing);
    }

    /** The key type of a key selector; throws if it cannot be determined (keys are needed at once). */
    public static <IN, OUT> TypeInformation<OUT> getKeySelectorTypes(KeySelector<IN, OUT> selectorInterface,
            TypeInformation<IN> inType) {
        return getKeySelectorTypes(selectorInterface, inType, null, false);
    }

    /**
     * The key type of a key selector, named {@code functionName} in errors; with {@code allowMissing}
     * a {@link MissingTypeInfo} instead of an exception when it cannot be determined.
     */
    public static <IN, OUT> TypeInformation<OUT> getKeySelectorTypes(KeySelector<IN, OUT> selectorInterface,
            TypeInformation<IN> inType, String functionName, boolean allowMissing) {
        String name = functionName != null ? functionName : "KeySelector " + describe(selectorInterface);
        return unary(selectorInterface, KeySelector.class, 0, 1, RETURN, inType, name, allowMissing);
    }

    /** The key type a partitioner accepts; throws if it cannot be determined. */
    public static <T> TypeInformation<T> getPartitionerTypes(Partitioner<T> partitioner) {
        return getPartitionerTypes(partitioner, null, false);
    }

    /**
     * The key type a partitioner accepts, named {@code functionName} in errors; with
     * {@code allowMissing} a {@link MissingTypeInfo} instead of an exception when it cannot be
     * determined.
     */
    @SuppressWarnings("unchecked")
    public static <T> TypeInformation<T> getPartitionerTypes(Partitioner<T> partitioner, String functionName,
            boolean allowMissing) {
        String name = functionName != null ? functionName : "Partitioner " + describe(partitioner);
        try {
            SerializedLambda lambda = serializedLambda(partitioner);
            Context ctx = new Context();
            if (lambda != null) {
                Method method = implementationMethod(lambda, partitioner);
                if (method == null) {
                    throw new InvalidTypesException("The key type of '" + name + "' cannot be determined from the lambda."
                            + " Use a class implementing Partitioner<K>.");
                }
                Type keyType = method.getGenericParameterTypes()[method.getParameterCount() - 2];
                return (TypeInformation<T>) fromLambdaType(keyType, ctx, name, "key type");
            }
            Type[] arguments = findTypeArguments(partitioner.getClass(), Partitioner.class, ctx);
            return (TypeInformation<T>) createTypeInfo(arguments[0], ctx);
        } catch (InvalidTypesException e) {
            if (allowMissing) {
                return (TypeInformation<T>) (TypeInformation<?>) new MissingTypeInfo(name, e);
            }
            throw withFunctionName(e, name, "key type", null);
        }
    }

    /**
     * The type an input format produces: its {@link ResultTypeQueryable#getProducedType()}, else the
     * first type argument of {@code io.eddy.api.io.InputFormat} as seen from the format's class.
     */
    public static <IN> TypeInformation<IN> getInputFormatTypes(InputFormat<IN, ?> inputFormat) {
        return getInputFormatTypes(inputFormat, InputFormat.class);
    }

    /**
     * Like {@link #getInputFormatTypes(InputFormat)} for a format-like object whose produced type is
     * the first type argument of the generic class or interface {@code inputFormatBase}.
     */
    @SuppressWarnings("unchecked")
    public static <OT> TypeInformation<OT> getInputFormatTypes(Object inputFormat, Class<?> inputFormatBase) {
        if (inputFormat instanceof ResultTypeQueryable) {
            return ((ResultTypeQueryable<OT>) inputFormat).getProducedType();
        }
        Context ctx = new Context();
        Type[] arguments = findTypeArguments(inputFormat.getClass(), inputFormatBase, ctx);
        if (arguments == null || arguments.length == 0) {
            throw new InvalidTypesException(inputFormat.getClass().getName() + " is not a " + inputFormatBase.getName());
        }
        try {
            return (TypeInformation<OT>) createTypeInfo(arguments[0], ctx);
        } catch (InvalidTypesException e) {
            throw new InvalidTypesException("The type produced by the input format " + inputFormat.getClass().getName()
                    + " cannot be determined: " + e.getMessage() + " Let the format implement ResultTypeQueryable.", e);
        }
    }

    /**
     * The output type of a function with one input.
     *
     * @param inputTypeArgumentIndex position of the input type among the base interface's type parameters
     * @param outputTypeArgumentIndex position of the output type among them
     * @param lambdaOutputParameter for lambdas: -1 if the output is the return value, else the
     *     position of the {@code Collector<OUT>} parameter of the interface method
     */
    @SuppressWarnings("unchecked")
    public static <IN, OUT> TypeInformation<OUT> getUnaryOperatorReturnType(Function function, Class<?> baseClass,
            int inputTypeArgumentIndex, int outputTypeArgumentIndex, int lambdaOutputParameter, TypeInformation<IN> inType,
            String functionName, boolean allowMissing) {
        return unary(function, baseClass, inputTypeArgumentIndex, outputTypeArgumentIndex, lambdaOutputParameter, inType,
                functionName, allowMissing);
    }

    /**
     * The type of type parameter {@code returnParamPos} of the generic class {@code baseClass} as
     * {@code clazz} binds it, given the types of its parameters 0 and 1 where they are known (null
     * where not): how a library finds, say, the message type of a user's {@code ScatterFunction}.
     */
    @SuppressWarnings("unchecked")
    public static <X> TypeInformation<X> createTypeInfo(Class<?> baseClass, Class<?> clazz, int returnParamPos,
            TypeInformation<?> in1Type, TypeInformation<?> in2Type) {
        Context ctx = new Context();
        Type[] arguments = findTypeArguments(clazz, baseClass, ctx);
        if (arguments == null || arguments.length <= returnParamPos) {
            throw new InvalidTypesException(clazz.getName() + " does not bind type parameter " + returnParamPos
                    + " of " + baseClass.getName());
        }
        if (in1Type != null && arguments.length > 0) {
            bindInput(arguments[0], in1Type, ctx);
        }
        if (in2Type != null && arguments.length > 1) {
            bindInput(arguments[1], in2Type, ctx);
        }
        return (TypeInformation<X>) createTypeInfo(arguments[returnParamPos], ctx);
    }

    @SuppressWarnings("unchecked")
    private static <OUT> TypeInformation<OUT> unary(Function function, Class<?> baseClass, int inputIndex, int outputIndex,
            int lambdaOutputParameter, TypeInformation<?> inType, String functionName, boolean allowMissing) {
        return (TypeInformation<OUT>) extract(function, baseClass, new int[] {inputIndex}, outputIndex, lambdaOutputParameter,
                new TypeInformation<?>[] {inType}, functionName, allowMissing);
    }

    @SuppressWarnings("unchecked")
    private static <OUT> TypeInformation<OUT> binary(Function function, Class<?> baseClass, int lambdaOutputParameter,
            TypeInformation<?> in1, TypeInformation<?> in2, String functionName, boolean allowMissing) {
        return (TypeInformation<OUT>) extract(function, baseClass, new int[] {0, 1}, 2, lambdaOutputParameter,
                new TypeInformation<?>[] {in1, in2}, functionName, allowMissing);
    }

    private static TypeInformation<?> extract(Function function, Class<?> baseClass, int[] inputIndices, int outputIndex,
            int lambdaOutputParameter, TypeInformation<?>[] inTypes, String functionName, boolean allowMissing) {
        String name = functionName != null ? functionName : baseClass.getSimpleName() + " " + describe(function);
        if (function instanceof ResultTypeQueryable) {
            return ((ResultTypeQueryable<?>) function).getProducedType();
        }
        try {
            SerializedLambda lambda = serializedLambda(function);
            if (lambda != null) {
                return fromLambda(function, lambda, lambdaOutputParameter, name);
            }
            Context ctx = new Context();
            Type[] arguments = findTypeArguments(function.getClass(), baseClass, ctx);
            if (arguments == null) {
                throw new InvalidTypesException(function.getClass().getName() + " does not implement " + baseClass.getName());
            }
            for (int i = 0; i < inputIndices.length; i++) {
                bindInput(arguments[inputIndices[i]], inTypes[i], ctx);
            }
            try {
                return createTypeInfo(arguments[outputIndex], ctx);
            } catch (InvalidTypesException e) {
                throw withFunctionName(e, name, "return type", rawClass(resolve(arguments[outputIndex], ctx)));
            }
        } catch (InvalidTypesException e) {
            if (allowMissing) {
                return new MissingTypeInfo(name, e);
            }
            throw e;
        }
    }

    private static TypeInformation<?> fromLambda(Function function, SerializedLambda lambda, int outputParameter, String name) {
        Method method = implementationMethod(lambda, function);
        Context ctx = new Context();
        if (method == null) {
            // Constructor reference (Foo::new): the result is the constructed class.
            if (outputParameter == RETURN && "<init>".equals(lambda.getImplMethodName())) {
                return fromLambdaType(loadClass(lambda.getImplClass(), function), ctx, name, "return type");
            }
            throw erased(name, null);
        }
        Type outputType;
        if (outputParameter == RETURN) {
            outputType = method.getGenericReturnType();
        } else {
            int interfaceParameters = MethodType.fromMethodDescriptorString(lambda.getFunctionalInterfaceMethodSignature(),
                    function.getClass().getClassLoader()).parameterCount();
            int index = outputParameter + method.getParameterCount() - interfaceParameters;
            Type collector = method.getGenericParameterTypes()[index];
            if (!(collector instanceof ParameterizedType)) {
                throw erased(name, null);
            }
            outputType = ((ParameterizedType) collector).getActualTypeArguments()[0];
        }
        return fromLambdaType(outputType, ctx, name, "return type");
    }

    private static TypeInformation<?> fromLambdaType(Type type, Context ctx, String name, String what) {
        if (type instanceof Class) {
            Class<?> clazz = (Class<?>) type;
            if (clazz.isPrimitive()) {
                return BasicTypeInfo.getInfoFor(clazz);
            }
            // A lambda's synthetic method carries only erased types: Object stands for a type variable
            // and a generic class has lost its arguments.
            if (clazz == Object.class || clazz.getTypeParameters().length > 0) {
                throw erased(name, clazz);
            }
        }
        try {
            return createTypeInfo(type, ctx);
        } catch (InvalidTypesException e) {
            throw withFunctionName(e, name, what, rawClass(type));
        }
    }

    private static InvalidTypesException erased(String name, Class<?> rawClass) {
        return new InvalidTypesException("The return type of '" + name + "' cannot be determined from the lambda "
                + "(Java erases its generic types). " + returnsHint(rawClass));
    }

    private static InvalidTypesException withFunctionName(InvalidTypesException e, String name, String what, Class<?> raw) {
        return new InvalidTypesException("The " + what + " of '" + name + "' cannot be determined: " + e.getMessage()
                + " " + returnsHint(raw), e);
    }

    private static final String[][] SAMPLE_TYPES = {
        {"Types.STRING", "String"}, {"Types.INT", "Integer"}, {"Types.LONG", "Long"}, {"Types.DOUBLE", "Double"}
    };

    /** A {@code .returns(...)} suggestion shaped like the raw class, when it is known. */
    static String returnsHint(Class<?> raw) {
        if (raw != null && Tuple.class.isAssignableFrom(raw) && raw != Tuple.class) {
            int arity = raw.getTypeParameters().length;
            StringBuilder types = new StringBuilder();
            StringBuilder hint = new StringBuilder();
            for (int i = 0; i < arity; i++) {
                types.append(i == 0 ? "" : ", ").append(SAMPLE_TYPES[i % SAMPLE_TYPES.length][0]);
                hint.append(i == 0 ? "" : ", ").append(SAMPLE_TYPES[i % SAMPLE_TYPES.length][1]);
            }
            return "Add type information, e.g. .returns(Types.TUPLE(" + types + ")) or .returns(new TypeHint<"
                    + raw.getSimpleName() + "<" + hint + ">>(){})";
        }
        if (raw != null && raw != Object.class && raw.getTypeParameters().length > 0) {
            StringBuilder hint = new StringBuilder();
            for (int i = 0; i < raw.getTypeParameters().length; i++) {
                hint.append(i == 0 ? "" : ", ").append(SAMPLE_TYPES[i % SAMPLE_TYPES.length][1]);
            }
            return "Add type information, e.g. .returns(new TypeHint<" + raw.getSimpleName() + "<" + hint + ">>(){})";
        }
        if (raw != null && raw != Object.class) {
            return "Add type information, e.g. .returns(TypeInformation.of(" + raw.getSimpleName() + ".class))";
        }
        return "Add type information, e.g. .returns(Types.STRING) or .returns(new TypeHint<Tuple2<String, Integer>>(){})";
    }

    private static String describe(Object function) {
        return function.getClass().getName();
    }

    // ---------------------------------------------------------------- lambdas

    /** The serialized form of a lambda or method reference, or null for ordinary classes. */
    static SerializedLambda serializedLambda(Object function) {
        Class<?> clazz = function.getClass();
        if (!clazz.isSynthetic()) {
            return null;
        }
        try {
            Method writeReplace = clazz.getDeclaredMethod("writeReplace");
            writeReplace.setAccessible(true);
            Object replacement = writeReplace.invoke(function);
            return replacement instanceof SerializedLambda ? (SerializedLambda) replacement : null;
        } catch (NoSuchMethodException e) {
            return null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debug("Cannot read the serialized form of lambda {}", clazz.getName(), e);
            return null;
        }
    }

    /** The method implementing a lambda or method reference; null for constructor references. */
    private static Method implementationMethod(SerializedLambda lambda, Object function) {
        if ("<init>".equals(lambda.getImplMethodName())) {
            return null;
        }
        Class<?> implClass = loadClass(lambda.getImplClass(), function);
        for (Class<?> c = implClass; c != null; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                if (method.getName().equals(lambda.getImplMethodName())
                        && MethodType.methodType(method.getReturnType(), method.getParameterTypes()).toMethodDescriptorString()
                                .equals(lambda.getImplMethodSignature())) {
                    return method;
                }
            }
        }
        for (Class<?> c : implClass.getInterfaces()) {
            for (Method method : c.getMethods()) {
                if (method.getName().equals(lambda.getImplMethodName())
                        && MethodType.methodType(method.getReturnType(), method.getParameterTypes()).toMethodDescriptorString()
                                .equals(lambda.getImplMethodSignature())) {
                    return method;
                }
            }
        }
        throw new InvalidTypesException("Cannot find the implementation method " + lambda.getImplMethodName() + " of a lambda in "
                + implClass.getName());
    }

    private static Class<?> loadClass(String internalName, Object function) {
        try {
            return Class.forName(internalName.replace('/', '.'), false, function.getClass().getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new InvalidTypesException("Cannot load the class " + internalName + " of a lambda", e);
        }
    }

    // ---------------------------------------------------------------- classes and objects

    /** The type information of a class. */
    @SuppressWarnings("unchecked")
    public static <X> TypeInformation<X> createTypeInfo(Class<X> type) {
        return (TypeInformation<X>) createTypeInfo((Type) type);
    }

    /** The type information of a (possibly parameterized) type; type variables must be bound. */
    public static TypeInformation<?> createTypeInfo(Type type) {
        return createTypeInfo(type, new Context());
    }

    /** Flink's name for {@link #createTypeInfo(Class)}. */
    public static <X> TypeInformation<X> getForClass(Class<X> clazz) {
        return createTypeInfo(clazz);
    }

    /**
     * The type information of an object, e.g. for {@code fromElements}: tuples by the runtime classes
     * of their fields (which must not be null), everything else by its class. A subclass of a tuple
     * (Gelly's {@code Vertex<K, V>}) is typed by its class when that binds the field types, else by
     * its fields' runtime classes, as a tuple of its own class; it may not add fields of its own,
     * which a tuple's serializer would drop.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <X> TypeInformation<X> getForObject(X value) {
        if (value == null) {
            throw new InvalidTypesException("Cannot determine the type of null");
        }
        if (value instanceof Tuple) {
            Tuple tuple = (Tuple) value;
            Class<?> plain = Tuple.getTupleClass(tuple.getArity());
            if (value.getClass() != plain) {
                try {
                    return (TypeInformation<X>) createTypeInfo(value.getClass());
                } catch (InvalidTypesException unbound) {
                    // a generic subclass, e.g. Vertex<K, V>: typed by its fields' values below
                }
                for (Class<?> c = value.getClass(); c != plain; c = c.getSuperclass()) {
                    for (java.lang.reflect.Field field : c.getDeclaredFields()) {
                        if (!java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                            throw new InvalidTypesException(value.getClass().getName() + " extends " + plain.getSimpleName()
                                    + " with a field of its own (" + field.getName() + "), which a tuple cannot carry");
                        }
                    }
                }
            }
            TypeInformation<?>[] fields = new TypeInformation<?>[tuple.getArity()];
            for (int i = 0; i < fields.length; i++) {
                Object field = tuple.getField(i);
                if (field == null) {
                    throw new InvalidTypesException("Field f" + i + " of " + tuple
                            + " is null, so its type cannot be determined; tuple fields must not be null");
                }
                fields[i] = getForObject(field);
            }
            return value.getClass() == plain ? (TypeInformation<X>) new TupleTypeInfo<>(fields)
                    : new TupleTypeInfo(value.getClass(), fields);
        }
        return (TypeInformation<X>) createTypeInfo(value.getClass());
    }

    /** Type variable bindings collected while walking a class hierarchy and the input types. */
    private static final class Context {
        final Map<TypeVariable<?>, Type> types = new HashMap<>();
        final Map<TypeVariable<?>, TypeInformation<?>> infos = new HashMap<>();
        final Set<Class<?>> inAnalysis = new HashSet<>();
    }

    private static Type resolve(Type type, Context ctx) {
        Type current = type;
        while (current instanceof TypeVariable && ctx.types.containsKey(current)) {
            current = ctx.types.get(current);
        }
        return current;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class) {
            return (Class<?>) type;
        }
        if (type instanceof ParameterizedType) {
            return (Class<?>) ((ParameterizedType) type).getRawType();
        }
        return null;
    }

    /**
     * Walks the generic supertypes of {@code type} up to {@code target}, binding every type variable
     * met on the way, and returns {@code target}'s type variables (resolvable through {@code ctx}), or
     * null if {@code type} does not extend {@code target}.
     */
    private static Type[] findTypeArguments(Type type, Class<?> target, Context ctx) {
        Class<?> raw = rawClass(type);
        if (raw == null) {
            return null;
        }
        if (type instanceof ParameterizedType) {
            TypeVariable<?>[] variables = raw.getTypeParameters();
            Type[] actual = ((ParameterizedType) type).getActualTypeArguments();
            for (int i = 0; i < variables.length; i++) {
                if (actual[i] != variables[i]) {
                    ctx.types.put(variables[i], actual[i]);
                }
            }
        }
        if (raw == target) {
            return target.getTypeParameters();
        }
        List<Type> supertypes = new ArrayList<>(List.of(raw.getGenericInterfaces()));
        if (raw.getGenericSuperclass() != null) {
            supertypes.add(raw.getGenericSuperclass());
        }
        for (Type supertype : supertypes) {
            Type[] found = findTypeArguments(supertype, target, ctx);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Binds the type variables of a function's declared input type from the actual input type information. */
    private static void bindInput(Type formal, TypeInformation<?> actual, Context ctx) {
        if (actual == null || actual instanceof MissingTypeInfo) {
            return;
        }
        Type type = resolve(formal, ctx);
        if (type instanceof TypeVariable) {
            ctx.infos.putIfAbsent((TypeVariable<?>) type, actual);
        } else if (type instanceof ParameterizedType) {
            Type[] arguments = ((ParameterizedType) type).getActualTypeArguments();
            Class<?> raw = rawClass(type);
            if (Tuple.class.isAssignableFrom(raw) && actual instanceof TupleTypeInfo && actual.getArity() == arguments.length) {
                for (int i = 0; i < arguments.length; i++) {
                    bindInput(arguments[i], ((TupleTypeInfo<?>) actual).getTypeAt(i), ctx);
                }
            } else if (actual instanceof ListTypeInfo && arguments.length == 1) {
                bindInput(arguments[0], ((ListTypeInfo<?>) actual).getElementTypeInfo(), ctx);
            } else if (actual instanceof MapTypeInfo && arguments.length == 2) {
                bindInput(arguments[0], ((MapTypeInfo<?, ?>) actual).getKeyTypeInfo(), ctx);
                bindInput(arguments[1], ((MapTypeInfo<?, ?>) actual).getValueTypeInfo(), ctx);
            }
        } else if (type instanceof GenericArrayType) {
            Type component = ((GenericArrayType) type).getGenericComponentType();
            if (actual instanceof ObjectArrayTypeInfo) {
                bindInput(component, ((ObjectArrayTypeInfo<?, ?>) actual).getComponentInfo(), ctx);
            } else if (actual instanceof BasicArrayTypeInfo) {
                bindInput(component, ((BasicArrayTypeInfo<?, ?>) actual).getComponentInfo(), ctx);
            }
        }
    }

    private static TypeInformation<?> createTypeInfo(Type type, Context ctx) {
        Type resolved = resolve(type, ctx);
        if (resolved instanceof TypeVariable) {
            TypeVariable<?> variable = (TypeVariable<?>) resolved;
            TypeInformation<?> bound = ctx.infos.get(variable);
            if (bound != null) {
                return bound;
            }
            throw new InvalidTypesException("Type variable '" + variable.getName() + "' of "
                    + variable.getGenericDeclaration() + " is not bound by the class hierarchy or the input types.");
        }
        if (resolved instanceof Class) {
            return createForClass((Class<?>) resolved, ctx);
        }
        if (resolved instanceof ParameterizedType) {
            ParameterizedType parameterized = (ParameterizedType) resolved;
            Class<?> raw = rawClass(parameterized);
            TypeVariable<?>[] variables = raw.getTypeParameters();
            Type[] arguments = parameterized.getActualTypeArguments();
            for (int i = 0; i < variables.length; i++) {
                ctx.types.put(variables[i], resolve(arguments[i], ctx));
            }
            return createForClass(raw, ctx);
        }
        if (resolved instanceof GenericArrayType) {
            TypeInformation<?> component = createTypeInfo(((GenericArrayType) resolved).getGenericComponentType(), ctx);
            return arrayOf(component);
        }
        throw new InvalidTypesException("The type " + resolved.getTypeName() + " (a wildcard) cannot be used as a data type.");
    }

    private static TypeInformation<?> arrayOf(TypeInformation<?> component) {
        if (component instanceof BasicTypeInfo) {
            BasicArrayTypeInfo<?, ?> basic = BasicArrayTypeInfo.getInfoFor(
                    java.lang.reflect.Array.newInstance(component.getTypeClass(), 0).getClass());
            if (basic != null) {
                return basic;
            }
        }
        return ObjectArrayTypeInfo.getInfoFor(component);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static TypeInformation<?> createForClass(Class<?> clazz, Context ctx) {
        BasicTypeInfo<?> basic = BasicTypeInfo.getInfoFor(clazz);
        if (basic != null) {
            return basic;
        }
        if (clazz.isArray()) {
            PrimitiveArrayTypeInfo<?> primitiveArray = PrimitiveArrayTypeInfo.getInfoFor(clazz);
            if (primitiveArray != null) {
                return primitiveArray;
            }
            return arrayOf(createForClass(clazz.getComponentType(), ctx));
        }
        if (Tuple.class.isAssignableFrom(clazz)) {
            return createTupleInfo(clazz, ctx);
        }
        if (clazz.isEnum()) {
            return new EnumTypeInfo(clazz);
        }
        if (Value.class.isAssignableFrom(clazz)) {
            return new ValueTypeInfo(clazz);
        }
        if (clazz.isRecord()) {
            return createRecordInfo(clazz, ctx);
        }
        if (clazz.isPrimitive() || clazz.isInterface() || Modifier.isAbstract(clazz.getModifiers()) || clazz == Object.class
                || clazz.getName().startsWith("java.")) {
            return new GenericTypeInfo<>(clazz);
        }
        return analyzePojo(clazz, ctx);
    }

    private static TypeInformation<?> createTupleInfo(Class<?> clazz, Context ctx) {
        if (clazz == Tuple.class) {
            throw new InvalidTypesException("The abstract Tuple class carries no field types; use a concrete TupleN with type arguments.");
        }
        Class<?> tupleN = clazz;
        while (tupleN.getSuperclass() != Tuple.class) {
            tupleN = tupleN.getSuperclass();
        }
        Type[] variables = findTypeArguments(clazz, tupleN, ctx);
        TypeInformation<?>[] fields = new TypeInformation<?>[variables.length];
        for (int i = 0; i < fields.length; i++) {
            Type resolved = resolve(variables[i], ctx);
            if (resolved instanceof TypeVariable && !ctx.infos.containsKey(resolved)) {
                throw new InvalidTypesException("Tuple field f" + i + " of " + tupleN.getSimpleName()
                        + " has no known type (raw or erased " + tupleN.getSimpleName() + ").");
            }
            fields[i] = createTypeInfo(resolved, ctx);
        }
        @SuppressWarnings({"unchecked", "rawtypes"})
        TupleTypeInfo<?> info = new TupleTypeInfo(clazz, fields);
        return info;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static TypeInformation<?> createRecordInfo(Class<?> clazz, Context ctx) {
        RecordComponent[] components = clazz.getRecordComponents();
        String[] names = new String[components.length];
        TypeInformation<?>[] types = new TypeInformation<?>[components.length];
        if (!ctx.inAnalysis.add(clazz)) {
            return new GenericTypeInfo<>(clazz);
        }
        try {
            for (int i = 0; i < components.length; i++) {
                names[i] = components[i].getName();
                types[i] = createTypeInfo(components[i].getGenericType(), ctx);
            }
        } finally {
            ctx.inAnalysis.remove(clazz);
        }
        return new RecordTypeInfo(clazz, names, types);
    }

    /** Flink's POJO rules; anything that breaks them becomes a Kryo-serialized generic type. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static TypeInformation<?> analyzePojo(Class<?> clazz, Context ctx) {
        String reason = pojoViolation(clazz);
        if (reason != null) {
            LOG.info("Class {} cannot be used as a POJO type because {}; it is treated as a generic type (Kryo).", clazz.getName(), reason);
            return new GenericTypeInfo<>(clazz);
        }
        if (!ctx.inAnalysis.add(clazz)) {
            return new GenericTypeInfo<>(clazz);
        }
        try {
            bindSuperclassVariables(clazz, ctx);
            List<PojoField> fields = new ArrayList<>();
            for (Field field : allFields(clazz)) {
                TypeInformation<?> fieldType;
                try {
                    fieldType = createTypeInfo(field.getGenericType(), ctx);
                } catch (InvalidTypesException e) {
                    LOG.debug("Field {} of POJO {} has an unknown generic type and is serialized with Kryo", field.getName(), clazz.getName(), e);
                    fieldType = new GenericTypeInfo<>(field.getType());
                }
                fields.add(new PojoField(field, fieldType));
            }
            if (fields.isEmpty()) {
                return new GenericTypeInfo<>(clazz);
            }
            return new PojoTypeInfo(clazz, fields);
        } finally {
            ctx.inAnalysis.remove(clazz);
        }
    }

    private static void bindSuperclassVariables(Class<?> clazz, Context ctx) {
        for (Class<?> c = clazz; c != null && c != Object.class; c = c.getSuperclass()) {
            Type superType = c.getGenericSuperclass();
            if (superType instanceof ParameterizedType) {
                Class<?> raw = rawClass(superType);
                TypeVariable<?>[] variables = raw.getTypeParameters();
                Type[] arguments = ((ParameterizedType) superType).getActualTypeArguments();
                for (int i = 0; i < variables.length; i++) {
                    ctx.types.putIfAbsent(variables[i], arguments[i]);
                }
            }
        }
    }

    private static List<Field> allFields(Class<?> clazz) {
        List<Field> result = new ArrayList<>();
        for (Class<?> c = clazz; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()) {
                    result.add(field);
                }
            }
        }
        return result;
    }

    /** Why {@code clazz} is no POJO, or null if it is one. */
    static String pojoViolation(Class<?> clazz) {
        if (!Modifier.isPublic(clazz.getModifiers())) {
            return "it is not public";
        }
        if (clazz.getEnclosingClass() != null && !Modifier.isStatic(clazz.getModifiers())) {
            return "it is a non-static inner class";
        }
        try {
            Constructor<?> constructor = clazz.getDeclaredConstructor();
            if (!Modifier.isPublic(constructor.getModifiers())) {
                return "its no-argument constructor is not public";
            }
        } catch (NoSuchMethodException e) {
            return "it has no public no-argument constructor";
        }
        Set<String> fieldNames = new HashSet<>();
        for (Field field : allFields(clazz)) {
            if (!fieldNames.add(field.getName())) {
                return "the field '" + field.getName() + "' is declared twice in its hierarchy";
            }
            if (!Modifier.isPublic(field.getModifiers()) && !hasGetterAndSetter(clazz, field)) {
                return "the field '" + field.getName() + "' is neither public nor has a getter and a setter";
            }
            if (Modifier.isFinal(field.getModifiers())) {
                return "the field '" + field.getName() + "' is final";
            }
        }
        return null;
    }

    private static boolean hasGetterAndSetter(Class<?> clazz, Field field) {
        String name = field.getName();
        String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        Set<String> getters = Set.of("get" + capitalized, "is" + capitalized, name);
        boolean getter = false;
        boolean setter = false;
        for (Class<?> c = clazz; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())) {
                    continue;
                }
                if (getters.contains(method.getName()) && method.getParameterCount() == 0
                        && method.getReturnType() == field.getType()) {
                    getter = true;
                }
                if (method.getName().equals("set" + capitalized) && method.getParameterCount() == 1
                        && method.getParameterTypes()[0] == field.getType()) {
                    setter = true;
                }
            }
        }
        return getter && setter;
    }
}
