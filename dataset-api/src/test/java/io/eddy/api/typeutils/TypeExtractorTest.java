package io.eddy.api.typeutils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.functions.Collector;
import io.eddy.api.functions.FlatMapFunction;
import io.eddy.api.functions.InvalidTypesException;
import io.eddy.api.functions.JoinFunction;
import io.eddy.api.functions.KeySelector;
import io.eddy.api.functions.MapFunction;
import io.eddy.api.functions.Partitioner;
import io.eddy.api.functions.RichMapFunction;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.tuple.Tuple3;
import io.eddy.api.typeinfo.BasicArrayTypeInfo;
import io.eddy.api.typeinfo.PrimitiveArrayTypeInfo;
import io.eddy.api.typeinfo.TypeHint;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.typeinfo.Types;
import io.eddy.api.types.IntValue;
import io.eddy.api.typeutils.TestTypes.Address;
import io.eddy.api.typeutils.TestTypes.Color;
import io.eddy.api.typeutils.TestTypes.Opaque;
import io.eddy.api.typeutils.TestTypes.Person;
import io.eddy.api.typeutils.TestTypes.StringBox;
import io.eddy.api.typeutils.TestTypes.User;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Type extraction from classes, objects, function classes, lambdas and method references. */
class TypeExtractorTest {

    private static final TypeInformation<Tuple2<String, Integer>> WORD_COUNT = Types.TUPLE(Types.STRING, Types.INT);

    /** The classic WordCount tokenizer. */
    public static final class Tokenizer implements FlatMapFunction<String, Tuple2<String, Integer>> {
        @Override
        public void flatMap(String value, Collector<Tuple2<String, Integer>> out) {
            for (String word : value.split(" ")) {
                out.collect(Tuple2.of(word, 1));
            }
        }
    }

    /** A generic base class binding nothing itself. */
    public abstract static class Base<A, B> extends RichMapFunction<A, B> {}

    /** Binds the base class's variables. */
    public static final class Concrete extends Base<String, Long> {
        @Override
        public Long map(String value) {
            return (long) value.length();
        }
    }

    /** Output type depends on the input type. */
    public static final class WithCount<T> implements MapFunction<T, Tuple2<T, Long>> {
        @Override
        public Tuple2<T, Long> map(T value) {
            return Tuple2.of(value, 1L);
        }
    }

    /** Unwraps a tuple field: T is bound through the tuple's field types. */
    public static final class First<T> implements MapFunction<Tuple2<T, Integer>, T> {
        @Override
        public T map(Tuple2<T, Integer> value) {
            return value.f0;
        }
    }

    /** Output type variable that no input binds. */
    public static final class Unbound<T, O> implements MapFunction<T, O> {
        @Override
        public O map(T value) {
            return null;
        }
    }

    static Tuple2<String, Integer> parse(String line) {
        return Tuple2.of(line, line.length());
    }

    static void split(String line, Collector<Tuple2<String, Integer>> out) {
        out.collect(parse(line));
    }

    @Test
    void basicAndArrayClasses() {
        assertEquals(Types.INT, TypeExtractor.createTypeInfo(int.class));
        assertEquals(Types.STRING, TypeInformation.of(String.class));
        assertEquals(PrimitiveArrayTypeInfo.INT_PRIMITIVE_ARRAY_TYPE_INFO, TypeExtractor.getForClass(int[].class));
        assertEquals(BasicArrayTypeInfo.STRING_ARRAY_TYPE_INFO, TypeExtractor.getForClass(String[].class));
        assertEquals(ObjectArrayTypeInfo.getInfoFor(TypeInformation.of(Person.class)), TypeExtractor.getForClass(Person[].class));
        assertEquals(new EnumTypeInfo<>(Color.class), TypeExtractor.getForClass(Color.class));
        assertEquals(new ValueTypeInfo<>(IntValue.class), TypeExtractor.getForClass(IntValue.class));
        assertTrue(TypeExtractor.getForClass(List.class) instanceof GenericTypeInfo);
    }

    @Test
    void typeHintsCaptureGenericTypes() {
        assertEquals(WORD_COUNT, new TypeHint<Tuple2<String, Integer>>() {}.getTypeInfo());
        // As in Flink, interfaces such as List are generic types unless declared with Types.LIST.
        assertTrue(new TypeHint<List<String>>() {}.getTypeInfo() instanceof GenericTypeInfo);
        assertThrows(InvalidTypesException.class, () -> TypeInformation.of(Tuple2.class));
    }

    @Test
    void recordsArePojoLikeCompositeTypes() {
        TypeInformation<Person> info = TypeInformation.of(Person.class);
        assertTrue(info instanceof RecordTypeInfo);
        RecordTypeInfo<Person> record = (RecordTypeInfo<Person>) info;
        assertEquals(List.of("name", "age"), List.of(record.getFieldNames()));
        assertEquals(Types.INT, record.getTypeAt("age"));
        assertEquals(2, record.getTotalFields());
    }

    @Test
    void pojoRulesDecideBetweenPojoAndGeneric() {
        TypeInformation<User> user = TypeInformation.of(User.class);
        assertTrue(user instanceof PojoTypeInfo, user.toString());
        PojoTypeInfo<User> pojo = (PojoTypeInfo<User>) user;
        assertEquals(List.of("address", "age", "id", "name"), List.of(pojo.getFieldNames()));
        assertEquals(Types.STRING, pojo.getTypeAt("address.city"));
        assertEquals(5, pojo.getTotalFields());
        assertTrue(TypeInformation.of(Opaque.class) instanceof GenericTypeInfo);
        TypeInformation<StringBox> box = TypeInformation.of(StringBox.class);
        assertEquals(Types.STRING, ((PojoTypeInfo<StringBox>) box).getTypeAt("value"));
        assertThrows(io.eddy.api.InvalidProgramException.class, () -> Types.POJO(Opaque.class));
    }

    @Test
    void objectsGiveTheirRuntimeTypes() {
        assertEquals(WORD_COUNT, TypeExtractor.getForObject(Tuple2.of("a", 1)));
        assertEquals(Types.TUPLE(Types.LONG, WORD_COUNT), TypeExtractor.getForObject(Tuple2.of(1L, Tuple2.of("a", 1))));
        InvalidTypesException e = assertThrows(InvalidTypesException.class, () -> TypeExtractor.getForObject(Tuple2.of("a", null)));
        assertTrue(e.getMessage().contains("f1"), e.getMessage());
        assertEquals(TypeInformation.of(Address.class), TypeExtractor.getForObject(new Address("x", 1)));
    }

    /** A generic tuple subclass, as Gelly's {@code Vertex<K, V>}. */
    public static class Pair<A, B> extends Tuple2<A, B> {
        public Pair() {}

        public Pair(A a, B b) {
            super(a, b);
        }
    }

    /** A tuple subclass that binds its field types. */
    public static class Named extends Tuple2<String, Integer> {
        public Named() {}
    }

    /** A generic tuple subclass with a field a tuple's serializer would drop. */
    public static class Extended<A> extends Tuple2<A, A> {
        public String extra = "x";

        public Extended() {}

        public Extended(A a) {
            super(a, a);
        }
    }

    @Test
    void tupleSubclassesAreTypedAsTuplesOfTheirClass() throws Exception {
        TypeInformation<Pair<Long, String>> pair = TypeExtractor.getForObject(new Pair<>(1L, "a"));
        assertEquals(Pair.class, pair.getTypeClass());
        assertEquals(Types.LONG, ((TupleTypeInfo<?>) pair).getTypeAt(0));
        assertEquals(Types.STRING, ((TupleTypeInfo<?>) pair).getTypeAt(1));
        TypeInformation<Named> named = TypeExtractor.getForObject(new Named());
        assertEquals(Named.class, named.getTypeClass());
        assertEquals(Types.INT, ((TupleTypeInfo<?>) named).getTypeAt(1));
        InvalidTypesException e = assertThrows(InvalidTypesException.class,
                () -> TypeExtractor.getForObject(new Extended<>(1L)));
        assertTrue(e.getMessage().contains("extra"), e.getMessage());

        // fromCollection of a generic subclass, through a shuffle: the records keep their class
        io.eddy.api.ExecutionEnvironment env = io.eddy.api.ExecutionEnvironment.createLocalEnvironment(2);
        List<Pair<Long, String>> pairs = env.fromCollection(List.of(new Pair<>(1L, "a"), new Pair<>(2L, "b"),
                new Pair<>(3L, "c"))).rebalance().collect();
        assertEquals(3, pairs.size());
        assertTrue(pairs.stream().allMatch(p -> p.getClass() == Pair.class), pairs.toString());
        assertEquals(java.util.Set.of("a", "b", "c"), pairs.stream().map(p -> p.f1).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void functionClassesAndAnonymousClasses() {
        assertEquals(WORD_COUNT, TypeExtractor.getFlatMapReturnTypes(new Tokenizer(), Types.STRING));
        assertEquals(Types.LONG, TypeExtractor.getMapReturnTypes(new Concrete(), Types.STRING));
        MapFunction<String, Tuple3<String, Integer, Person>> anonymous = new MapFunction<>() {
            @Override
            public Tuple3<String, Integer, Person> map(String value) {
                return null;
            }
        };
        assertEquals(Types.TUPLE(Types.STRING, Types.INT, TypeInformation.of(Person.class)),
                TypeExtractor.getMapReturnTypes(anonymous, Types.STRING));
    }

    @Test
    void typeVariablesAreBoundByInputTypes() {
        assertEquals(Types.TUPLE(Types.DOUBLE, Types.LONG), TypeExtractor.getMapReturnTypes(new WithCount<Double>(), Types.DOUBLE));
        assertEquals(Types.STRING, TypeExtractor.getMapReturnTypes(new First<String>(), WORD_COUNT));
        TypeInformation<Object> missing = TypeExtractor.getMapReturnTypes(new Unbound<String, Object>(), Types.STRING, "Map at x(X.java:1)", true);
        assertTrue(missing instanceof MissingTypeInfo);
        assertThrows(InvalidTypesException.class, () -> TypeExtractor.getMapReturnTypes(new Unbound<String, Object>(), Types.STRING));
    }

    @Test
    void lambdasWithFullyKnownReturnTypesNeedNoHints() {
        MapFunction<String, Person> toPerson = s -> new Person(s, s.length());
        assertEquals(TypeInformation.of(Person.class), TypeExtractor.getMapReturnTypes(toPerson, Types.STRING));
        MapFunction<String, String> upper = String::toUpperCase;
        assertEquals(Types.STRING, TypeExtractor.getMapReturnTypes(upper, Types.STRING));
        MapFunction<String, Integer> length = String::length;
        assertEquals(Types.INT, TypeExtractor.getMapReturnTypes(length, Types.STRING));
        MapFunction<String, Tuple2<String, Integer>> parser = TypeExtractorTest::parse;
        assertEquals(WORD_COUNT, TypeExtractor.getMapReturnTypes(parser, Types.STRING));
        FlatMapFunction<String, Tuple2<String, Integer>> splitter = TypeExtractorTest::split;
        assertEquals(WORD_COUNT, TypeExtractor.getFlatMapReturnTypes(splitter, Types.STRING));
        MapFunction<String, io.eddy.api.types.StringValue> constructorRef = io.eddy.api.types.StringValue::new;
        assertEquals(new ValueTypeInfo<>(io.eddy.api.types.StringValue.class), TypeExtractor.getMapReturnTypes(constructorRef, Types.STRING));
        int offset = 3;
        MapFunction<Integer, Long> capturing = i -> (long) i + offset;
        assertEquals(Types.LONG, TypeExtractor.getMapReturnTypes(capturing, Types.INT));
        JoinFunction<String, Integer, String> join = (a, b) -> a + b;
        assertEquals(Types.STRING, TypeExtractor.getJoinReturnTypes(join, Types.STRING, Types.INT, "Join", false));
    }

    @Test
    void erasedLambdaTypesExplainTheFix() {
        MapFunction<String, Tuple2<String, Integer>> erased = s -> Tuple2.of(s, 1);
        TypeInformation<Tuple2<String, Integer>> missing =
                TypeExtractor.getMapReturnTypes(erased, Types.STRING, "Map at main(WordCount.java:31)", true);
        assertTrue((Object) missing instanceof MissingTypeInfo);
        String message = ((MissingTypeInfo) (Object) missing).getTypeException().getMessage();
        assertEquals("The return type of 'Map at main(WordCount.java:31)' cannot be determined from the lambda (Java erases "
                + "its generic types). Add type information, e.g. .returns(Types.TUPLE(Types.STRING, Types.INT)) or "
                + ".returns(new TypeHint<Tuple2<String, Integer>>(){})", message);

        FlatMapFunction<String, Tuple2<String, Integer>> collecting = (line, out) -> out.collect(Tuple2.of(line, 1));
        InvalidTypesException e = assertThrows(InvalidTypesException.class,
                () -> TypeExtractor.getFlatMapReturnTypes(collecting, Types.STRING, "FlatMap at main(WordCount.java:31)", false));
        assertTrue(e.getMessage().startsWith("The return type of 'FlatMap at main(WordCount.java:31)' cannot be determined"),
                e.getMessage());
        assertThrows(InvalidTypesException.class, () -> ((TypeInformation<?>) missing).createSerializer(null));
    }

    @Test
    void keySelectorsAndPartitioners() {
        KeySelector<Person, String> byName = Person::name;
        assertEquals(Types.STRING, TypeExtractor.getKeySelectorTypes(byName, TypeInformation.of(Person.class)));
        KeySelector<Tuple2<String, Integer>, Integer> bySecond = new KeySelector<>() {
            @Override
            public Integer getKey(Tuple2<String, Integer> value) {
                return value.f1;
            }
        };
        assertEquals(Types.INT, TypeExtractor.getKeySelectorTypes(bySecond, WORD_COUNT));
        Partitioner<Long> partitioner = new Partitioner<>() {
            @Override
            public int partition(Long key, int numPartitions) {
                return (int) (key % numPartitions);
            }
        };
        assertEquals(Types.LONG, TypeExtractor.getPartitionerTypes(partitioner));
        Partitioner<String> lambdaPartitioner = (key, n) -> key.length() % n;
        assertEquals(Types.STRING, TypeExtractor.getPartitionerTypes(lambdaPartitioner));
    }

    /** A format-like generic base class standing in for InputFormat. */
    public abstract static class Source<OT> implements java.io.Serializable {}

    @Test
    void inputFormatsByResultTypeOrGenericParameter() {
        class Lines extends Source<String> {}
        assertEquals(Types.STRING, TypeExtractor.getInputFormatTypes(new Lines(), Source.class));
        class Queryable extends Source<Object> implements ResultTypeQueryable<Long> {
            @Override
            public TypeInformation<Long> getProducedType() {
                return Types.LONG;
            }
        }
        assertEquals(Types.LONG, TypeExtractor.getInputFormatTypes(new Queryable(), Source.class));
    }
}
