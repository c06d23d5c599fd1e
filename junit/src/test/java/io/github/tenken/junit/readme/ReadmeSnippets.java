package io.github.tenken.junit.readme;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code ```java} blocks of a Markdown file, each with the line it starts on, turned into Java sources whose
 * line {@code k} is the block's line {@code k}, so that a compiler's line number points into the README.
 *
 * <p>A block is either a complete compilation unit (it declares a class: kept as it is) or a method body whose
 * {@code import} lines come first (wrapped in {@code public class ReadmeSnippetN { public static void run() throws
 * Exception { ... } }}). In both, {@code Path.of("...")} is resolved in the examples' working directory, the
 * directory named by the system property {@value #DIR_PROPERTY}: that is how {@code Path.of("train.csv")} in the
 * README finds the file the test wrote.
 */
public final class ReadmeSnippets {

    /** The system property naming the working directory the examples' relative paths resolve in. */
    public static final String DIR_PROPERTY = "tenken.readme.dir";

    private static final Pattern CLASS = Pattern.compile("^(?:public\\s+|final\\s+|abstract\\s+)*class\\s+(\\w+)",
            Pattern.MULTILINE);

    /**
     * One example.
     *
     * @param line      the README line of its first code line (1-based)
     * @param code      the block's text
     * @param className the class the source declares
     * @param source    the source to compile
     * @param unit      whether the block is a complete compilation unit
     */
    public record Snippet(int line, String code, String className, String source, boolean unit) {

        /** The README line of the source's line {@code sourceLine} (1-based). */
        long readmeLine(long sourceLine) {
            return line + sourceLine - 1;
        }

        @Override
        public String toString() {
            return "README.md line " + line;
        }
    }

    private ReadmeSnippets() {
    }

    /** Every {@code ```java} block of the Markdown text, in order. */
    public static List<Snippet> of(String markdown) {
        List<Snippet> out = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].strip().equals("```java")) {
                continue;
            }
            int first = i + 1;
            StringBuilder code = new StringBuilder();
            int j = first;
            while (j < lines.length && !lines[j].strip().equals("```")) {
                code.append(lines[j]).append('\n');
                j++;
            }
            if (j == lines.length) {
                throw new IllegalArgumentException("README.md line " + (first) + ": a ```java block is never closed");
            }
            out.add(snippet(first + 1, code.toString(), out.size() + 1));
            i = j;
        }
        return out;
    }

    private static Snippet snippet(int line, String code, int index) {
        String resolved = code.replace("Path.of(\"", "java.nio.file.Path.of(System.getProperty(\"" + DIR_PROPERTY
                + "\"), \"");
        Matcher m = CLASS.matcher(code);
        if (m.find()) {
            return new Snippet(line, code, m.group(1), resolved, true);
        }
        String name = "ReadmeSnippet" + index;
        String[] lines = resolved.split("\n", -1);
        StringBuilder source = new StringBuilder();
        boolean opened = false;
        for (String l : lines) {
            String t = l.strip();
            if (!opened && !(t.startsWith("import ") || t.isEmpty() || t.startsWith("//"))) {
                source.append("public class ").append(name)
                        .append(" { public static void run() throws Exception { ");
                opened = true;
            }
            source.append(l).append('\n');
        }
        if (!opened) {
            source.append("public class ").append(name).append(" { public static void run() { ");
        }
        source.append("} }\n");
        return new Snippet(line, code, name, source.toString(), false);
    }
}
