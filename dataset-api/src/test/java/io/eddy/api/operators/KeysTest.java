package io.eddy.api.operators;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.ExecutionConfig;
import io.eddy.api.InvalidProgramException;
import io.eddy.api.functions.KeySelector;
import io.eddy.api.functions.Partitioner;
import io.eddy.api.operators.Keys.ExpressionKeys;
import io.eddy.api.operators.Keys.IncompatibleKeysException;
import io.eddy.api.operators.Keys.SelectorFunctionKeys;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.tuple.Tuple3;
import io.eddy.api.typeinfo.PrimitiveArrayTypeInfo;
import io.eddy.api.typeinfo.TypeHint;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.typeinfo.Types;
import io.eddy.api.typeutils.TestTypes.Address;
import io.eddy.api.typeutils.TestTypes.Employee;
import io.eddy.api.typeutils.TestTypes.Opaque;
import io.eddy.api.typeutils.TestTypes.Person;
import io.eddy.api.typeutils.TestTypes.User;
import io.eddy.runtime.types.ComparatorTestBase;
import io.eddy.runtime.types.NullKeyFieldException;
import io.eddy.runtime.types.TypeComparator;
import io.eddy.runtime.types.TypeSerializer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Keys on tuples, POJOs, records, nested fields and key selectors, and the comparators they create. */
class KeysTest {

    private static final ExecutionConfig CONFIG = new ExecutionConfig();
    private static final TypeInformation<Tuple2<Integer, String>> INT_STRING = Types.TUPLE(Types.INT, Types.STRING);
    private static final TypeInformation<Tuple3<String, Tuple2<Integer, String>, Long>> NESTED =
            new TypeHint<Tuple3<String, Tuple2<Integer, String>, Long>>() {}.getTypeInfo();
    private static final TypeInformation<Person> PERSON = TypeInformation.of(Person.class);
    private static final TypeInformation<User> USER = TypeInformation.of(User.class);

    private static boolean[] orders(int n, boolean ascending) {
        boolean[] orders = new boolean[n];
        java.util.Arrays.fill(orders, ascending);
        return orders;
    }

    @Nested
    class TupleKeyedOnSecondThenFirst extends ComparatorTestBase<Tuple2<Integer, String>> {
        protected TypeComparator<Tuple2<Integer, String>> createComparator(boolean asc) {
            return new ExpressionKeys<>(new int[] {1, 0}, INT_STRING).createComparator(INT_STRING, orders(2, asc), CONFIG);
        }
        protected TypeSerializer<Tuple2<Integer, String>> createSerializer() { return INT_STRING.createSerializer(CONFIG); }
        @SuppressWarnings("unchecked")
        protected Tuple2<Integer, String>[] getSortedTestData() {
            return new Tuple2[] {Tuple2.of(5, "a"), Tuple2.of(-1, "b"), Tuple2.of(3, "b"), Tuple2.of(0, "bb"), Tuple2.of(1, "\u00e9")};
        }
    }

    @Nested
    class NestedTupleField extends ComparatorTestBase<Tuple3<String, Tuple2<Integer, String>, Long>> {
        protected TypeComparator<Tuple3<String, Tuple2<Integer, String>, Long>> createComparator(boolean asc) {
            return new ExpressionKeys<>(new String[] {"f1.f0", "f2"}, NESTED).createComparator(NESTED, orders(2, asc), CONFIG);
        }
        protected TypeSerializer<Tuple3<String, Tuple2<Integer, String>, Long>> createSerializer() { return NESTED.createSerializer(CONFIG); }
        @SuppressWarnings("unchecked")
        protected Tuple3<String, Tuple2<Integer, String>, Long>[] getSortedTestData() {
            return new Tuple3[] {Tuple3.of("z", Tuple2.of(-4, "x"), 9L), Tuple3.of("a", Tuple2.of(1, "y"), -3L), Tuple3.of("a", Tuple2.of(1, "y"), 2L)};
        }
    }

    @Nested
    class PojoNestedField extends ComparatorTestBase<User> {
        protected TypeComparator<User> createComparator(boolean asc) {
            return new ExpressionKeys<>(new String[] {"address.city", "name"}, USER).createComparator(USER, orders(2, asc), CONFIG);
        }
        protected TypeSerializer<User> createSerializer() { return USER.createSerializer(CONFIG); }
        protected User[] getSortedTestData() {
            return new User[] {new User("b", 1, new Address("Athens", 1), 1), new User("a", null, new Address("Berlin", 2), 2),
                new User("c", 3, new Address("Berlin", 0), 3)};
        }
    }

    @Nested
    class RecordComponents extends ComparatorTestBase<Person> {
        protected TypeComparator<Person> createComparator(boolean asc) {
            return new ExpressionKeys<>(new String[] {"age", "name"}, PERSON).createComparator(PERSON, orders(2, asc), CONFIG);
        }
        protected TypeSerializer<Person> createSerializer() { return PERSON.createSerializer(CONFIG); }
        protected Person[] getSortedTestData() {
            return new Person[] {new Person("z", -1), new Person("a", 30), new Person("b", 30), new Person("a", 31)};
        }
    }

    @Nested
    class SelectorKeys extends ComparatorTestBase<Person> {
        protected TypeComparator<Person> createComparator(boolean asc) {
            KeySelector<Person, Tuple2<String, Integer>> selector = new KeySelector<>() {
                @Override
                public Tuple2<String, Integer> getKey(Person p) {
                    return Tuple2.of(p.name(), p.age());
                }
            };
            return new SelectorFunctionKeys<>(selector, PERSON, Types.<Tuple2<String, Integer>>TUPLE(Types.STRING, Types.INT))
                    .createComparator(PERSON, orders(2, asc), CONFIG);
        }
        protected TypeSerializer<Person> createSerializer() { return PERSON.createSerializer(CONFIG); }
        protected Person[] getSortedTestData() {
            return new Person[] {new Person("a", 2), new Person("a", 3), new Person("b", 1)};
        }
    }

    @Test
    void expressionKeysResolveFlatPositions() {
        ExpressionKeys<Tuple3<String, Tuple2<Integer, String>, Long>> keys = new ExpressionKeys<>(new int[] {1, 2}, NESTED);
        assertArrayEquals(new int[] {1, 2, 3}, keys.computeLogicalKeyPositions());
        assertEquals(3, keys.getNumberOfKeyFields());
        assertArrayEquals(new TypeInformation<?>[] {Types.INT, Types.STRING, Types.LONG}, keys.getKeyFieldTypes());
        assertArrayEquals(new TypeInformation<?>[] {Types.TUPLE(Types.INT, Types.STRING), Types.LONG}, keys.getOriginalKeyFieldTypes());
        assertArrayEquals(new int[] {0, 1, 2, 3}, new ExpressionKeys<>("*", NESTED).computeLogicalKeyPositions());
        assertArrayEquals(new int[] {1}, new ExpressionKeys<>("f1.f0", NESTED).computeLogicalKeyPositions());
        // Pojo fields are ordered by name: address.city, address.zip, age, id, name.
        assertArrayEquals(new int[] {0, 4}, new ExpressionKeys<>(new String[] {"address.city", "name"}, USER).computeLogicalKeyPositions());
        TypeInformation<Employee> employee = TypeInformation.of(Employee.class);
        assertArrayEquals(new int[] {1, 2}, new ExpressionKeys<>(new String[] {"person.age", "company"}, employee).computeLogicalKeyPositions());
        ExpressionKeys<String> atomic = new ExpressionKeys<>(Types.STRING);
        assertEquals(1, atomic.getNumberOfKeyFields());
        assertEquals("x", atomic.extractKey("x"));
    }

    @Test
    void invalidKeysFailLikeFlink() {
        InvalidProgramException range = assertThrows(InvalidProgramException.class, () -> new ExpressionKeys<>(2, INT_STRING));
        assertTrue(range.getMessage().startsWith("Tuple position is out of range: 2"), range.getMessage());
        InvalidProgramException unknown = assertThrows(InvalidProgramException.class, () -> new ExpressionKeys<>("nope", USER));
        assertTrue(unknown.getMessage().contains("nope"), unknown.getMessage());
        InvalidProgramException array = assertThrows(InvalidProgramException.class,
                () -> new ExpressionKeys<>(PrimitiveArrayTypeInfo.INT_PRIMITIVE_ARRAY_TYPE_INFO));
        assertTrue(array.getMessage().contains("cannot be used as key"), array.getMessage());
        assertThrows(InvalidProgramException.class, () -> new ExpressionKeys<>(TypeInformation.of(Opaque.class)));
        assertThrows(InvalidProgramException.class, () -> new ExpressionKeys<>(1, Types.STRING));
        assertThrows(InvalidProgramException.class, () -> new ExpressionKeys<>("f1.f0", INT_STRING));
    }

    @Test
    void compatibilityComparesFlatKeyTypes() throws Exception {
        Keys<Tuple2<Integer, String>> tupleKey = new ExpressionKeys<>(0, INT_STRING);
        Keys<Person> recordKey = new ExpressionKeys<>("age", PERSON);
        assertTrue(tupleKey.areCompatible(recordKey));
        KeySelector<Person, Integer> byAge = Person::age;
        assertTrue(tupleKey.areCompatible(new SelectorFunctionKeys<>(byAge, PERSON, Types.INT)));
        IncompatibleKeysException e = assertThrows(IncompatibleKeysException.class,
                () -> tupleKey.areCompatible(new ExpressionKeys<>("name", PERSON)));
        assertTrue(e.getMessage().contains("Integer") && e.getMessage().contains("String"), e.getMessage());
        assertThrows(IncompatibleKeysException.class, () -> tupleKey.areCompatible(new ExpressionKeys<>("*", PERSON)));
    }

    @Test
    void equalKeysHashEquallyAcrossTuplesRecordsAndSelectors() {
        TypeComparator<Tuple2<Integer, String>> tuple = new ExpressionKeys<>(0, INT_STRING).createComparator(INT_STRING, null, CONFIG);
        TypeComparator<Person> record = new ExpressionKeys<>("age", PERSON).createComparator(PERSON, null, CONFIG);
        KeySelector<Person, Integer> byAge = Person::age;
        TypeComparator<Person> selector = new SelectorFunctionKeys<>(byAge, PERSON, Types.INT).createComparator(PERSON, null, CONFIG);
        for (int age : new int[] {0, 1, -7, 42, Integer.MIN_VALUE}) {
            int expected = tuple.hash(Tuple2.of(age, "ignored"));
            assertEquals(expected, record.hash(new Person("someone", age)));
            assertEquals(expected, selector.hash(new Person("other", age)));
        }
        TypeComparator<Tuple2<Integer, String>> both = new ExpressionKeys<>(new int[] {0, 1}, INT_STRING).createComparator(INT_STRING, null, CONFIG);
        TypeComparator<Person> bothRecord = new ExpressionKeys<>(new String[] {"age", "name"}, PERSON).createComparator(PERSON, null, CONFIG);
        assertEquals(both.hash(Tuple2.of(5, "x")), bothRecord.hash(new Person("x", 5)));
        TypeComparator<Tuple3<String, Tuple2<Integer, String>, Long>> nested =
                new ExpressionKeys<>("f1", NESTED).createComparator(NESTED, null, CONFIG);
        assertEquals(both.hash(Tuple2.of(5, "x")), nested.hash(Tuple3.of("q", Tuple2.of(5, "x"), 1L)));
    }

    @Test
    void nullPojoKeyFieldsAreRejected() {
        TypeComparator<User> comparator = new ExpressionKeys<>("name", USER).createComparator(USER, null, CONFIG);
        assertThrows(NullKeyFieldException.class, () -> comparator.hash(new User(null, 1, null, 0)));
    }

    @Test
    void extractKeyReturnsValueOrTuple() {
        assertEquals(3, new ExpressionKeys<>(0, INT_STRING).extractKey(Tuple2.of(3, "a")));
        assertEquals(Tuple2.of("a", 3), new ExpressionKeys<>(new int[] {1, 0}, INT_STRING).extractKey(Tuple2.of(3, "a")));
        KeySelector<Person, String> byName = Person::name;
        assertEquals("bo", new SelectorFunctionKeys<>(byName, PERSON, Types.STRING).extractKey(new Person("bo", 1)));
    }

    @Test
    void customPartitionersMustMatchTheSingleKeyField() {
        Partitioner<Integer> intPartitioner = new Partitioner<>() {
            @Override
            public int partition(Integer key, int numPartitions) {
                return key % numPartitions;
            }
        };
        new ExpressionKeys<>(0, INT_STRING).validateCustomPartitioner(intPartitioner, null);
        InvalidProgramException wrongType = assertThrows(InvalidProgramException.class,
                () -> new ExpressionKeys<>(1, INT_STRING).validateCustomPartitioner(intPartitioner, null));
        assertTrue(wrongType.getMessage().contains("incompatible"), wrongType.getMessage());
        assertThrows(InvalidProgramException.class,
                () -> new ExpressionKeys<>(new int[] {0, 1}, INT_STRING).validateCustomPartitioner(intPartitioner, Types.INT));
    }
}
