package io.eddy.api.io;

import io.eddy.api.fs.Path;
import io.eddy.api.io.parser.FieldParser;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * Reads CSV lines into POJOs or Java records, as Flink's {@code PojoCsvInputFormat}: the included
 * columns, in order, fill the named fields. Field types come from the class.
 *
 * <p>A POJO needs a no-argument constructor; its fields are set directly (also private ones), and
 * a reused object is filled in place. A record is created through its canonical constructor;
 * components not read from the file get null or zero. For records the field names may be omitted,
 * meaning all components in declaration order.
 */
public class PojoCsvInputFormat<OUT> extends CsvInputFormat<OUT> {

    private static final long serialVersionUID = 1L;

    private final Class<OUT> pojoType;
    private final String[] fieldNames;

    private transient Field[] fields;
    private transient Constructor<OUT> constructor;
    private transient int[] componentPositions;
    private transient Object[] constructorArguments;

    public PojoCsvInputFormat(Path filePath, Class<OUT> pojoType, String[] fieldNames) {
        this(filePath, DEFAULT_LINE_DELIMITER, DEFAULT_FIELD_DELIMITER, pojoType, fieldNames, null);
    }

    public PojoCsvInputFormat(Path filePath, Class<OUT> pojoType, String[] fieldNames, boolean[] includedFieldsMask) {
        this(filePath, DEFAULT_LINE_DELIMITER, DEFAULT_FIELD_DELIMITER, pojoType, fieldNames, includedFieldsMask);
    }

    public PojoCsvInputFormat(Path filePath, String lineDelimiter, String fieldDelimiter,
            Class<OUT> pojoType, String[] fieldNames) {
        this(filePath, lineDelimiter, fieldDelimiter, pojoType, fieldNames, null);
    }

    /**
     * @param fieldNames the field filled from each included column, in order; for records null
     *     means all components
     * @param includedFieldsMask which columns to read (null: all)
     */
    public PojoCsvInputFormat(Path filePath, String lineDelimiter, String fieldDelimiter,
            Class<OUT> pojoType, String[] fieldNames, boolean[] includedFieldsMask) {
        super(filePath);
        this.pojoType = pojoType;
        if (fieldNames == null) {
            if (!pojoType.isRecord()) {
                throw new IllegalArgumentException("Field names are required for POJO type " + pojoType.getName());
            }
            fieldNames = Arrays.stream(pojoType.getRecordComponents()).map(RecordComponent::getName).toArray(String[]::new);
        }
        this.fieldNames = fieldNames.clone();
        setDelimiter(lineDelimiter);
        setFieldDelimiter(fieldDelimiter);
        Class<?>[] types = new Class<?>[fieldNames.length];
        for (int i = 0; i < fieldNames.length; i++) {
            types[i] = FieldParser.boxed(typeOf(fieldNames[i]));
        }
        setFieldsGeneric(includedFieldsMask, types);
        resolveAccessors();
    }

    public Class<OUT> getPojoType() {
        return pojoType;
    }

    @Override
    protected String getFieldName(int index) {
        return fieldNames[index];
    }

    @Override
    protected OUT fillRecord(OUT reuse, Object[] values) throws IOException {
        if (fields == null) {
            resolveAccessors();
        }
        try {
            if (pojoType.isRecord()) {
                Object[] args = constructorArguments;
                for (int i = 0; i < values.length; i++) {
                    args[componentPositions[i]] = values[i];
                }
                return constructor.newInstance(args);
            }
            OUT pojo = reuse != null ? reuse : constructor.newInstance();
            for (int i = 0; i < values.length; i++) {
                fields[i].set(pojo, values[i]);
            }
            return pojo;
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IOException("Could not create or fill an instance of " + pojoType.getName(), e);
        }
    }

    private Class<?> typeOf(String name) {
        if (pojoType.isRecord()) {
            for (RecordComponent component : pojoType.getRecordComponents()) {
                if (component.getName().equals(name)) {
                    return component.getType();
                }
            }
            throw new IllegalArgumentException("Record " + pojoType.getName() + " has no component '" + name + "'");
        }
        return findField(name).getType();
    }

    private Field findField(String name) {
        for (Class<?> c = pojoType; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                if (Modifier.isStatic(f.getModifiers()) || Modifier.isFinal(f.getModifiers())) {
                    throw new IllegalArgumentException("Field '" + name + "' of " + pojoType.getName() + " is static or final");
                }
                return f;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new IllegalArgumentException("POJO type " + pojoType.getName() + " has no field '" + name + "'");
    }

    private void resolveAccessors() {
        try {
            if (pojoType.isRecord()) {
                RecordComponent[] components = pojoType.getRecordComponents();
                Class<?>[] parameterTypes = new Class<?>[components.length];
                constructorArguments = new Object[components.length];
                for (int i = 0; i < components.length; i++) {
                    parameterTypes[i] = components[i].getType();
                    constructorArguments[i] = defaultValue(parameterTypes[i]);
                }
                componentPositions = new int[fieldNames.length];
                for (int i = 0; i < fieldNames.length; i++) {
                    for (int j = 0; j < components.length; j++) {
                        if (components[j].getName().equals(fieldNames[i])) {
                            componentPositions[i] = j;
                        }
                    }
                }
                constructor = pojoType.getDeclaredConstructor(parameterTypes);
                constructor.setAccessible(true);
                fields = new Field[0];
            } else {
                constructor = pojoType.getDeclaredConstructor();
                constructor.setAccessible(true);
                Field[] resolved = new Field[fieldNames.length];
                for (int i = 0; i < fieldNames.length; i++) {
                    resolved[i] = findField(fieldNames[i]);
                    resolved[i].setAccessible(true);
                }
                fields = resolved;
            }
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(pojoType.getName() + (pojoType.isRecord()
                    ? " has no canonical constructor" : " has no constructor without arguments"), e);
        }
    }

    private static Object defaultValue(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return '\0';
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0.0d;
        }
        if (type == float.class) {
            return 0.0f;
        }
        if (type == short.class) {
            return (short) 0;
        }
        if (type == byte.class) {
            return (byte) 0;
        }
        return 0;
    }
}
