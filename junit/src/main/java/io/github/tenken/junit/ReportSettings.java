package io.github.tenken.junit;

import io.github.tenken.report.ReportLanguage;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Where and in which language the extension writes reports, from the JUnit configuration parameters
 * {@value #DIRECTORY} (default {@code target/tenken}) and {@value #LANGUAGE} ({@code en} or {@code ja}, default
 * {@code en}).
 *
 * @param root     the directory under which each test class gets a directory of its own
 * @param language the language of the HTML report
 */
record ReportSettings(Path root, ReportLanguage language) {

    /** The configuration parameter naming the reports' root directory. */
    static final String DIRECTORY = "tenken.reports.dir";
    /** The configuration parameter naming the HTML report's language. */
    static final String LANGUAGE = "tenken.reports.language";
    /** The default root directory, relative to the working directory (a Maven module's base directory). */
    static final String DEFAULT_DIRECTORY = "target/tenken";

    /** The settings in force for this context; a bad value is an error naming the parameter and the value. */
    static ReportSettings of(ExtensionContext context) {
        String dir = context.getConfigurationParameter(DIRECTORY).orElse(DEFAULT_DIRECTORY);
        String lang = context.getConfigurationParameter(LANGUAGE).orElse("en");
        Path root;
        try {
            if (dir.isBlank()) {
                throw new InvalidPathException(dir, "the directory is blank");
            }
            root = Path.of(dir.trim());
        } catch (InvalidPathException e) {
            throw new ExtensionConfigurationException("configuration parameter " + DIRECTORY + " = \"" + dir
                    + "\" is not a usable directory: " + e.getMessage(), e);
        }
        try {
            return new ReportSettings(root, ReportLanguage.parse(lang));
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException("configuration parameter " + LANGUAGE + " = \"" + lang
                    + "\": " + e.getMessage(), e);
        }
    }

    /** The directory of one test class's reports: {@code <root>/<simple class name>}. */
    Path directoryOf(Class<?> testClass) {
        return root.resolve(testClass.getSimpleName());
    }
}
