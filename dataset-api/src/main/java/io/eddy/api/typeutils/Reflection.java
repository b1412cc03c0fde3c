package io.eddy.api.typeutils;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;

/** Reflection lookups shared by the POJO and record serializers and comparators. */
final class Reflection {

    private Reflection() {}

    /** Finds a field declared by {@code type} or a superclass, made accessible. */
    static Field findField(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField(name);
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException e) {
                // keep looking in the superclass
            }
        }
        throw new IllegalStateException("Class " + type.getName() + " has no field '" + name + "'");
    }

    /** The accessor methods of a record's components, in declaration order, made accessible. */
    static Method[] recordAccessors(Class<?> recordClass) {
        RecordComponent[] components = recordClass.getRecordComponents();
        Method[] accessors = new Method[components.length];
        for (int i = 0; i < components.length; i++) {
            accessors[i] = components[i].getAccessor();
            accessors[i].setAccessible(true);
        }
        return accessors;
    }

    /** The accessor of the named record component, made accessible. */
    static Method recordAccessor(Class<?> recordClass, String component) {
        for (RecordComponent rc : recordClass.getRecordComponents()) {
            if (rc.getName().equals(component)) {
                Method accessor = rc.getAccessor();
                accessor.setAccessible(true);
                return accessor;
            }
        }
        throw new IllegalStateException("Record " + recordClass.getName() + " has no component '" + component + "'");
    }

    static Object read(Field field, Object target) {
        try {
            return field.get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read field " + field, e);
        }
    }

    static void write(Field field, Object target, Object value) {
        try {
            field.set(target, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot write field " + field, e);
        }
    }

    static Object invoke(Method accessor, Object target) {
        try {
            return accessor.invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot call record accessor " + accessor, e);
        }
    }
}
