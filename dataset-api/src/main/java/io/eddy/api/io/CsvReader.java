package io.eddy.api.io;

import io.eddy.api.ExecutionEnvironment;
import io.eddy.api.InvalidProgramException;
import io.eddy.api.fs.Path;
import io.eddy.api.operators.DataSource;
import io.eddy.api.operators.translation.CallSites;
import io.eddy.api.tuple.*;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.typeutils.PojoTypeInfo;
import io.eddy.api.typeutils.TupleTypeInfo;
import io.eddy.api.typeutils.TypeExtractor;
import java.util.Arrays;

/**
 * Configures how a CSV file is read ({@code env.readCsvFile(path)}), then creates the data source
 * with {@code types(...)}, {@code pojoType(...)} or {@code tupleType(...)}, as in Flink. Malformed
 * lines fail the job with the file, line, field and expected type, unless
 * {@link #ignoreInvalidLines()} skips (and counts) them.
 */
public class CsvReader {

    private final Path path;
    private final ExecutionEnvironment executionContext;
    private final String callLocation;
    private String lineDelimiter = CsvInputFormat.DEFAULT_LINE_DELIMITER;
    private String fieldDelimiter = CsvInputFormat.DEFAULT_FIELD_DELIMITER;
    private String commentPrefix;
    private boolean parseQuotedStrings;
    private char quoteCharacter = '"';
    private boolean skipFirstLineAsHeader;
    private boolean ignoreInvalidLines;
    private boolean[] includedMask;

    public CsvReader(Path filePath, ExecutionEnvironment executionContext) {
        if (filePath == null || executionContext == null) {
            throw new NullPointerException("file path and execution environment must be set");
        }
        this.path = filePath;
        this.executionContext = executionContext;
        this.callLocation = CallSites.describe("readCsvFile");
    }

    public CsvReader(String filePath, ExecutionEnvironment executionContext) {
        this(new Path(filePath), executionContext);
    }

    public Path getFilePath() {
        return path;
    }

    public CsvReader lineDelimiter(String delimiter) {
        if (delimiter == null || delimiter.isEmpty()) {
            throw new IllegalArgumentException("The delimiter must not be null or an empty string");
        }
        this.lineDelimiter = delimiter;
        return this;
    }

    /** @deprecated use {@link #fieldDelimiter(String)} */
    @Deprecated
    public CsvReader fieldDelimiter(char delimiter) {
        this.fieldDelimiter = String.valueOf(delimiter);
        return this;
    }

    public CsvReader fieldDelimiter(String delimiter) {
        if (delimiter == null || delimiter.isEmpty()) {
            throw new IllegalArgumentException("The delimiter must not be null or an empty string");
        }
        this.fieldDelimiter = delimiter;
        return this;
    }

    /** Strings between {@code quoteCharacter}s may contain delimiters; the quotes are removed. */
    public CsvReader parseQuotedStrings(char quoteCharacter) {
        this.parseQuotedStrings = true;
        this.quoteCharacter = quoteCharacter;
        return this;
    }

    /** Lines starting with {@code commentPrefix} are skipped. */
    public CsvReader ignoreComments(String commentPrefix) {
        if (commentPrefix == null || commentPrefix.isEmpty()) {
            throw new IllegalArgumentException("The comment prefix must not be null or an empty string");
        }
        this.commentPrefix = commentPrefix;
        return this;
    }

    /** Which columns to read, in order; columns past the mask are skipped. */
    public CsvReader includeFields(boolean... fields) {
        if (fields == null || fields.length == 0) {
            throw new IllegalArgumentException("The set of included fields must not be null or empty.");
        }
        int last = fields.length - 1;
        while (last >= 0 && !fields[last]) {
            last--;
        }
        if (last < 0) {
            throw new IllegalArgumentException("The description of fields to parse excluded all fields. At least one field must be included.");
        }
        this.includedMask = Arrays.copyOf(fields, last + 1);
        return this;
    }

    /** The mask as a string of '1'/'T' (read) and '0'/'F' (skip), e.g. "1011". */
    public CsvReader includeFields(String mask) {
        boolean[] fields = new boolean[mask.length()];
        for (int i = 0; i < mask.length(); i++) {
            char c = mask.charAt(i);
            if (c == '1' || c == 'T' || c == 't') {
                fields[i] = true;
            } else if (c != '0' && c != 'F' && c != 'f') {
                throw new IllegalArgumentException("Mask string may contain only '0' and '1'.");
            }
        }
        return includeFields(fields);
    }

    /** The mask as bits, lowest bit first: 0b1011 reads columns 0, 1 and 3. */
    public CsvReader includeFields(long mask) {
        if (mask == 0) {
            throw new IllegalArgumentException("The description of fields to parse excluded all fields. At least one field must be included.");
        }
        boolean[] fields = new boolean[64 - Long.numberOfLeadingZeros(mask)];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = ((mask >>> i) & 1) != 0;
        }
        return includeFields(fields);
    }

    /** Skips the first line of every file (a header). */
    public CsvReader ignoreFirstLine() {
        this.skipFirstLineAsHeader = true;
        return this;
    }

    /** Skips lines that cannot be parsed instead of failing; they are counted in "csv-invalid-lines". */
    public CsvReader ignoreInvalidLines() {
        this.ignoreInvalidLines = true;
        return this;
    }

    /** Reads each line into a POJO (or Java record), filling the named fields from the columns in order. */
    public <T> DataSource<T> pojoType(Class<T> pojoType, String... pojoFields) {
        if (pojoType == null) {
            throw new NullPointerException("The POJO type class must not be null.");
        }
        TypeInformation<T> type = TypeExtractor.createTypeInfo(pojoType);
        if (!(type instanceof PojoTypeInfo) && !pojoType.isRecord()) {
            throw new IllegalArgumentException("The specified class " + pojoType.getName() + " is not a POJO or a record. "
                    + "A POJO is public, has a public no-argument constructor and public fields or getters and setters.");
        }
        String[] fields = pojoFields == null || pojoFields.length == 0 ? null : pojoFields;
        if (fields == null && !pojoType.isRecord()) {
            throw new IllegalArgumentException("Field names of the POJO " + pojoType.getName() + " must be given.");
        }
        PojoCsvInputFormat<T> format = new PojoCsvInputFormat<>(path, lineDelimiter, fieldDelimiter, pojoType, fields,
                includedMask);
        configureInputFormat(format);
        return new DataSource<>(executionContext, format, type, callLocation);
    }

    /** Reads each line into an instance of a subclass of a tuple class. */
    @SuppressWarnings("unchecked")
    public <T extends Tuple> DataSource<T> tupleType(Class<T> targetType) {
        if (targetType == null) {
            throw new NullPointerException("The target type class must not be null.");
        }
        if (!Tuple.class.isAssignableFrom(targetType)) {
            throw new IllegalArgumentException("The target type must be a subclass of " + Tuple.class.getName());
        }
        TypeInformation<T> type = TypeExtractor.createTypeInfo(targetType);
        if (!(type instanceof TupleTypeInfo)) {
            throw new InvalidProgramException("Cannot determine the field types of " + targetType.getName());
        }
        TupleTypeInfo<T> tupleType = (TupleTypeInfo<T>) type;
        Class<?>[] classes = new Class<?>[tupleType.getArity()];
        for (int i = 0; i < classes.length; i++) {
            classes[i] = tupleType.getTypeAt(i).getTypeClass();
        }
        TupleCsvInputFormat<T> format = new TupleCsvInputFormat<>(path, lineDelimiter, fieldDelimiter, classes, includedMask);
        configureInputFormat(format);
        return new DataSource<>(executionContext, format, tupleType, callLocation);
    }

    private void configureInputFormat(CsvInputFormat<?> format) {
        format.setSkipFirstLineAsHeader(skipFirstLineAsHeader);
        format.setLenient(ignoreInvalidLines);
        if (commentPrefix != null) {
            format.setCommentPrefix(commentPrefix);
        }
        if (parseQuotedStrings) {
            format.enableQuotedStringParsing(quoteCharacter);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private <T extends Tuple> DataSource<T> typed(Class<?>... classes) {
        TypeInformation<?>[] types = new TypeInformation<?>[classes.length];
        for (int i = 0; i < classes.length; i++) {
            if (classes[i] == null) {
                throw new IllegalArgumentException("Type at position " + i + " is null.");
            }
            types[i] = TypeExtractor.getForClass(classes[i]);
        }
        TupleTypeInfo<T> type = new TupleTypeInfo(types);
        TupleCsvInputFormat<T> format = new TupleCsvInputFormat<>(path, lineDelimiter, fieldDelimiter, classes, includedMask);
        configureInputFormat(format);
        return new DataSource<>(executionContext, format, type, callLocation);
    }

    /** Reads each line into a Tuple1 with the given field types. */
    public <T0> DataSource<Tuple1<T0>> types(Class<T0> type0) {
        return typed(type0);
    }

    /** Reads each line into a Tuple2 with the given field types. */
    public <T0, T1> DataSource<Tuple2<T0, T1>> types(Class<T0> type0, Class<T1> type1) {
        return typed(type0, type1);
    }

    /** Reads each line into a Tuple3 with the given field types. */
    public <T0, T1, T2> DataSource<Tuple3<T0, T1, T2>> types(Class<T0> type0, Class<T1> type1, Class<T2> type2) {
        return typed(type0, type1, type2);
    }

    /** Reads each line into a Tuple4 with the given field types. */
    public <T0, T1, T2, T3> DataSource<Tuple4<T0, T1, T2, T3>> types(Class<T0> type0, Class<T1> type1, Class<T2> type2, Class<T3> type3) {
        return typed(type0, type1, type2, type3);
    }

    /** Reads each line into a Tuple5 with the given field types. */
    public <T0, T1, T2, T3, T4> DataSource<Tuple5<T0, T1, T2, T3, T4>> types(Class<T0> type0, Class<T1> type1, Class<T2> type2, Class<T3> type3, Class<T4> type4) {
        return typed(type0, type1, type2, type3, type4);
    }

    /** Reads each line into a Tuple6 with the given field types. */
    public <T0, T1, T2, T3, T4, T5> DataSource<Tuple6<T0, T1, T2, T3, T4, T5>> types(Class<T0> type0, Class<T1> type1, Class<T2> type2, Class<T3> type3, Class<T4> type4, Class<T5> type5) {
        return typed(type0, type1, type2, type3, type4, type5);
    }

    /** Reads each line into a Tuple7 with the given field types. */
    public <T0, T1, T2, T3, T4, T5, T6> DataSource<Tuple7<T0, T1, T2, T3, T4, T5, T6>> types(Class<T0> type0, Class<T1> type1, Class<T2> type2, Class<T3> type3, Class<T4> type4, Class<T5> type5, Class<T6> type6) {
        return typed(type0, type1, type2, type3, type4, type5, type6);
    }

    /** Reads each line into a Tuple8 with the given field types. */
    public <T0, T1, T2, T3, T4, T5, T6, T7> DataSource<Tuple8<T0, T1, T2, T3, T4, T5, T6, T7>> types(Class<T0> type0, Class<T1> type1, Class<T2> type2, Class<T3> type3, Class<T4> type4, Class<T5> type5, Class<T6> type6, Class<T7> type7) {
        return typed(type0, type1, type2, type3, type4, type5, type6, type7);
    }

    /** Reads each line into a Tuple9 with the given field types. */
    public <T0, T1, T2, T3, T4, T5, T6, T7, T8> DataSource<Tuple9<T0, T1, T2, T3, T4, T5, T6, T7, T8>> types(Class<T0> type0, Class<T1> type1, Class<T2> type2, Class<T3> type3, Class<T4> type4, Class<T5> type5, Class<T6> type6, Class<T7> type7, Class<T8> type8) {
        return typed(type0, type1, type2, type3, type4, type5, type6, type7, type8);
    }

    /** Reads each line into a Tuple10 with the given field types. */
    public <T0, T1, T2, T3, T4, T5, T6, T7, T8, T9> DataSource<Tuple10<T0, T1, T2, T3, T4, T5, T6, T7, T8, T9>> types(Class<T0> type0, Class<T1> type1, Class<T2> type2, Class<T3> type3, Class<T4> type4, Class<T5> type5, Class<T6> type6, Class<T7> type7, Class<T8> type8, Class<T9> type9) {
        return typed(type0, type1, type2, type3, type4, type5, type6, type7, type8, type9);
    }

    /** Reads each line into a Tuple11 with the given field types. */
    public <T0, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10> DataSource<Tuple11<T0, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10>> types(Class<T0> type0, Class<T1> type1, Class<T2> type2, Class<T3> type3, Class<T4> type4, Class<T5> type5, Class<T6> type6, Class<T7> type7, Class<T8> type8, Class<T9> type9, Class<T10> type10) {
        return typed(type0, type1, type2, type3, type4, type5, type6, type7, type8, type9, type10);
    }

    /** Reads each line into a Tuple12 with the given field types. */
    public <T0, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11> DataSource<Tuple12<T0, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11>> types(Class<T0> type0, Class<T1> type1, Class<T2> type2, Class<T3> type3, Class<T4> type4, Class<T5> type5, Class<T6> type6, Class<T7> type7, Class<T8> type8, Class<T9> type9, Class<T10> type10, Class<T11> type11) {
        return typed(type0, type1, type2, type3, type4, type5, type6, type7, type8, type9, type10, type11);
    }

    /** Reads each line into a Tuple13 with the given field types. */
    public <T0, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12> DataSource<Tuple13<T0, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12>> types(Class<T0> type0, Class<T1> type1, Class<T2> type2, Class<T3> type3, Class<T4> type4, Class<T5> type5, Class<T6> type6, Class<T7> type7, Class<T8> type8, Class<T9> type9, Class<T10> type10, Class<T11> type11, Class<T12> type12) {
        return typed(type0, type1, type2, type3, type4, type5, type6, type7, type8, type9, type10, type11, type12);
    }

    /** Reads each line into a Tuple14 with the given field types. */
    public <T0, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13> DataSource<Tuple14<T0, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13>> types(Class<T0> type0, Class<T1> type1, Class<T2> type2, Class<T3> type3, Class<T4> type4, Class<T5> type5, Class<T6> type6, Class<T7> type7, Class<T8> type8, Class<T9> type9, Class<T10> type10, Class<T11> type11, Class<T12> type12, Class<T13> type13) {
        return typed(type0, type1, type2, type3, type4, type5, type6, type7, type8, type9, type10, type11, type12, type13);
    }

    /** Reads each line into a Tuple15 with the given field types. */
    public <T0, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14> DataSource<Tuple15<T0, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14>> types(Class<T0> type0, Class<T1> type1, Class<T2> type2, Class<T3> type3, Class<T4> type4, Class<T5> type5, Class<T6> type6, Class<T7> type7, Class<T8> type8, Class<T9> type9, Class<T10> type10, Class<T11> type11, Class<T12> type12, Class<T13> type13, Class<T14> type14) {
        return typed(type0, type1, type2, type3, type4, type5, type6, type7, type8, type9, type10, type11, type12, type13, type14);
    }

    /** Reads each line into a Tuple16 with the given field types. */
    public <T0, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15> DataSource<Tuple16<T0, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15>> types(Class<T0> type0, Class<T1> type1, Class<T2> type2, Class<T3> type3, Class<T4> type4, Class<T5> type5, Class<T6> type6, Class<T7> type7, Class<T8> type8, Class<T9> type9, Class<T10> type10, Class<T11> type11, Class<T12> type12, Class<T13> type13, Class<T14> type14, Class<T15> type15) {
        return typed(type0, type1, type2, type3, type4, type5, type6, type7, type8, type9, type10, type11, type12, type13, type14, type15);
    }

    /** Reads each line into a Tuple17 with the given field types. */
    public <T0, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16> DataSource<Tuple17<T0, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16>> types(Class<T0> type0, Class<T1> type1, Class<T2> type2, Class<T3> type3, Class<T4> type4, Class<T5> type5, Class<T6> type6, Class<T7> type7, Class<T8> type8, Class<T9> type9, Class<T10> type10, Class<T11> type11, Class<T12> type12, Class<T13> type13, Class<T14> type14, Class<T15> type15, Class<T16> type16) {
        return typed(type0, type1, type2, type3, type4, type5, type6, type7, type8, type9, type10, type11, type12, type13, type14, type15, type16);
    }

    /** Reads each line into a Tuple18 with the given field types. */
    public <T0, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17> DataSource<Tuple18<T0, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17>> types(Class<T0> type0, Class<T1> type1, Class<T2> type2, Class<T3> type3, Class<T4> type4, Class<T5> type5, Class<T6> type6, Class<T7> type7, Class<T8> type8, Class<T9> type9, Class<T10> type10, Class<T11> type11, Class<T12> type12, Class<T13> type13, Class<T14> type14, Class<T15> type15, Class<T16> type16, Class<T17> type17) {
        return typed(type0, type1, type2, type3, type4, type5, type6, type7, type8, type9, type10, type11, type12, type13, type14, type15, type16, type17);
    }

    /** Reads each line into a Tuple19 with the given field types. */
    public <T0, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18> DataSource<Tuple19<T0, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18>> types(Class<T0> type0, Class<T1> type1, Class<T2> type2, Class<T3> type3, Class<T4> type4, Class<T5> type5, Class<T6> type6, Class<T7> type7, Class<T8> type8, Class<T9> type9, Class<T10> type10, Class<T11> type11, Class<T12> type12, Class<T13> type13, Class<T14> type14, Class<T15> type15, Class<T16> type16, Class<T17> type17, Class<T18> type18) {
        return typed(type0, type1, type2, type3, type4, type5, type6, type7, type8, type9, type10, type11, type12, type13, type14, type15, type16, type17, type18);
    }

    /** Reads each line into a Tuple20 with the given field types. */
    public <T0, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19> DataSource<Tuple20<T0, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19>> types(Class<T0> type0, Class<T1> type1, Class<T2> type2, Class<T3> type3, Class<T4> type4, Class<T5> type5, Class<T6> type6, Class<T7> type7, Class<T8> type8, Class<T9> type9, Class<T10> type10, Class<T11> type11, Class<T12> type12, Class<T13> type13, Class<T14> type14, Class<T15> type15, Class<T16> type16, Class<T17> type17, Class<T18> type18, Class<T19> type19) {
        return typed(type0, type1, type2, type3, type4, type5, type6, type7, type8, type9, type10, type11, type12, type13, type14, type15, type16, type17, type18, type19);
    }

    /** Reads each line into a Tuple21 with the given field types. */
    public <T0, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20> DataSource<Tuple21<T0, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20>> types(Class<T0> type0, Class<T1> type1, Class<T2> type2, Class<T3> type3, Class<T4> type4, Class<T5> type5, Class<T6> type6, Class<T7> type7, Class<T8> type8, Class<T9> type9, Class<T10> type10, Class<T11> type11, Class<T12> type12, Class<T13> type13, Class<T14> type14, Class<T15> type15, Class<T16> type16, Class<T17> type17, Class<T18> type18, Class<T19> type19, Class<T20> type20) {
        return typed(type0, type1, type2, type3, type4, type5, type6, type7, type8, type9, type10, type11, type12, type13, type14, type15, type16, type17, type18, type19, type20);
    }

    /** Reads each line into a Tuple22 with the given field types. */
    public <T0, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20, T21> DataSource<Tuple22<T0, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20, T21>> types(Class<T0> type0, Class<T1> type1, Class<T2> type2, Class<T3> type3, Class<T4> type4, Class<T5> type5, Class<T6> type6, Class<T7> type7, Class<T8> type8, Class<T9> type9, Class<T10> type10, Class<T11> type11, Class<T12> type12, Class<T13> type13, Class<T14> type14, Class<T15> type15, Class<T16> type16, Class<T17> type17, Class<T18> type18, Class<T19> type19, Class<T20> type20, Class<T21> type21) {
        return typed(type0, type1, type2, type3, type4, type5, type6, type7, type8, type9, type10, type11, type12, type13, type14, type15, type16, type17, type18, type19, type20, type21);
    }

    /** Reads each line into a Tuple23 with the given field types. */
    public <T0, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20, T21, T22> DataSource<Tuple23<T0, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20, T21, T22>> types(Class<T0> type0, Class<T1> type1, Class<T2> type2, Class<T3> type3, Class<T4> type4, Class<T5> type5, Class<T6> type6, Class<T7> type7, Class<T8> type8, Class<T9> type9, Class<T10> type10, Class<T11> type11, Class<T12> type12, Class<T13> type13, Class<T14> type14, Class<T15> type15, Class<T16> type16, Class<T17> type17, Class<T18> type18, Class<T19> type19, Class<T20> type20, Class<T21> type21, Class<T22> type22) {
        return typed(type0, type1, type2, type3, type4, type5, type6, type7, type8, type9, type10, type11, type12, type13, type14, type15, type16, type17, type18, type19, type20, type21, type22);
    }

    /** Reads each line into a Tuple24 with the given field types. */
    public <T0, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20, T21, T22, T23> DataSource<Tuple24<T0, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20, T21, T22, T23>> types(Class<T0> type0, Class<T1> type1, Class<T2> type2, Class<T3> type3, Class<T4> type4, Class<T5> type5, Class<T6> type6, Class<T7> type7, Class<T8> type8, Class<T9> type9, Class<T10> type10, Class<T11> type11, Class<T12> type12, Class<T13> type13, Class<T14> type14, Class<T15> type15, Class<T16> type16, Class<T17> type17, Class<T18> type18, Class<T19> type19, Class<T20> type20, Class<T21> type21, Class<T22> type22, Class<T23> type23) {
        return typed(type0, type1, type2, type3, type4, type5, type6, type7, type8, type9, type10, type11, type12, type13, type14, type15, type16, type17, type18, type19, type20, type21, type22, type23);
    }

    /** Reads each line into a Tuple25 with the given field types. */
    public <T0, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20, T21, T22, T23, T24> DataSource<Tuple25<T0, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14, T15, T16, T17, T18, T19, T20, T21, T22, T23, T24>> types(Class<T0> type0, Class<T1> type1, Class<T2> type2, Class<T3> type3, Class<T4> type4, Class<T5> type5, Class<T6> type6, Class<T7> type7, Class<T8> type8, Class<T9> type9, Class<T10> type10, Class<T11> type11, Class<T12> type12, Class<T13> type13, Class<T14> type14, Class<T15> type15, Class<T16> type16, Class<T17> type17, Class<T18> type18, Class<T19> type19, Class<T20> type20, Class<T21> type21, Class<T22> type22, Class<T23> type23, Class<T24> type24) {
        return typed(type0, type1, type2, type3, type4, type5, type6, type7, type8, type9, type10, type11, type12, type13, type14, type15, type16, type17, type18, type19, type20, type21, type22, type23, type24);
    }
}
