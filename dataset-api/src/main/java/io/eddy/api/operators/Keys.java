package io.eddy.api.operators;

import io.eddy.api.ClosureCleaner;
import io.eddy.api.ExecutionConfig;
import io.eddy.api.InvalidProgramException;
import io.eddy.api.functions.InvalidTypesException;
import io.eddy.api.functions.KeySelector;
import io.eddy.api.functions.Partitioner;
import io.eddy.api.tuple.Tuple;
import io.eddy.api.typeinfo.AtomicType;
import io.eddy.api.typeinfo.TypeInformation;
import io.eddy.api.typeutils.CompositeType;
import io.eddy.api.typeutils.CompositeType.FlatFieldDescriptor;
import io.eddy.api.typeutils.CompositeType.InvalidFieldReferenceException;
import io.eddy.api.typeutils.KeySelectorComparator;
import io.eddy.api.typeutils.TypeExtractor;
import io.eddy.runtime.types.TypeComparator;
import io.eddy.runtime.types.TypeSerializer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The key of an operator (grouping, join, coGroup, sort, partition): field positions or expressions
 * on the input type ({@link ExpressionKeys}) or a key function ({@link SelectorFunctionKeys}).
 *
 * <p>Keys are resolved to <em>flat key fields</em>: the atomic leaves of the selected fields, numbered
 * depth first (see {@link CompositeType#getFlatFields}). Two inputs can be joined when their flat key
 * field types match ({@link #areCompatible}); their comparators then hash equal keys equally.
 */
public abstract class Keys<T> {

    /** The number of flat key fields. */
    public abstract int getNumberOfKeyFields();

    /** True if no key field is selected. */
    public boolean isEmpty() {
        return getNumberOfKeyFields() == 0;
    }

    /** The flat key positions within the input type (for selector keys: within the key type). */
    public abstract int[] computeLogicalKeyPositions();

    /** The types of the flat key fields. */
    public abstract TypeInformation<?>[] getKeyFieldTypes();

    /** The types of the key fields as the user selected them (before flattening composite fields). */
    public abstract TypeInformation<?>[] getOriginalKeyFieldTypes();

    /**
     * Checks that a custom partitioner fits this key: exactly one key field, of the partitioner's key
     * type ({@code typeInfo}, or extracted from the partitioner when null).
     */
    public abstract <E> void validateCustomPartitioner(Partitioner<E> partitioner, TypeInformation<E> typeInfo);

    /**
     * A comparator ordering and hashing records of {@code type} by this key.
     *
     * @param ascendingPerKeyField sort order per flat key field; null means all ascending
     */
    public abstract TypeComparator<T> createComparator(TypeInformation<T> type, boolean[] ascendingPerKeyField,
            ExecutionConfig config);

    /**
     * The key of one record: the single key value, or a {@code TupleN} of the flat key values when the
     * key has several fields. For occasional use (projections, key selectors), not for hot loops.
     */
    public abstract Object extractKey(T record);

    /** A short description of the key for error messages. */
    @Override
    public abstract String toString();

    /**
     * True if this key and {@code other} have the same flat key field types, so that two inputs can be
     * matched on them.
     *
     * @throws IncompatibleKeysException naming both key types if they differ
     */
    public boolean areCompatible(Keys<?> other) throws IncompatibleKeysException {
        TypeInformation<?>[] mine = getKeyFieldTypes();
        TypeInformation<?>[] theirs = other.getKeyFieldTypes();
        if (mine.length != theirs.length) {
            throw new IncompatibleKeysException("The keys have different numbers of fields: " + this + " has " + mine.length
                    + " " + Arrays.toString(mine) + ", " + other + " has " + theirs.length + " " + Arrays.toString(theirs));
        }
        for (int i = 0; i < mine.length; i++) {
            if (!mine[i].equals(theirs[i])) {
                throw new IncompatibleKeysException("Key field " + i + " has type " + mine[i] + " in " + this + " but type "
                        + theirs[i] + " in " + other + "; key types " + Arrays.toString(mine) + " and "
                        + Arrays.toString(theirs) + " are incompatible");
            }
        }
        return true;
    }

    private static boolean[] orders(boolean[] ascending, int count) {
        if (ascending == null) {
            boolean[] all = new boolean[count];
            Arrays.fill(all, true);
            return all;
        }
        if (ascending.length != count) {
            throw new IllegalArgumentException("Expected " + count + " sort orders, one per flat key field, got " + ascending.length);
        }
        return ascending;
    }

    @SuppressWarnings("unchecked")
    private static <X> TypeComparator<X> comparatorFor(TypeInformation<X> type, int[] flatPositions, boolean[] orders,
            ExecutionConfig config) {
        if (type instanceof CompositeType) {
            return ((CompositeType<X>) type).createComparator(flatPositions, orders, 0, config);
        }
        if (type instanceof AtomicType && type.isKeyType()) {
            return ((AtomicType<X>) type).createComparator(orders[0], config);
        }
        throw new InvalidProgramException("This type (" + type + ") cannot be used as key.");
    }

    private static Object keyOf(TypeComparator<?> comparator, Object value) {
        Object[] keys = new Object[comparator.getKeyCount()];
        comparator.extractKeys(value, keys, 0);
        if (keys.length == 1) {
            return keys[0];
        }
        Tuple tuple = Tuple.newInstance(keys.length);
        for (int i = 0; i < keys.length; i++) {
            tuple.setField(keys[i], i);
        }
        return tuple;
    }

    private static <E> void checkPartitioner(Keys<?> keys, TypeInformation<?> keyType, Partitioner<E> partitioner,
            TypeInformation<E> typeInfo) {
        if (keys.getNumberOfKeyFields() != 1) {
            throw new InvalidProgramException("Custom partitioners can only be used with keys that have one key field; "
                    + keys + " has " + keys.getNumberOfKeyFields());
        }
        TypeInformation<?> partitionerType = typeInfo;
        if (partitionerType == null) {
            try {
                partitionerType = TypeExtractor.getPartitionerTypes(partitioner);
            } catch (InvalidTypesException e) {
                // The partitioner's key type cannot be read (e.g. a lambda); it is checked at runtime by the cast.
                return;
            }
        }
        if (!partitionerType.equals(keyType)) {
            throw new InvalidProgramException("The partitioner is incompatible with the key type. Partitioner type: "
                    + partitionerType + " , key type: " + keyType);
        }
    }

    // ------------------------------------------------------------------------------------------

    /** Keys given as field positions or field expressions on the input type (or the whole atomic type). */
    public static class ExpressionKeys<T> extends Keys<T> {

        /** Selects the whole value. */
        public static final String SELECT_ALL_CHAR = CompositeType.WILDCARD_JAVA;

        /** Selects the whole value (Scala style). */
        public static final String SELECT_ALL_CHAR_SCALA = CompositeType.WILDCARD_SCALA;

        private final TypeInformation<T> type;
        private final List<FlatFieldDescriptor> keyFields = new ArrayList<>();
        private final List<TypeInformation<?>> originalKeyTypes = new ArrayList<>();
        private final String description;

        private transient TypeComparator<T> extractionComparator;

        /** The whole value as key (atomic types, or all fields of a composite type). */
        public ExpressionKeys(TypeInformation<T> type) {
            this(SELECT_ALL_CHAR, type);
        }

        public ExpressionKeys(int keyPosition, TypeInformation<T> type) {
            this(new int[] {keyPosition}, type, false);
        }

        public ExpressionKeys(int[] keyPositions, TypeInformation<T> type) {
            this(keyPositions, type, false);
        }

        /** Field positions; with {@code allowEmpty} an empty array selects no key (used for full-input reduce). */
        public ExpressionKeys(int[] keyPositions, TypeInformation<T> type, boolean allowEmpty) {
            this.type = type;
            this.description = "positions " + Arrays.toString(keyPositions) + " of " + type;
            if (keyPositions.length == 0 && !allowEmpty) {
                throw new InvalidProgramException("Field positions must not be empty: select at least one key field of " + type);
            }
            if (!(type instanceof CompositeType)) {
                if (keyPositions.length > 1 || (keyPositions.length == 1 && keyPositions[0] != 0)) {
                    throw new InvalidProgramException("Specifying keys via field positions is only valid for tuple data types. Type: "
                            + type);
                }
                if (keyPositions.length == 1) {
                    addAtomic(type);
                }
                return;
            }
            CompositeType<T> composite = (CompositeType<T>) type;
            for (int position : keyPositions) {
                if (position < 0 || position >= composite.getArity()) {
                    throw new InvalidProgramException("Tuple position is out of range: " + position + " (" + type + " has "
                            + composite.getArity() + " fields)");
                }
                addExpression(composite, composite.getFieldNames()[position]);
            }
        }

        public ExpressionKeys(String keyExpression, TypeInformation<T> type) {
            this(new String[] {keyExpression}, type);
        }

        public ExpressionKeys(String[] keyExpressions, TypeInformation<T> type) {
            this.type = type;
            this.description = "fields " + Arrays.toString(keyExpressions) + " of " + type;
            if (keyExpressions.length == 0) {
                throw new InvalidProgramException("Field expressions must not be empty: select at least one key field of " + type);
            }
            for (String expression : keyExpressions) {
                if (expression == null) {
                    throw new InvalidProgramException("Field expression must not be null.");
                }
                String trimmed = expression.trim();
                if (type instanceof CompositeType) {
                    addExpression((CompositeType<T>) type, trimmed);
                } else if (trimmed.equals(SELECT_ALL_CHAR) || trimmed.equals(SELECT_ALL_CHAR_SCALA)) {
                    addAtomic(type);
                } else {
                    throw new InvalidProgramException("Field expression must be equal to '" + SELECT_ALL_CHAR + "' or '"
                            + SELECT_ALL_CHAR_SCALA + "' for an atomic type: " + type + " has no field '" + trimmed + "'");
                }
            }
        }

        private void addAtomic(TypeInformation<T> atomic) {
            if (!atomic.isKeyType()) {
                throw new InvalidProgramException("This type (" + atomic + ") cannot be used as key.");
            }
            keyFields.add(new FlatFieldDescriptor(0, atomic));
            originalKeyTypes.add(atomic);
        }

        private void addExpression(CompositeType<T> composite, String expression) {
            List<FlatFieldDescriptor> selected = new ArrayList<>();
            TypeInformation<?> selectedType;
            try {
                composite.getFlatFields(expression, 0, selected);
                selectedType = composite.getTypeAt(expression);
            } catch (InvalidFieldReferenceException e) {
                throw new InvalidProgramException(e.getMessage(), e);
            }
            for (FlatFieldDescriptor field : selected) {
                if (!field.getType().isKeyType()) {
                    throw new InvalidProgramException("This type (" + field.getType() + ") cannot be used as key (field '"
                            + expression + "' of " + composite + ").");
                }
            }
            keyFields.addAll(selected);
            originalKeyTypes.add(selectedType);
        }

        /** The input type. */
        public TypeInformation<T> getType() {
            return type;
        }

        @Override
        public int getNumberOfKeyFields() {
            return keyFields.size();
        }

        @Override
        public int[] computeLogicalKeyPositions() {
            int[] positions = new int[keyFields.size()];
            for (int i = 0; i < positions.length; i++) {
                positions[i] = keyFields.get(i).getPosition();
            }
            return positions;
        }

        @Override
        public TypeInformation<?>[] getKeyFieldTypes() {
            TypeInformation<?>[] types = new TypeInformation<?>[keyFields.size()];
            for (int i = 0; i < types.length; i++) {
                types[i] = keyFields.get(i).getType();
            }
            return types;
        }

        @Override
        public TypeInformation<?>[] getOriginalKeyFieldTypes() {
            return originalKeyTypes.toArray(new TypeInformation<?>[0]);
        }

        @Override
        public <E> void validateCustomPartitioner(Partitioner<E> partitioner, TypeInformation<E> typeInfo) {
            checkPartitioner(this, keyFields.isEmpty() ? null : keyFields.get(0).getType(), partitioner, typeInfo);
        }

        @Override
        public TypeComparator<T> createComparator(TypeInformation<T> inputType, boolean[] ascendingPerKeyField,
                ExecutionConfig config) {
            if (keyFields.isEmpty()) {
                throw new InvalidProgramException("An empty key (" + this + ") has no comparator");
            }
            return comparatorFor(inputType, computeLogicalKeyPositions(), orders(ascendingPerKeyField, keyFields.size()), config);
        }

        @Override
        public Object extractKey(T record) {
            if (extractionComparator == null) {
                extractionComparator = createComparator(type, null, new ExecutionConfig());
            }
            return keyOf(extractionComparator, record);
        }

        @Override
        public String toString() {
            return "ExpressionKeys(" + description + ")";
        }
    }

    // ------------------------------------------------------------------------------------------

    /** Keys computed by a {@link KeySelector}; the key type's flat fields are the key fields. */
    public static class SelectorFunctionKeys<T, K> extends Keys<T> {

        private final KeySelector<T, K> keyExtractor;
        private final TypeInformation<T> inputType;
        private final TypeInformation<K> keyType;
        private final List<FlatFieldDescriptor> keyFields;

        private transient TypeComparator<K> extractionComparator;

        public SelectorFunctionKeys(KeySelector<T, K> keyExtractor, TypeInformation<T> inputType, TypeInformation<K> keyType) {
            if (keyExtractor == null) {
                throw new NullPointerException("Key extractor must not be null.");
            }
            if (keyType == null) {
                throw new NullPointerException("Key type must not be null.");
            }
            ClosureCleaner.clean(keyExtractor);
            if (!keyType.isKeyType()) {
                throw new InvalidProgramException("Return type " + keyType + " of KeySelector " + keyExtractor.getClass()
                        + " is not a valid key type");
            }
            this.keyExtractor = keyExtractor;
            this.inputType = inputType;
            this.keyType = keyType;
            if (keyType instanceof CompositeType) {
                this.keyFields = ((CompositeType<K>) keyType).getFlatFields(CompositeType.WILDCARD_JAVA);
            } else {
                this.keyFields = List.of(new FlatFieldDescriptor(0, keyType));
            }
        }

        public KeySelector<T, K> getKeyExtractor() {
            return keyExtractor;
        }

        public TypeInformation<T> getInputType() {
            return inputType;
        }

        public TypeInformation<K> getKeyType() {
            return keyType;
        }

        @Override
        public int getNumberOfKeyFields() {
            return keyFields.size();
        }

        @Override
        public int[] computeLogicalKeyPositions() {
            int[] positions = new int[keyFields.size()];
            for (int i = 0; i < positions.length; i++) {
                positions[i] = keyFields.get(i).getPosition();
            }
            return positions;
        }

        @Override
        public TypeInformation<?>[] getKeyFieldTypes() {
            TypeInformation<?>[] types = new TypeInformation<?>[keyFields.size()];
            for (int i = 0; i < types.length; i++) {
                types[i] = keyFields.get(i).getType();
            }
            return types;
        }

        @Override
        public TypeInformation<?>[] getOriginalKeyFieldTypes() {
            return new TypeInformation<?>[] {keyType};
        }

        @Override
        public <E> void validateCustomPartitioner(Partitioner<E> partitioner, TypeInformation<E> typeInfo) {
            if (keyFields.size() != 1) {
                throw new InvalidProgramException("Custom partitioners can only be used with keys that have one key field; "
                        + this + " has " + keyFields.size());
            }
            checkPartitioner(this, keyType, partitioner, typeInfo);
        }

        /**
         * A {@link KeySelectorComparator}: runs the selector and delegates to the key type's comparator.
         * Its serialized comparison deserializes the records with {@code type}'s serializer; if none can
         * be created (e.g. a missing type), it throws {@link UnsupportedOperationException}.
         */
        @Override
        public TypeComparator<T> createComparator(TypeInformation<T> type, boolean[] ascendingPerKeyField, ExecutionConfig config) {
            TypeComparator<K> keyComparator = comparatorFor(keyType, computeLogicalKeyPositions(),
                    orders(ascendingPerKeyField, keyFields.size()), config);
            TypeSerializer<T> inputSerializer;
            try {
                inputSerializer = type == null ? null : type.createSerializer(config);
            } catch (RuntimeException e) {
                inputSerializer = null;
            }
            return new KeySelectorComparator<>(keyExtractor, keyComparator, inputSerializer);
        }

        @Override
        public Object extractKey(T record) {
            try {
                K key = keyExtractor.getKey(record);
                if (extractionComparator == null) {
                    extractionComparator = comparatorFor(keyType, computeLogicalKeyPositions(), orders(null, keyFields.size()),
                            new ExecutionConfig());
                }
                return keyFields.size() == 1 && !(keyType instanceof CompositeType) ? key : keyOf(extractionComparator, key);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("The key selector " + keyExtractor.getClass().getName() + " failed", e);
            }
        }

        @Override
        public String toString() {
            return "SelectorFunctionKeys(" + keyExtractor.getClass().getName() + " -> " + keyType + ")";
        }
    }

    /** Thrown when two inputs' keys cannot be matched; the message names both key types. */
    public static class IncompatibleKeysException extends Exception {

        private static final long serialVersionUID = 1L;

        public static final String SIZE_MISMATCH_MESSAGE = "The number of specified keys is different.";

        public IncompatibleKeysException(String message) {
            super(message);
        }

        public IncompatibleKeysException(TypeInformation<?> typeInformation, TypeInformation<?> typeInformation2) {
            super(typeInformation + " and " + typeInformation2 + " are not compatible");
        }
    }
}
