package io.eddy.api;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes the hidden reference from an anonymous or inner class instance to its enclosing object
 * when the class never uses it, as Flink's closure cleaner does. A function written as
 * {@code new MapFunction<...>() {...}} inside an instance method captures {@code this} of the
 * enclosing class (usually a test or a job class that is not serializable); without cleaning, the
 * job could not be shipped to its tasks.
 *
 * <p>Whether the enclosing instance is used is read from the class file: any {@code getfield} of
 * the synthetic {@code this$0} field means it is, and then the reference is kept (the function
 * really needs it, and serializing it fails with a clear message naming the operator). Functions
 * held in fields of the function (a nested anonymous class) are cleaned too.
 */
public final class ClosureCleaner {

    private static final Logger LOG = LoggerFactory.getLogger(ClosureCleaner.class);
    private static final int MAX_DEPTH = 8;

    private ClosureCleaner() {
    }

    /** Cleans {@code function} in place and returns it. */
    public static <F> F clean(F function) {
        if (function != null) {
            clean(function, 0);
        }
        return function;
    }

    private static void clean(Object function, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        for (Class<?> c = function.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
                    continue;
                }
                try {
                    if (field.isSynthetic() && field.getName().startsWith("this$")) {
                        if (!usesField(c, field.getName())) {
                            field.setAccessible(true);
                            if (field.get(function) != null) {
                                field.set(function, null);
                                LOG.debug("removed the unused reference to the enclosing instance from {}", c.getName());
                            }
                        }
                    } else if (isInnerClass(field.getType()) || (field.getType() == Object.class)) {
                        field.setAccessible(true);
                        Object value = field.get(function);
                        if (value != null && isInnerClass(value.getClass())) {
                            clean(value, depth + 1);
                        }
                    }
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // inaccessible (module rules, final fields of records): leave the function as it is
                    LOG.debug("cannot clean field {} of {}: {}", field.getName(), c.getName(), e.toString());
                }
            }
        }
    }

    private static boolean isInnerClass(Class<?> c) {
        return !c.isPrimitive() && c.getEnclosingClass() != null && !Modifier.isStatic(c.getModifiers());
    }

    /**
     * Whether some method of {@code c} reads the field {@code name} of its own class: a {@code getfield}
     * instruction whose constant-pool operand is that field. Bytes that merely look like such an
     * instruction make the answer "used", which only means the reference is kept.
     */
    static boolean usesField(Class<?> c, String name) {
        String resource = c.getName().substring(c.getName().lastIndexOf('.') + 1) + ".class";
        try (InputStream stream = c.getResourceAsStream(resource)) {
            if (stream == null) {
                return true;
            }
            DataInputStream in = new DataInputStream(stream);
            if (in.readInt() != 0xCAFEBABE) {
                return true;
            }
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            int[] nameAndTypeName = new int[count];
            int[] fieldrefNameAndType = new int[count];
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 3, 4 -> in.readInt();
                    case 5, 6 -> {
                        in.readLong();
                        i++;
                    }
                    case 7, 8, 16, 19, 20 -> in.readUnsignedShort();
                    case 9 -> {
                        in.readUnsignedShort();
                        fieldrefNameAndType[i] = in.readUnsignedShort();
                    }
                    case 10, 11, 17, 18 -> in.readInt();
                    case 12 -> {
                        nameAndTypeName[i] = in.readUnsignedShort();
                        in.readUnsignedShort();
                    }
                    case 15 -> {
                        in.readUnsignedByte();
                        in.readUnsignedShort();
                    }
                    default -> {
                        return true;
                    }
                }
            }
            boolean[] target = new boolean[count];
            boolean any = false;
            for (int i = 1; i < count; i++) {
                int nat = fieldrefNameAndType[i];
                if (nat > 0 && name.equals(utf8[nameAndTypeName[nat]])) {
                    target[i] = true;
                    any = true;
                }
            }
            if (!any) {
                return false;
            }
            byte[] rest = in.readAllBytes();
            for (int p = 0; p + 2 < rest.length; p++) {
                if ((rest[p] & 0xFF) == 0xB4) {
                    int index = ((rest[p + 1] & 0xFF) << 8) | (rest[p + 2] & 0xFF);
                    if (index < count && target[index]) {
                        return true;
                    }
                }
            }
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
