package io.github.tenken.spark;

import io.github.tenken.stats.Analyzer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.OutputStream;
import java.io.Serializable;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * Writes an analyzer as bytes an executor can read back, although analyzers are plain records, not
 * {@link Serializable}: Java serialization with every non-serializable record replaced by its class name and
 * component values, rebuilt on the other side through its canonical constructor (which validates again). Lists,
 * enums, strings and numbers inside are serialised as usual; anything else that is not serialisable (a lambda held by
 * an analyzer, say) makes {@link #toBytes} fail with the analyzer's name.
 */
final class AnalyzerShipping {

    private AnalyzerShipping() {
    }

    /** A record in transit: its class and component values. */
    private record RecordForm(String type, Object[] values) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** The analyzer as bytes; an error naming it when one of its parts cannot be shipped. */
    static byte[] toBytes(Analyzer<?, ?> analyzer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new RecordWriter(bytes)) {
            out.writeObject(analyzer);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("analyzer " + analyzer + " cannot be sent to Spark executors: " + e,
                    e);
        }
        return bytes.toByteArray();
    }

    /** The analyzer written by {@link #toBytes}. */
    static Analyzer<?, ?> fromBytes(byte[] bytes) {
        try (ObjectInputStream in = new RecordReader(new ByteArrayInputStream(bytes))) {
            return (Analyzer<?, ?>) in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot read a shipped analyzer: " + e, e);
        }
    }

    private static final class RecordWriter extends ObjectOutputStream {
        RecordWriter(OutputStream out) throws IOException {
            super(out);
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object obj) throws IOException {
            if (obj != null && obj.getClass().isRecord() && !(obj instanceof Serializable)) {
                RecordComponent[] components = obj.getClass().getRecordComponents();
                Object[] values = new Object[components.length];
                for (int i = 0; i < components.length; i++) {
                    try {
                        var accessor = components[i].getAccessor();
                        accessor.setAccessible(true);
                        values[i] = accessor.invoke(obj);
                    } catch (ReflectiveOperationException | RuntimeException e) {
                        throw new IOException("cannot read component " + components[i].getName() + " of "
                                + obj.getClass().getName(), e);
                    }
                }
                return new RecordForm(obj.getClass().getName(), values);
            }
            return obj;
        }
    }

    private static final class RecordReader extends ObjectInputStream {
        RecordReader(InputStream in) throws IOException {
            super(in);
            enableResolveObject(true);
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
            ClassLoader context = Thread.currentThread().getContextClassLoader();
            if (context != null) {
                try {
                    return Class.forName(desc.getName(), false, context);
                } catch (ClassNotFoundException e) {
                    // fall back to the default lookup
                }
            }
            return super.resolveClass(desc);
        }

        @Override
        protected Object resolveObject(Object obj) throws IOException {
            if (obj instanceof RecordForm form) {
                try {
                    Class<?> type = Class.forName(form.type(), true, loader());
                    Class<?>[] types = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
                            .toArray(Class<?>[]::new);
                    Constructor<?> canonical = type.getDeclaredConstructor(types);
                    canonical.setAccessible(true);
                    return canonical.newInstance(form.values());
                } catch (ReflectiveOperationException | RuntimeException e) {
                    throw new IOException("cannot rebuild a " + form.type() + ": " + e, e);
                }
            }
            return obj;
        }

        private static ClassLoader loader() {
            ClassLoader context = Thread.currentThread().getContextClassLoader();
            return context != null ? context : AnalyzerShipping.class.getClassLoader();
        }
    }
}
