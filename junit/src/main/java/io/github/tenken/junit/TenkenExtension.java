package io.github.tenken.junit;

import io.github.tenken.report.ReportFiles;
import io.github.tenken.report.Reports;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.nio.file.Path;

/**
 * The JUnit 5 extension of Tenken's quality gates: it injects {@link QualityReports} into test, {@code @BeforeAll}
 * and {@code @AfterAll} methods, and after all tests of a class writes the HTML, JSON and JUnit XML reports of every
 * recorded result to {@code target/tenken/<test class simple name>/}.
 *
 * <pre>{@code
 * @ExtendWith(TenkenExtension.class)   // or @QualityGate
 * class IncomeClassifierQualityTest {
 *     @Test
 *     void meetsItsProfile(QualityReports reports) {
 *         assertThat(reports.record(assessment.run())).meetsRequiredLevels();
 *     }
 * }
 * }</pre>
 *
 * <p>Reports are written whether the gate passed or failed: a failing gate is when they are read. The root directory
 * is the configuration parameter {@code tenken.reports.dir} (default {@code target/tenken}), the HTML language
 * {@code tenken.reports.language} ({@code en} or {@code ja}); set them in {@code junit-platform.properties} or as
 * system properties. Each written report is also published as a report entry {@code tenken.report} with the path
 * of its HTML file. The recorded results live in the class's {@link ExtensionContext.Store}, so the extension itself
 * holds no state and parallel test execution is safe.
 */
public final class TenkenExtension implements ParameterResolver, AfterAllCallback {

    /** Creates the extension; JUnit does this for {@code @ExtendWith}. */
    public TenkenExtension() {
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == QualityReports.class;
    }

    @Override
    public QualityReports resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ExtensionContext classContext = classContext(context);
        Path directory = ReportSettings.of(context).directoryOf(classContext.getRequiredTestClass());
        return new QualityReports(recorded(classContext), defaultName(parameter.getDeclaringExecutable()), directory);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        var entries = recorded(context).entries();
        if (entries.isEmpty()) {
            return;
        }
        ReportSettings settings = ReportSettings.of(context);
        Path directory = settings.directoryOf(context.getRequiredTestClass());
        RuntimeException failure = null;
        for (RecordedResults.Entry e : entries) {
            // one report that cannot be written must not keep the others from being written
            try {
                ReportFiles files = Reports.writeAll(e.result(), directory, e.baseName(), settings.language());
                context.publishReportEntry("tenken.report", files.html().toString());
            } catch (RuntimeException ex) {
                RuntimeException named = new IllegalStateException("could not write the Tenken reports \""
                        + e.baseName() + "\" to " + directory + ": " + ex.getMessage(), ex);
                if (failure == null) {
                    failure = named;
                } else {
                    failure.addSuppressed(named);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** The results recorded in the class of this context (a nested class has its own). */
    private static RecordedResults recorded(ExtensionContext classContext) {
        ExtensionContext.Namespace ns = ExtensionContext.Namespace.create(TenkenExtension.class,
                classContext.getRequiredTestClass());
        return classContext.getStore(ns).getOrComputeIfAbsent(RecordedResults.class);
    }

    /** The context of the test class around a method, invocation or template context. */
    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext c = context;
        while (c.getTestMethod().isPresent() && c.getParent().isPresent()) {
            c = c.getParent().get();
        }
        return c;
    }

    /** The method's name, or the class's simple name for a constructor parameter. */
    private static String defaultName(Executable executable) {
        return executable instanceof Constructor<?> ctor ? ctor.getDeclaringClass().getSimpleName()
                : executable.getName();
    }
}
