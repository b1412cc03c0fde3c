package io.eddy.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eddy.api.operators.CrossOperator;
import io.eddy.api.operators.CrossOperator.DefaultCross;
import io.eddy.api.operators.CrossOperator.ProjectCross;
import io.eddy.api.operators.DataSource;
import io.eddy.api.operators.JoinOperator;
import io.eddy.api.operators.JoinOperator.DefaultJoin;
import io.eddy.api.operators.JoinOperator.ProjectJoin;
import io.eddy.api.operators.ProjectOperator;
import io.eddy.api.tuple.Tuple;
import io.eddy.api.tuple.Tuple1;
import io.eddy.api.tuple.Tuple10;
import io.eddy.api.tuple.Tuple11;
import io.eddy.api.tuple.Tuple12;
import io.eddy.api.tuple.Tuple13;
import io.eddy.api.tuple.Tuple14;
import io.eddy.api.tuple.Tuple15;
import io.eddy.api.tuple.Tuple16;
import io.eddy.api.tuple.Tuple17;
import io.eddy.api.tuple.Tuple18;
import io.eddy.api.tuple.Tuple19;
import io.eddy.api.tuple.Tuple2;
import io.eddy.api.tuple.Tuple20;
import io.eddy.api.tuple.Tuple21;
import io.eddy.api.tuple.Tuple22;
import io.eddy.api.tuple.Tuple23;
import io.eddy.api.tuple.Tuple24;
import io.eddy.api.tuple.Tuple25;
import io.eddy.api.tuple.Tuple3;
import io.eddy.api.tuple.Tuple4;
import io.eddy.api.tuple.Tuple5;
import io.eddy.api.tuple.Tuple6;
import io.eddy.api.tuple.Tuple7;
import io.eddy.api.tuple.Tuple8;
import io.eddy.api.tuple.Tuple9;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.typeinfo.Types;
import io.eddy.api.typeutils.TupleTypeInfo;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Projections and {@code types(...)} written exactly as Flink 1.17 programs write them, with explicit
 * target types: if a signature regresses (a projection that is no longer generic in its result tuple,
 * a {@code types} with another return type, a missing arity), this class stops compiling. Each
 * declaration is also checked at run time against the type the operator really produces, and some
 * programs are run on the local environment at parallelism 1 and 2.
 *
 * <p>Inputs: {@code L = (Integer, String, Long, Double, Boolean)} and
 * {@code R = (Integer, Character, Short, Float, String)}, joined on field 0.
 */
class ApiSignatureCompatibilityTest {

    @TempDir
    Path temp;

    private static ExecutionEnvironment env(int parallelism) {
        return ExecutionEnvironment.createLocalEnvironment(parallelism);
    }

    private static DataSet<Tuple5<Integer, String, Long, Double, Boolean>> left(ExecutionEnvironment env) {
        return env.fromElements(
                Tuple5.of(1, "a", 10L, 1.5, true),
                Tuple5.of(2, "b", 20L, 2.5, false),
                Tuple5.of(3, "c", 30L, 3.5, true));
    }

    private static DataSet<Tuple5<Integer, Character, Short, Float, String>> right(ExecutionEnvironment env) {
        return env.fromElements(
                Tuple5.of(1, 'x', (short) 100, 0.5f, "one"),
                Tuple5.of(3, 'z', (short) 300, 0.25f, "three"),
                Tuple5.of(4, 'w', (short) 400, 0.125f, "four"));
    }

    /** The tuple type a projection with these field types must produce. */
    private static TypeInformation<?> tuple(TypeInformation<?>... fields) {
        return new TupleTypeInfo<>(fields);
    }

    private static final TypeInformation<?> L_TYPE =
            tuple(Types.INT, Types.STRING, Types.LONG, Types.DOUBLE, Types.BOOLEAN);
    private static final TypeInformation<?> R_TYPE =
            tuple(Types.INT, Types.CHAR, Types.SHORT, Types.FLOAT, Types.STRING);

    // ---------------------------------------------------------------------------------------------
    //  the reported snippet
    // ---------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "parallelism {0}")
    @ValueSource(ints = {1, 2})
    void issueSnippetCompilesAndRuns(int parallelism) throws Exception {
        ExecutionEnvironment env = env(parallelism);
        DataSet<Tuple2<Long, String>> a = env.fromElements(Tuple2.of(1L, "ann"), Tuple2.of(2L, "bob"), Tuple2.of(3L, "cid"));
        DataSet<Tuple3<Long, Long, Integer>> b = env.fromElements(
                Tuple3.of(100L, 1L, 30), Tuple3.of(101L, 1L, 12), Tuple3.of(102L, 3L, 7), Tuple3.of(103L, 9L, 5));

        DataSet<Tuple3<String, Long, Integer>> p = a.join(b).where(0).equalTo(1).projectFirst(1).projectSecond(0, 2);

        assertEquals(tuple(Types.STRING, Types.LONG, Types.INT), p.getType());
        List<Tuple3<String, Long, Integer>> result = new ArrayList<>(p.collect());
        result.sort((x, y) -> Long.compare(x.f1, y.f1));
        assertEquals(List.of(Tuple3.of("ann", 100L, 30), Tuple3.of("ann", 101L, 12), Tuple3.of("cid", 102L, 7)), result);
        // the typed fields really are what the declaration says
        String name = result.get(0).f0;
        long id = result.get(0).f1;
        int amount = result.get(0).f2;
        assertEquals("ann/100/30", name + "/" + id + "/" + amount);
    }

    // ---------------------------------------------------------------------------------------------
    //  join projections: 1 to 5 fields of either side, and mixed chains
    // ---------------------------------------------------------------------------------------------

    @Test
    void joinProjectionsInferTheirTargetTuple() {
        ExecutionEnvironment env = env(1);
        DataSet<Tuple5<Integer, String, Long, Double, Boolean>> l = left(env);
        DataSet<Tuple5<Integer, Character, Short, Float, String>> r = right(env);

        DataSet<Tuple1<String>> f1 = l.join(r).where(0).equalTo(0).projectFirst(1);
        DataSet<Tuple2<String, Long>> f2 = l.join(r).where(0).equalTo(0).projectFirst(1, 2);
        DataSet<Tuple3<Integer, String, Long>> f3 = l.join(r).where(0).equalTo(0).projectFirst(0, 1, 2);
        DataSet<Tuple4<Integer, String, Long, Double>> f4 = l.join(r).where(0).equalTo(0).projectFirst(0, 1, 2, 3);
        DataSet<Tuple5<Boolean, Double, Long, String, Integer>> f5 =
                l.join(r).where(0).equalTo(0).projectFirst(4, 3, 2, 1, 0);
        assertEquals(tuple(Types.STRING), f1.getType());
        assertEquals(tuple(Types.STRING, Types.LONG), f2.getType());
        assertEquals(tuple(Types.INT, Types.STRING, Types.LONG), f3.getType());
        assertEquals(tuple(Types.INT, Types.STRING, Types.LONG, Types.DOUBLE), f4.getType());
        assertEquals(tuple(Types.BOOLEAN, Types.DOUBLE, Types.LONG, Types.STRING, Types.INT), f5.getType());

        DataSet<Tuple1<String>> s1 = l.join(r).where(0).equalTo(0).projectSecond(4);
        DataSet<Tuple2<Character, Short>> s2 = l.join(r).where(0).equalTo(0).projectSecond(1, 2);
        DataSet<Tuple3<Float, Short, Character>> s3 = l.join(r).where(0).equalTo(0).projectSecond(3, 2, 1);
        DataSet<Tuple4<Integer, Character, Short, Float>> s4 = l.join(r).where(0).equalTo(0).projectSecond(0, 1, 2, 3);
        DataSet<Tuple5<Integer, Character, Short, Float, String>> s5 =
                l.join(r).where(0).equalTo(0).projectSecond(0, 1, 2, 3, 4);
        assertEquals(tuple(Types.STRING), s1.getType());
        assertEquals(tuple(Types.CHAR, Types.SHORT), s2.getType());
        assertEquals(tuple(Types.FLOAT, Types.SHORT, Types.CHAR), s3.getType());
        assertEquals(tuple(Types.INT, Types.CHAR, Types.SHORT, Types.FLOAT), s4.getType());
        assertEquals(R_TYPE, s5.getType());

        DataSet<Tuple2<String, String>> m2 = l.join(r).where(0).equalTo(0).projectFirst(1).projectSecond(4);
        DataSet<Tuple3<Character, Long, Boolean>> m3 = l.join(r).where(0).equalTo(0).projectSecond(1).projectFirst(2, 4);
        DataSet<Tuple5<Integer, String, Character, Double, Float>> m5 = l.join(r).where(0).equalTo(0)
                .projectFirst(0, 1).projectSecond(1).projectFirst(3).projectSecond(3);
        DataSet<Tuple10<Integer, String, Long, Double, Boolean, Integer, Character, Short, Float, String>> m10 =
                l.join(r).where(0).equalTo(0).projectFirst(0, 1, 2, 3, 4).projectSecond(0, 1, 2, 3, 4);
        DataSet<Tuple2<Tuple5<Integer, String, Long, Double, Boolean>, Tuple5<Integer, Character, Short, Float, String>>>
                whole = l.join(r).where(0).equalTo(0).projectFirst().projectSecond();
        assertEquals(tuple(Types.STRING, Types.STRING), m2.getType());
        assertEquals(tuple(Types.CHAR, Types.LONG, Types.BOOLEAN), m3.getType());
        assertEquals(tuple(Types.INT, Types.STRING, Types.CHAR, Types.DOUBLE, Types.FLOAT), m5.getType());
        assertEquals(tuple(Types.INT, Types.STRING, Types.LONG, Types.DOUBLE, Types.BOOLEAN,
                Types.INT, Types.CHAR, Types.SHORT, Types.FLOAT, Types.STRING), m10.getType());
        assertEquals(tuple(L_TYPE, R_TYPE), whole.getType());

        // the operator types themselves, and an explicit type argument where a program gives one
        ProjectJoin<Tuple5<Integer, String, Long, Double, Boolean>, Tuple5<Integer, Character, Short, Float, String>,
                Tuple2<String, Float>> op = l.join(r).where(0).equalTo(0).projectFirst(1).projectSecond(3);
        JoinOperator<?, ?, Tuple2<String, Float>> asJoin = op;
        DataSet<Tuple3<String, Float, Long>> witnessed =
                op.<Tuple3<String, Float, Long>>projectFirst(2);
        assertEquals(tuple(Types.STRING, Types.FLOAT), asJoin.getType());
        assertEquals(tuple(Types.STRING, Types.FLOAT, Types.LONG), witnessed.getType());

        // a projection used as a receiver infers Tuple, as in Flink
        DataSet<Tuple> untyped = l.join(r).where(0).equalTo(0).projectFirst(1).projectSecond(2);
        assertEquals(tuple(Types.STRING, Types.SHORT), untyped.getType());

        // joinWithTiny / joinWithHuge / join with a hint project the same way
        DataSet<Tuple2<Long, Short>> tiny = l.joinWithTiny(r).where(0).equalTo(0).projectFirst(2).projectSecond(2);
        DataSet<Tuple2<Long, Short>> huge = l.joinWithHuge(r).where(0).equalTo(0).projectFirst(2).projectSecond(2);
        DataSet<Tuple2<Long, Short>> hinted = l.join(r, io.eddy.api.operators.base.JoinOperatorBase.JoinHint.REPARTITION_SORT_MERGE)
                .where(0).equalTo(0).projectFirst(2).projectSecond(2);
        assertEquals(tuple(Types.LONG, Types.SHORT), tiny.getType());
        assertEquals(tuple(Types.LONG, Types.SHORT), huge.getType());
        assertEquals(tuple(Types.LONG, Types.SHORT), hinted.getType());
    }

    @ParameterizedTest(name = "parallelism {0}")
    @ValueSource(ints = {1, 2})
    void joinProjectionsRun(int parallelism) throws Exception {
        ExecutionEnvironment env = env(parallelism);
        DataSet<Tuple5<Integer, String, Long, Double, Boolean>> l = left(env);
        DataSet<Tuple5<Integer, Character, Short, Float, String>> r = right(env);

        DataSet<Tuple5<Integer, String, Character, Double, Float>> m5 = l.join(r).where(0).equalTo(0)
                .projectFirst(0, 1).projectSecond(1).projectFirst(3).projectSecond(3);
        List<Tuple5<Integer, String, Character, Double, Float>> rows = new ArrayList<>(m5.collect());
        rows.sort((x, y) -> Integer.compare(x.f0, y.f0));
        assertEquals(List.of(Tuple5.of(1, "a", 'x', 1.5, 0.5f), Tuple5.of(3, "c", 'z', 3.5, 0.25f)), rows);

        DataSet<Tuple1<String>> names = l.join(r).where(0).equalTo(0).projectSecond(4);
        List<String> values = new ArrayList<>();
        for (Tuple1<String> t : names.collect()) {
            values.add(t.f0);
        }
        values.sort(null);
        assertEquals(List.of("one", "three"), values);
    }

    // ---------------------------------------------------------------------------------------------
    //  cross projections
    // ---------------------------------------------------------------------------------------------

    @Test
    void crossProjectionsInferTheirTargetTuple() {
        ExecutionEnvironment env = env(1);
        DataSet<Tuple5<Integer, String, Long, Double, Boolean>> l = left(env);
        DataSet<Tuple5<Integer, Character, Short, Float, String>> r = right(env);

        DataSet<Tuple1<Long>> f1 = l.cross(r).projectFirst(2);
        DataSet<Tuple2<String, Long>> f2 = l.cross(r).projectFirst(1, 2);
        DataSet<Tuple3<Integer, String, Long>> f3 = l.cross(r).projectFirst(0, 1, 2);
        DataSet<Tuple4<Integer, String, Long, Double>> f4 = l.cross(r).projectFirst(0, 1, 2, 3);
        DataSet<Tuple5<Integer, String, Long, Double, Boolean>> f5 = l.cross(r).projectFirst(0, 1, 2, 3, 4);
        assertEquals(tuple(Types.LONG), f1.getType());
        assertEquals(tuple(Types.STRING, Types.LONG), f2.getType());
        assertEquals(tuple(Types.INT, Types.STRING, Types.LONG), f3.getType());
        assertEquals(tuple(Types.INT, Types.STRING, Types.LONG, Types.DOUBLE), f4.getType());
        assertEquals(L_TYPE, f5.getType());

        DataSet<Tuple1<Character>> s1 = l.cross(r).projectSecond(1);
        DataSet<Tuple2<String, Integer>> s2 = l.cross(r).projectSecond(4, 0);
        DataSet<Tuple3<Short, Float, String>> s3 = l.cross(r).projectSecond(2, 3, 4);
        DataSet<Tuple4<Float, Short, Character, Integer>> s4 = l.cross(r).projectSecond(3, 2, 1, 0);
        DataSet<Tuple5<String, Float, Short, Character, Integer>> s5 = l.cross(r).projectSecond(4, 3, 2, 1, 0);
        assertEquals(tuple(Types.CHAR), s1.getType());
        assertEquals(tuple(Types.STRING, Types.INT), s2.getType());
        assertEquals(tuple(Types.SHORT, Types.FLOAT, Types.STRING), s3.getType());
        assertEquals(tuple(Types.FLOAT, Types.SHORT, Types.CHAR, Types.INT), s4.getType());
        assertEquals(tuple(Types.STRING, Types.FLOAT, Types.SHORT, Types.CHAR, Types.INT), s5.getType());

        DataSet<Tuple2<String, String>> m2 = l.cross(r).projectFirst(1).projectSecond(4);
        DataSet<Tuple4<Character, Boolean, Short, Double>> m4 =
                l.crossWithTiny(r).projectSecond(1).projectFirst(4).projectSecond(2).projectFirst(3);
        DataSet<Tuple5<Integer, Integer, String, String, Long>> m5 =
                l.crossWithHuge(r).projectFirst(0).projectSecond(0).projectFirst(1).projectSecond(4).projectFirst(2);
        DataSet<Tuple2<Tuple5<Integer, String, Long, Double, Boolean>, Short>> whole = l.cross(r).projectFirst().projectSecond(2);
        assertEquals(tuple(Types.STRING, Types.STRING), m2.getType());
        assertEquals(tuple(Types.CHAR, Types.BOOLEAN, Types.SHORT, Types.DOUBLE), m4.getType());
        assertEquals(tuple(Types.INT, Types.INT, Types.STRING, Types.STRING, Types.LONG), m5.getType());
        assertEquals(tuple(L_TYPE, Types.SHORT), whole.getType());

        ProjectCross<Tuple5<Integer, String, Long, Double, Boolean>, Tuple5<Integer, Character, Short, Float, String>,
                Tuple2<Integer, Character>> op = l.cross(r).projectFirst(0).projectSecond(1);
        CrossOperator<?, ?, Tuple2<Integer, Character>> asCross = op;
        assertEquals(tuple(Types.INT, Types.CHAR), asCross.getType());
    }

    @ParameterizedTest(name = "parallelism {0}")
    @ValueSource(ints = {1, 2})
    void crossProjectionsRun(int parallelism) throws Exception {
        ExecutionEnvironment env = env(parallelism);
        DataSet<Tuple5<Integer, String, Long, Double, Boolean>> l = left(env);
        DataSet<Tuple5<Integer, Character, Short, Float, String>> r = right(env);

        DataSet<Tuple3<String, Character, Long>> p = l.cross(r).projectFirst(1).projectSecond(1).projectFirst(2);
        List<String> rows = new ArrayList<>();
        for (Tuple3<String, Character, Long> t : p.collect()) {
            rows.add(t.f0 + t.f1 + t.f2);
        }
        rows.sort(null);
        assertEquals(List.of("aw10", "ax10", "az10", "bw20", "bx20", "bz20", "cw30", "cx30", "cz30"), rows);
    }

    // ---------------------------------------------------------------------------------------------
    //  types(...) chains
    // ---------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "parallelism {0}")
    @ValueSource(ints = {1, 2})
    @SuppressWarnings("deprecation")
    void typesChainsCompileAndRun(int parallelism) throws Exception {
        ExecutionEnvironment env = env(parallelism);
        DataSet<Tuple5<Integer, String, Long, Double, Boolean>> l = left(env);
        DataSet<Tuple5<Integer, Character, Short, Float, String>> r = right(env);

        DataSet<Tuple2<String, Short>> joined =
                l.join(r).where(0).equalTo(0).projectFirst(1).projectSecond(2).types(String.class, Short.class);
        JoinOperator<Tuple5<Integer, String, Long, Double, Boolean>, Tuple5<Integer, Character, Short, Float, String>,
                Tuple2<String, Short>> joinOperator =
                l.join(r).where(0).equalTo(0).projectFirst(1).projectSecond(2).types(String.class, Short.class);
        DataSet<Tuple2<Long, String>> projected = l.project(2, 1).types(Long.class, String.class);
        ProjectOperator<?, Tuple2<Long, String>> projectOperator = l.project(2, 1).types(Long.class, String.class);
        DataSet<Tuple2<String, Short>> crossed = l.cross(r).projectFirst(1).projectSecond(2).types(String.class, Short.class);
        CrossOperator<Tuple5<Integer, String, Long, Double, Boolean>, Tuple5<Integer, Character, Short, Float, String>,
                Tuple2<String, Short>> crossOperator = l.cross(r).projectFirst(1).projectSecond(2).types(String.class, Short.class);

        assertEquals(tuple(Types.STRING, Types.SHORT), joined.getType());
        assertEquals(tuple(Types.STRING, Types.SHORT), joinOperator.getType());
        assertEquals(tuple(Types.LONG, Types.STRING), projected.getType());
        assertEquals(tuple(Types.LONG, Types.STRING), projectOperator.getType());
        assertEquals(tuple(Types.STRING, Types.SHORT), crossed.getType());
        assertEquals(tuple(Types.STRING, Types.SHORT), crossOperator.getType());

        // with an explicit type argument, types(...) continues a chain as in Flink programs
        List<Tuple2<String, Long>> sums = l.join(r).where(0).equalTo(0)
                .projectFirst(1, 2)
                .<Tuple2<String, Long>>types(String.class, Long.class)
                .groupBy(0).sum(1)
                .collect();
        List<String> rendered = new ArrayList<>();
        for (Tuple2<String, Long> t : sums) {
            rendered.add(t.f0 + "=" + t.f1);
        }
        rendered.sort(null);
        assertEquals(List.of("a=10", "c=30"), rendered);

        List<Tuple2<Long, String>> projectedRows = new ArrayList<>(projected.collect());
        projectedRows.sort((x, y) -> Long.compare(x.f0, y.f0));
        assertEquals(List.of(Tuple2.of(10L, "a"), Tuple2.of(20L, "b"), Tuple2.of(30L, "c")), projectedRows);

        // the number of classes is checked, as before
        assertThrows(IllegalArgumentException.class,
                () -> l.join(r).where(0).equalTo(0).projectFirst(1).projectSecond(2).types(String.class));
        assertThrows(IllegalArgumentException.class, () -> l.cross(r).projectFirst(1).types(String.class, Long.class));
    }

    // ---------------------------------------------------------------------------------------------
    //  DataSet.project
    // ---------------------------------------------------------------------------------------------

    @Test
    void dataSetProjectInfersItsTargetTuple() {
        DataSet<Tuple5<Integer, String, Long, Double, Boolean>> l = left(env(1));
        DataSet<Tuple1<Boolean>> p1 = l.project(4);
        DataSet<Tuple2<Double, Integer>> p2 = l.project(3, 0);
        DataSet<Tuple3<String, String, String>> p3 = l.project(1, 1, 1);
        DataSet<Tuple4<Long, Long, Integer, Boolean>> p4 = l.project(2, 2, 0, 4);
        DataSet<Tuple5<Integer, String, Long, Double, Boolean>> p5 = l.project(0, 1, 2, 3, 4);
        ProjectOperator<?, Tuple2<Double, Integer>> op = l.project(3, 0);
        assertEquals(tuple(Types.BOOLEAN), p1.getType());
        assertEquals(tuple(Types.DOUBLE, Types.INT), p2.getType());
        assertEquals(tuple(Types.STRING, Types.STRING, Types.STRING), p3.getType());
        assertEquals(tuple(Types.LONG, Types.LONG, Types.INT, Types.BOOLEAN), p4.getType());
        assertEquals(L_TYPE, p5.getType());
        assertEquals(tuple(Types.DOUBLE, Types.INT), op.getType());
    }

    // ---------------------------------------------------------------------------------------------
    //  CsvReader.types, every arity, pojoType and tupleType
    // ---------------------------------------------------------------------------------------------

    /** Field {@code i} of the test CSV file: String, Integer, Long, Double, Boolean, repeated. */
    private static String csvValue(int i) {
        return switch (i % 5) {
            case 0 -> "s" + i;
            case 1 -> Integer.toString(i);
            case 2 -> Long.toString(i * 1000L);
            case 3 -> i + ".5";
            default -> Boolean.toString(i % 2 == 1);
        };
    }

    private String csvFile(String name, int arity) throws Exception {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < arity; i++) {
            line.append(i == 0 ? "" : ",").append(csvValue(i));
        }
        Path file = temp.resolve(name);
        Files.writeString(file, line + "\n" + line + "\n", StandardCharsets.UTF_8);
        return file.toString();
    }

    @Test
    void csvReaderTypesHasEveryArity() throws Exception {
        ExecutionEnvironment env = env(1);
        String path = csvFile("all.csv", 25);
        List<DataSource<? extends Tuple>> sources = new ArrayList<>();
        DataSource<Tuple1<String>> s1 = env.readCsvFile(path).types(String.class);
        sources.add(s1);
        DataSource<Tuple2<String, Integer>> s2 = env.readCsvFile(path).types(String.class, Integer.class);
        sources.add(s2);
        DataSource<Tuple3<String, Integer, Long>> s3 = env.readCsvFile(path).types(String.class, Integer.class, Long.class);
        sources.add(s3);
        DataSource<Tuple4<String, Integer, Long, Double>> s4 = env.readCsvFile(path).types(String.class, Integer.class, Long.class, Double.class);
        sources.add(s4);
        DataSource<Tuple5<String, Integer, Long, Double, Boolean>> s5 = env.readCsvFile(path).types(String.class, Integer.class, Long.class, Double.class, Boolean.class);
        sources.add(s5);
        DataSource<Tuple6<String, Integer, Long, Double, Boolean, String>> s6 = env.readCsvFile(path).types(String.class, Integer.class, Long.class, Double.class, Boolean.class, String.class);
        sources.add(s6);
        DataSource<Tuple7<String, Integer, Long, Double, Boolean, String, Integer>> s7 = env.readCsvFile(path).types(String.class, Integer.class, Long.class, Double.class, Boolean.class, String.class, Integer.class);
        sources.add(s7);
        DataSource<Tuple8<String, Integer, Long, Double, Boolean, String, Integer, Long>> s8 = env.readCsvFile(path).types(String.class, Integer.class, Long.class, Double.class, Boolean.class, String.class, Integer.class, Long.class);
        sources.add(s8);
        DataSource<Tuple9<String, Integer, Long, Double, Boolean, String, Integer, Long, Double>> s9 = env.readCsvFile(path).types(String.class, Integer.class, Long.class, Double.class, Boolean.class, String.class, Integer.class, Long.class, Double.class);
        sources.add(s9);
        DataSource<Tuple10<String, Integer, Long, Double, Boolean, String, Integer, Long, Double, Boolean>> s10 = env.readCsvFile(path).types(String.class, Integer.class, Long.class, Double.class, Boolean.class, String.class, Integer.class, Long.class, Double.class, Boolean.class);
        sources.add(s10);
        DataSource<Tuple11<String, Integer, Long, Double, Boolean, String, Integer, Long, Double, Boolean, String>> s11 = env.readCsvFile(path).types(String.class, Integer.class, Long.class, Double.class, Boolean.class, String.class, Integer.class, Long.class, Double.class, Boolean.class, String.class);
        sources.add(s11);
        DataSource<Tuple12<String, Integer, Long, Double, Boolean, String, Integer, Long, Double, Boolean, String, Integer>> s12 = env.readCsvFile(path).types(String.class, Integer.class, Long.class, Double.class, Boolean.class, String.class, Integer.class, Long.class, Double.class, Boolean.class, String.class, Integer.class);
        sources.add(s12);
        DataSource<Tuple13<String, Integer, Long, Double, Boolean, String, Integer, Long, Double, Boolean, String, Integer, Long>> s13 = env.readCsvFile(path).types(String.class, Integer.class, Long.class, Double.class, Boolean.class, String.class, Integer.class, Long.class, Double.class, Boolean.class, String.class, Integer.class, Long.class);
        sources.add(s13);
        DataSource<Tuple14<String, Integer, Long, Double, Boolean, String, Integer, Long, Double, Boolean, String, Integer, Long, Double>> s14 = env.readCsvFile(path).types(String.class, Integer.class, Long.class, Double.class, Boolean.class, String.class, Integer.class, Long.class, Double.class, Boolean.class, String.class, Integer.class, Long.class, Double.class);
        sources.add(s14);
        DataSource<Tuple15<String, Integer, Long, Double, Boolean, String, Integer, Long, Double, Boolean, String, Integer, Long, Double, Boolean>> s15 = env.readCsvFile(path).types(String.class, Integer.class, Long.class, Double.class, Boolean.class, String.class, Integer.class, Long.class, Double.class, Boolean.class, String.class, Integer.class, Long.class, Double.class, Boolean.class);
        sources.add(s15);
        DataSource<Tuple16<String, Integer, Long, Double, Boolean, String, Integer, Long, Double, Boolean, String, Integer, Long, Double, Boolean, String>> s16 = env.readCsvFile(path).types(String.class, Integer.class, Long.class, Double.class, Boolean.class, String.class, Integer.class, Long.class, Double.class, Boolean.class, String.class, Integer.class, Long.class, Double.class, Boolean.class, String.class);
        sources.add(s16);
        DataSource<Tuple17<String, Integer, Long, Double, Boolean, String, Integer, Long, Double, Boolean, String, Integer, Long, Double, Boolean, String, Integer>> s17 = env.readCsvFile(path).types(String.class, Integer.class, Long.class, Double.class, Boolean.class, String.class, Integer.class, Long.class, Double.class, Boolean.class, String.class, Integer.class, Long.class, Double.class, Boolean.class, String.class, Integer.class);
        sources.add(s17);
        DataSource<Tuple18<String, Integer, Long, Double, Boolean, String, Integer, Long, Double, Boolean, String, Integer, Long, Double, Boolean, String, Integer, Long>> s18 = env.readCsvFile(path).types(String.class, Integer.class, Long.class, Double.class, Boolean.class, String.class, Integer.class, Long.class, Double.class, Boolean.class, String.class, Integer.class, Long.class, Double.class, Boolean.class, String.class, Integer.class, Long.class);
        sources.add(s18);
        DataSource<Tuple19<String, Integer, Long, Double, Boolean, String, Integer, Long, Double, Boolean, String, Integer, Long, Double, Boolean, String, Integer, Long, Double>> s19 = env.readCsvFile(path).types(String.class, Integer.class, Long.class, Double.class, Boolean.class, String.class, Integer.class, Long.class, Double.class, Boolean.class, String.class, Integer.class, Long.class, Double.class, Boolean.class, String.class, Integer.class, Long.class, Double.class);
        sources.add(s19);
        DataSource<Tuple20<String, Integer, Long, Double, Boolean, String, Integer, Long, Double, Boolean, String, Integer, Long, Double, Boolean, String, Integer, Long, Double, Boolean>> s20 = env.readCsvFile(path).types(String.class, Integer.class, Long.class, Double.class, Boolean.class, String.class, Integer.class, Long.class, Double.class, Boolean.class, String.class, Integer.class, Long.class, Double.class, Boolean.class, String.class, Integer.class, Long.class, Double.class, Boolean.class);
        sources.add(s20);
        DataSource<Tuple21<String, Integer, Long, Double, Boolean, String, Integer, Long, Double, Boolean, String, Integer, Long, Double, Boolean, String, Integer, Long, Double, Boolean, String>> s21 = env.readCsvFile(path).types(String.class, Integer.class, Long.class, Double.class, Boolean.class, String.class, Integer.class, Long.class, Double.class, Boolean.class, String.class, Integer.class, Long.class, Double.class, Boolean.class, String.class, Integer.class, Long.class, Double.class, Boolean.class, String.class);
        sources.add(s21);
        DataSource<Tuple22<String, Integer, Long, Double, Boolean, String, Integer, Long, Double, Boolean, String, Integer, Long, Double, Boolean, String, Integer, Long, Double, Boolean, String, Integer>> s22 = env.readCsvFile(path).types(String.class, Integer.class, Long.class, Double.class, Boolean.class, String.class, Integer.class, Long.class, Double.class, Boolean.class, String.class, Integer.class, Long.class, Double.class, Boolean.class, String.class, Integer.class, Long.class, Double.class, Boolean.class, String.class, Integer.class);
        sources.add(s22);
        DataSource<Tuple23<String, Integer, Long, Double, Boolean, String, Integer, Long, Double, Boolean, String, Integer, Long, Double, Boolean, String, Integer, Long, Double, Boolean, String, Integer, Long>> s23 = env.readCsvFile(path).types(String.class, Integer.class, Long.class, Double.class, Boolean.class, String.class, Integer.class, Long.class, Double.class, Boolean.class, String.class, Integer.class, Long.class, Double.class, Boolean.class, String.class, Integer.class, Long.class, Double.class, Boolean.class, String.class, Integer.class, Long.class);
        sources.add(s23);
        DataSource<Tuple24<String, Integer, Long, Double, Boolean, String, Integer, Long, Double, Boolean, String, Integer, Long, Double, Boolean, String, Integer, Long, Double, Boolean, String, Integer, Long, Double>> s24 = env.readCsvFile(path).types(String.class, Integer.class, Long.class, Double.class, Boolean.class, String.class, Integer.class, Long.class, Double.class, Boolean.class, String.class, Integer.class, Long.class, Double.class, Boolean.class, String.class, Integer.class, Long.class, Double.class, Boolean.class, String.class, Integer.class, Long.class, Double.class);
        sources.add(s24);
        DataSource<Tuple25<String, Integer, Long, Double, Boolean, String, Integer, Long, Double, Boolean, String, Integer, Long, Double, Boolean, String, Integer, Long, Double, Boolean, String, Integer, Long, Double, Boolean>> s25 = env.readCsvFile(path).types(String.class, Integer.class, Long.class, Double.class, Boolean.class, String.class, Integer.class, Long.class, Double.class, Boolean.class, String.class, Integer.class, Long.class, Double.class, Boolean.class, String.class, Integer.class, Long.class, Double.class, Boolean.class, String.class, Integer.class, Long.class, Double.class, Boolean.class);
        sources.add(s25);

        for (int arity = 1; arity <= 25; arity++) {
            TypeInformation<? extends Tuple> type = sources.get(arity - 1).getType();
            assertEquals(arity, type.getArity());
            TypeInformation<?>[] expected = new TypeInformation<?>[arity];
            for (int i = 0; i < arity; i++) {
                expected[i] = new TypeInformation<?>[] {Types.STRING, Types.INT, Types.LONG, Types.DOUBLE, Types.BOOLEAN}[i % 5];
            }
            assertEquals(tuple(expected), type);
        }
    }

    @ParameterizedTest(name = "parallelism {0}")
    @ValueSource(ints = {1, 2})
    void csvReaderTypesRun(int parallelism) throws Exception {
        ExecutionEnvironment env = env(parallelism);
        DataSource<Tuple3<String, Integer, Long>> three =
                env.readCsvFile(csvFile("three.csv", 3)).types(String.class, Integer.class, Long.class);
        for (Tuple3<String, Integer, Long> t : three.collect()) {
            String s = t.f0;
            int i = t.f1;
            long l = t.f2;
            assertEquals("s0/1/2000", s + "/" + i + "/" + l);
        }
        DataSource<Tuple25<String, Integer, Long, Double, Boolean, String, Integer, Long, Double, Boolean, String, Integer,
                Long, Double, Boolean, String, Integer, Long, Double, Boolean, String, Integer, Long, Double, Boolean>> all =
                env.readCsvFile(csvFile("all.csv", 25)).types(String.class, Integer.class, Long.class, Double.class,
                        Boolean.class, String.class, Integer.class, Long.class, Double.class, Boolean.class, String.class,
                        Integer.class, Long.class, Double.class, Boolean.class, String.class, Integer.class, Long.class,
                        Double.class, Boolean.class, String.class, Integer.class, Long.class, Double.class, Boolean.class);
        List<Tuple25<String, Integer, Long, Double, Boolean, String, Integer, Long, Double, Boolean, String, Integer,
                Long, Double, Boolean, String, Integer, Long, Double, Boolean, String, Integer, Long, Double, Boolean>> rows =
                all.collect();
        assertEquals(2, rows.size());
        for (int i = 0; i < 25; i++) {
            assertEquals(csvValue(i), String.valueOf((Object) rows.get(0).getField(i)));
        }
        String last24 = rows.get(1).f24 ? "true" : "false";
        assertEquals("false", last24);
    }

    /** A POJO read with {@code pojoType}. */
    public static class Person {
        public String name;
        public int age;

        public Person() {}
    }

    /** A tuple subclass read with {@code tupleType}. */
    public static class NameAge extends Tuple2<String, Integer> {
        private static final long serialVersionUID = 1L;

        public NameAge() {}
    }

    @ParameterizedTest(name = "parallelism {0}")
    @ValueSource(ints = {1, 2})
    void csvReaderPojoAndTupleTypes(int parallelism) throws Exception {
        ExecutionEnvironment env = env(parallelism);
        Path file = temp.resolve("people.csv");
        Files.writeString(file, "ann,31\nbob,42\n", StandardCharsets.UTF_8);
        DataSource<Person> people = env.readCsvFile(file.toString()).pojoType(Person.class, "name", "age");
        DataSource<NameAge> pairs = env.readCsvFile(file.toString()).tupleType(NameAge.class);
        List<String> seen = new ArrayList<>();
        for (Person p : people.collect()) {
            seen.add(p.name + ":" + p.age);
        }
        for (NameAge t : pairs.collect()) {
            String name = t.f0;
            int age = t.f1;
            seen.add(name + "=" + age);
        }
        seen.sort(null);
        assertEquals(List.of("ann:31", "ann=31", "bob:42", "bob=42"), seen);
    }

    // ---------------------------------------------------------------------------------------------
    //  the declarations themselves, so that a looser signature (one that still compiles the
    //  programs above) is caught too
    // ---------------------------------------------------------------------------------------------

    /**
     * The method declares one type parameter bounded by Tuple, and its return type's last type
     * argument is that parameter: the result tuple is inferred from the call site, as in Flink.
     */
    private static void assertResultTupleIsMethodTypeParameter(Class<?> owner, String name, Class<?> returnType)
            throws NoSuchMethodException {
        Method method = owner.getMethod(name, name.equals("types") ? Class[].class : int[].class);
        TypeVariable<Method>[] typeParameters = method.getTypeParameters();
        assertEquals(1, typeParameters.length, method.toGenericString());
        assertEquals(List.of(Tuple.class), List.of(typeParameters[0].getBounds()), method.toGenericString());
        assertSame(returnType, method.getReturnType(), method.toGenericString());
        Type[] arguments = ((ParameterizedType) method.getGenericReturnType()).getActualTypeArguments();
        assertEquals(typeParameters[0], arguments[arguments.length - 1], method.toGenericString());
        assertTrue(method.isVarArgs(), method.toGenericString());
    }

    @Test
    void projectionDeclarationsMatchFlink() throws Exception {
        assertResultTupleIsMethodTypeParameter(DataSet.class, "project", ProjectOperator.class);
        assertResultTupleIsMethodTypeParameter(ProjectOperator.class, "types", ProjectOperator.class);
        assertResultTupleIsMethodTypeParameter(DefaultJoin.class, "projectFirst", ProjectJoin.class);
        assertResultTupleIsMethodTypeParameter(DefaultJoin.class, "projectSecond", ProjectJoin.class);
        assertResultTupleIsMethodTypeParameter(ProjectJoin.class, "projectFirst", ProjectJoin.class);
        assertResultTupleIsMethodTypeParameter(ProjectJoin.class, "projectSecond", ProjectJoin.class);
        assertResultTupleIsMethodTypeParameter(ProjectJoin.class, "types", JoinOperator.class);
        assertResultTupleIsMethodTypeParameter(DefaultCross.class, "projectFirst", ProjectCross.class);
        assertResultTupleIsMethodTypeParameter(DefaultCross.class, "projectSecond", ProjectCross.class);
        assertResultTupleIsMethodTypeParameter(ProjectCross.class, "projectFirst", ProjectCross.class);
        assertResultTupleIsMethodTypeParameter(ProjectCross.class, "projectSecond", ProjectCross.class);
        assertResultTupleIsMethodTypeParameter(ProjectCross.class, "types", CrossOperator.class);
    }
}
