package io.eddy.api.typeutils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.ExecutionConfig;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.tuple.Tuple3;
import io.eddy.api.typeinfo.BasicTypeInfo;
import io.eddy.api.typeinfo.TypeHint;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.typeinfo.Types;
import io.eddy.api.types.IntValue;
import io.eddy.api.types.NullFieldException;
import io.eddy.api.types.StringValue;
import io.eddy.api.typeutils.TestTypes.Address;
import io.eddy.api.typeutils.TestTypes.Admin;
import io.eddy.api.typeutils.TestTypes.Employee;
import io.eddy.api.typeutils.TestTypes.Person;
import io.eddy.api.typeutils.TestTypes.User;
import io.eddy.runtime.memory.DataOutputSerializer;
import io.eddy.runtime.types.KryoSerializer;
import io.eddy.runtime.types.SerializerTestBase;
import io.eddy.runtime.types.TypeSerializer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The shared serializer contract applied to the API's composite serializers. */
class CompositeSerializersTest {

    private static final ExecutionConfig CONFIG = new ExecutionConfig();

    @Nested
    class Tuples extends SerializerTestBase<Tuple2<Integer, String>> {
        protected TypeSerializer<Tuple2<Integer, String>> createSerializer() {
            return new TypeHint<Tuple2<Integer, String>>() {}.getTypeInfo().createSerializer(CONFIG);
        }
        protected int getLength() { return -1; }
        @SuppressWarnings("unchecked")
        protected Tuple2<Integer, String>[] getTestData() {
            return new Tuple2[] {Tuple2.of(1, "a"), Tuple2.of(-5, ""), Tuple2.of(Integer.MAX_VALUE, "long text \u00e9")};
        }
    }

    @Nested
    class Eithers extends SerializerTestBase<io.eddy.api.types.Either<String, Tuple2<Long, Double>>> {
        protected TypeSerializer<io.eddy.api.types.Either<String, Tuple2<Long, Double>>> createSerializer() {
            return new EitherTypeInfo<>(BasicTypeInfo.STRING_TYPE_INFO,
                    new TypeHint<Tuple2<Long, Double>>() {}.getTypeInfo()).createSerializer(CONFIG);
        }
        protected int getLength() { return -1; }
        @SuppressWarnings("unchecked")
        protected io.eddy.api.types.Either<String, Tuple2<Long, Double>>[] getTestData() {
            return new io.eddy.api.types.Either[] {io.eddy.api.types.Either.Left("left"),
                    io.eddy.api.types.Either.Right(Tuple2.of(7L, 0.5)), io.eddy.api.types.Either.Left(""),
                    io.eddy.api.types.Either.Right(Tuple2.of(-1L, Double.NaN))};
        }
    }

    @Nested
    class Rows extends SerializerTestBase<io.eddy.api.types.Row> {
        protected TypeSerializer<io.eddy.api.types.Row> createSerializer() {
            return Types.ROW(Types.INT, Types.STRING, Types.DOUBLE, Types.LONG, Types.INT, Types.INT, Types.INT, Types.INT,
                    Types.STRING).createSerializer(CONFIG);
        }
        protected int getLength() { return -1; }
        protected io.eddy.api.types.Row[] getTestData() {
            // nine fields: the null mask takes two bytes
            return new io.eddy.api.types.Row[] {
                io.eddy.api.types.Row.of(1, "a", 2.5, 3L, 4, 5, 6, 7, "z"),
                io.eddy.api.types.Row.of(null, null, null, null, null, null, null, null, null),
                io.eddy.api.types.Row.ofKind(io.eddy.api.types.RowKind.DELETE, -1, "", 0.0, null, 0, null, 0, null, "last")};
        }
    }

    @Nested
    class NestedTuples extends SerializerTestBase<Tuple3<Long, Tuple2<Integer, Double>, int[]>> {
        protected TypeSerializer<Tuple3<Long, Tuple2<Integer, Double>, int[]>> createSerializer() {
            return new TypeHint<Tuple3<Long, Tuple2<Integer, Double>, int[]>>() {}.getTypeInfo().createSerializer(CONFIG);
        }
        protected int getLength() { return -1; }
        @SuppressWarnings("unchecked")
        protected Tuple3<Long, Tuple2<Integer, Double>, int[]>[] getTestData() {
            return new Tuple3[] {Tuple3.of(1L, Tuple2.of(2, 3.0), new int[] {4}), Tuple3.of(-1L, Tuple2.of(0, -0.5), new int[0])};
        }
        protected boolean deepEquals(Tuple3<Long, Tuple2<Integer, Double>, int[]> a, Tuple3<Long, Tuple2<Integer, Double>, int[]> b) {
            return a.f0.equals(b.f0) && a.f1.equals(b.f1) && java.util.Arrays.equals(a.f2, b.f2);
        }
    }

    @Nested
    class FixedLengthTuples extends SerializerTestBase<Tuple2<Integer, Long>> {
        protected TypeSerializer<Tuple2<Integer, Long>> createSerializer() {
            return new TupleTypeInfo<Tuple2<Integer, Long>>(Types.INT, Types.LONG).createSerializer(CONFIG);
        }
        protected int getLength() { return 12; }
        @SuppressWarnings("unchecked")
        protected Tuple2<Integer, Long>[] getTestData() { return new Tuple2[] {Tuple2.of(1, 2L), Tuple2.of(-1, Long.MIN_VALUE)}; }
    }

    @Nested
    class Pojos extends SerializerTestBase<User> {
        protected TypeSerializer<User> createSerializer() { return TypeInformation.of(User.class).createSerializer(CONFIG); }
        protected int getLength() { return -1; }
        protected User[] getTestData() {
            return new User[] {new User("ann", 30, new Address("Berlin", 10115), 7), new User(null, null, null, 0), null,
                new Admin("root", "superuser"), new User("bob", 1, new Address(null, 0), -1)};
        }
    }

    @Nested
    class Records extends SerializerTestBase<Employee> {
        protected TypeSerializer<Employee> createSerializer() { return TypeInformation.of(Employee.class).createSerializer(CONFIG); }
        protected int getLength() { return -1; }
        protected Employee[] getTestData() {
            return new Employee[] {new Employee(new Person("ann", 3), "acme"), new Employee(null, null), null, new Employee(new Person(null, -1), "")};
        }
    }

    @Nested
    class Values extends SerializerTestBase<IntValue> {
        protected TypeSerializer<IntValue> createSerializer() { return TypeInformation.of(IntValue.class).createSerializer(CONFIG); }
        protected int getLength() { return 4; }
        protected IntValue[] getTestData() { return new IntValue[] {new IntValue(1), new IntValue(-7), new IntValue()}; }
    }

    @Nested
    class StringValues extends SerializerTestBase<StringValue> {
        protected TypeSerializer<StringValue> createSerializer() { return new ValueSerializer<>(StringValue.class); }
        protected int getLength() { return -1; }
        protected StringValue[] getTestData() { return new StringValue[] {new StringValue("x"), new StringValue(""), new StringValue("\u4e2d")}; }
    }

    @Nested
    class Lists extends SerializerTestBase<List<String>> {
        protected TypeSerializer<List<String>> createSerializer() { return Types.LIST(Types.STRING).createSerializer(CONFIG); }
        protected int getLength() { return -1; }
        @SuppressWarnings("unchecked")
        protected List<String>[] getTestData() {
            List<String> withNull = new ArrayList<>();
            withNull.add(null);
            withNull.add("b");
            return new List[] {new ArrayList<>(List.of("a", "b")), new ArrayList<>(), withNull, null};
        }
    }

    @Nested
    class Maps extends SerializerTestBase<Map<String, Integer>> {
        protected TypeSerializer<Map<String, Integer>> createSerializer() { return Types.MAP(Types.STRING, Types.INT).createSerializer(CONFIG); }
        protected int getLength() { return -1; }
        @SuppressWarnings("unchecked")
        protected Map<String, Integer>[] getTestData() {
            Map<String, Integer> withNull = new HashMap<>();
            withNull.put("x", null);
            return new Map[] {new HashMap<>(Map.of("a", 1, "b", 2)), new HashMap<>(), withNull};
        }
    }

    @Test
    void nullTupleFieldIsRejectedNamingTheField() {
        TypeSerializer<Tuple2<Integer, String>> serializer = new TupleTypeInfo<Tuple2<Integer, String>>(Types.INT, Types.STRING)
                .createSerializer(CONFIG);
        NullFieldException e = assertThrows(NullFieldException.class,
                () -> serializer.serialize(Tuple2.of(1, null), new DataOutputSerializer(16)));
        assertEquals(1, e.getFieldPos());
        assertTrue(e.getMessage().contains("f1"), e.getMessage());
    }

    /** A tuple subclass as Gelly's are: public, with a public no-argument constructor. */
    public static class Labelled extends Tuple2<Long, String> {
        public Labelled() {}

        Labelled(long id, String label) {
            super(id, label);
        }
    }

    /** A tuple subclass the serializer can reach only by making its constructor accessible. */
    private static final class Hidden extends Tuple2<Long, String> {
        private Hidden() {}
    }

    /** A tuple subclass without a no-argument constructor. */
    public static class Unconstructible extends Tuple2<Long, String> {
        public Unconstructible(long id) {
            super(id, "");
        }
    }

    @Test
    void tupleSubclassesAreDeserializedAndCopiedAsThemselves() throws Exception {
        TypeSerializer<Labelled> labelled = new TupleTypeInfo<>(Labelled.class, Types.LONG, Types.STRING).createSerializer(CONFIG);
        DataOutputSerializer out = new DataOutputSerializer(64);
        labelled.serialize(new Labelled(7, "seven"), out);
        for (int i = 0; i < 3; i++) {
            // every record is a new instance of the subclass, from the serializer and its duplicates
            Labelled read = labelled.duplicate().deserialize(new io.eddy.runtime.memory.DataInputDeserializer(
                    out.getSharedBuffer(), 0, out.length()));
            assertEquals(Labelled.class, read.getClass());
            assertEquals(Tuple2.of(7L, "seven"), Tuple2.of(read.f0, read.f1));
            assertEquals(Labelled.class, labelled.copy(read).getClass());
        }
        TypeSerializer<Hidden> hidden = new TupleTypeInfo<>(Hidden.class, Types.LONG, Types.STRING).createSerializer(CONFIG);
        Hidden original = new Hidden();
        original.f0 = 3L;
        original.f1 = "three";
        Hidden copy = hidden.copy(original);
        assertEquals(Hidden.class, copy.getClass());
        assertEquals(Tuple2.of(3L, "three"), Tuple2.of(copy.f0, copy.f1));
        TypeSerializer<Unconstructible> none = new TupleTypeInfo<>(Unconstructible.class, Types.LONG, Types.STRING)
                .createSerializer(CONFIG);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> none.copy(new Unconstructible(1)));
        assertTrue(e.getMessage().contains("no-argument constructor"), e.getMessage());
    }

    @Test
    void forceKryoSerializesPojosWithKryo() {
        ExecutionConfig config = new ExecutionConfig();
        config.enableForceKryo();
        assertTrue(TypeInformation.of(User.class).createSerializer(config) instanceof KryoSerializer);
        assertTrue(TypeInformation.of(User.class).createSerializer(CONFIG) instanceof PojoSerializer);
    }

    @Test
    void disabledGenericTypesFailClearly() {
        ExecutionConfig config = new ExecutionConfig();
        config.disableGenericTypes();
        TypeInformation<TestTypes.Opaque> info = TypeInformation.of(TestTypes.Opaque.class);
        assertTrue(info instanceof GenericTypeInfo);
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, () -> info.createSerializer(config));
        assertTrue(e.getMessage().contains("Generic types have been disabled"), e.getMessage());
        assertTrue(e.getMessage().contains(TestTypes.Opaque.class.getName()), e.getMessage());
        assertEquals(BasicTypeInfo.STRING_TYPE_INFO.createSerializer(config), BasicTypeInfo.STRING_TYPE_INFO.createSerializer(CONFIG));
    }
}
