package io.github.tenken.junit.readme;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Compiles one README example with {@code javax.tools.JavaCompiler} against the test class path and loads it; a
 * compile error is an {@link AssertionError} naming the README line of every error.
 */
public final class SnippetCompiler {

    private SnippetCompiler() {
    }

    /** The class path the tests run on (surefire hands it over in a property when it uses a manifest jar). */
    public static String testClassPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    /**
     * Compiles the snippet into {@code out} and loads its class.
     *
     * @throws AssertionError when it does not compile: {@code README.md line 42: cannot find symbol ...}
     */
    public static Class<?> compile(ReadmeSnippets.Snippet snippet, Path out) throws IOException, ClassNotFoundException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///" + snippet.className() + ".java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return snippet.source();
            }
        };
        Files.createDirectories(out);
        StringWriter log = new StringWriter();
        boolean ok = javac.getTask(log, null, diagnostics, List.of("-classpath", testClassPath(), "-d",
                out.toString(), "-proc:none", "-Xlint:-options"), null, List.of(file)).call();
        if (!ok) {
            String errors = diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                    .map(d -> "README.md line " + snippet.readmeLine(d.getLineNumber()) + ": "
                            + d.getMessage(Locale.ENGLISH))
                    .collect(Collectors.joining("\n"));
            throw new AssertionError("the README example at line " + snippet.line() + " does not compile:\n"
                    + errors);
        }
        URLClassLoader loader = new URLClassLoader(new URL[]{out.toUri().toURL()},
                SnippetCompiler.class.getClassLoader());
        return loader.loadClass(snippet.className());
    }
}
