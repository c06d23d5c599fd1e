package io.github.tenken.report.junitxml;

import io.github.tenken.report.ReportLanguage;
import io.github.tenken.report.i18n.Messages;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Measure;
import io.github.tenken.check.Status;
import io.github.tenken.result.AssessmentResult;
import io.github.tenken.result.CharacteristicResult;
import io.github.tenken.report.AtomicFiles;

import javax.xml.stream.XMLStreamException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Renders an assessment result as JUnit XML, so that CI servers show each check as a test case.
 *
 * <p>One {@code <testsuite>} named after the component holds one {@code <testcase classname="tenken.B-3"
 * name="<check id>">} per check: FAIL becomes {@code <failure>} whose message is the check's sentence and whose body
 * lists the measures, ERROR becomes {@code <error>}, NOT_APPLICABLE {@code <skipped>}, and WARN passes with the
 * sentence in {@code <system-out>}. One more test case per internal characteristic, named {@code required level},
 * fails when the required level is not met and lists the missing level items.
 *
 * <pre>{@code
 * JUnitXmlReport.write(result, Path.of("target/surefire-reports/TEST-tenken.xml"));
 * }</pre>
 */
public final class JUnitXmlReport {

    /** The test case name of each characteristic's level verdict. */
    public static final String REQUIRED_LEVEL_CASE = "required level";

    private JUnitXmlReport() {
    }

    /** The result as JUnit XML (UTF-8 declaration, ends with a line break). */
    public static String toXml(AssessmentResult result) {
        Objects.requireNonNull(result, "result");
        StringWriter out = new StringWriter();
        try {
            XmlOut xml = new XmlOut(out);
            writeSuite(xml, result);
            xml.finish();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write JUnit XML for " + result.component().name() + ": "
                    + e.getMessage(), e);
        }
        return out.toString();
    }

    /** Writes the result as JUnit XML, atomically. */
    public static void write(AssessmentResult result, Path file) {
        String xml = toXml(result);
        AtomicFiles.writeString(file, xml);
    }

    private static void writeSuite(XmlOut xml, AssessmentResult result) throws XMLStreamException {
        Map<Status, Long> counts = result.statusCounts();
        long levelFailures = result.characteristics().stream()
                .filter(c -> c.verdict() == io.github.tenken.result.Verdict.NOT_MET).count();
        xml.start("testsuite", 0);
        xml.attribute("name", result.component().name());
        xml.attribute("tests", Long.toString(result.checks().size() + result.characteristics().size()));
        xml.attribute("failures", Long.toString(counts.get(Status.FAIL) + levelFailures));
        xml.attribute("errors", Long.toString(counts.get(Status.ERROR)));
        xml.attribute("skipped", Long.toString(counts.get(Status.NOT_APPLICABLE)));
        xml.attribute("time", seconds(result.duration()));
        if (result.startedAt() != null) {
            xml.attribute("timestamp", result.startedAt().toString());
        }
        writeProperties(xml, result);
        for (CheckResult check : result.checks()) {
            writeCheck(xml, check);
        }
        for (CharacteristicResult c : result.characteristics()) {
            LevelCase.write(xml, c);
        }
        xml.end(0);
    }

    private static void writeProperties(XmlOut xml, AssessmentResult result) throws XMLStreamException {
        xml.start("properties", 1);
        property(xml, "tenken.formatVersion", result.formatVersion());
        property(xml, "tenken.libraryVersion", result.libraryVersion());
        property(xml, "tenken.edition", result.edition().titleEn());
        for (var level : result.profile().levels()) {
            property(xml, "tenken.profile." + level.characteristic().levelName(), level.label());
        }
        property(xml, "tenken.seed", Long.toString(result.seed()));
        property(xml, "tenken.verdict", result.verdict().name());
        xml.end(1);
    }

    private static void property(XmlOut xml, String name, String value) throws XMLStreamException {
        xml.empty("property", 2);
        xml.attribute("name", name);
        xml.attribute("value", value);
    }

    private static void writeCheck(XmlOut xml, CheckResult check) throws XMLStreamException {
        xml.start("testcase", 1);
        xml.attribute("classname", classname(check.characteristic().code()));
        xml.attribute("name", check.checkId());
        xml.attribute("time", check.provenance() == null ? "0" : seconds(check.provenance().duration()));
        String measures = measureLines(check.measures());
        String explanation = Messages.of(ReportLanguage.EN).render(check.explanation());
        switch (check.status()) {
            case FAIL -> xml.element("failure", 2, explanation, "FAIL", measures);
            case ERROR -> xml.element("error", 2, explanation, "ERROR", join(check.error(), measures));
            case NOT_APPLICABLE -> xml.element("skipped", 2, explanation, null, "");
            case WARN -> xml.textElement("system-out", 2, join("WARN: " + explanation, measures));
            case PASS -> xml.textElement("system-out", 2, join("PASS: " + explanation, measures));
        }
        xml.end(1);
    }

    static String classname(String characteristicCode) {
        return "tenken." + characteristicCode;
    }

    private static String measureLines(List<Measure> measures) {
        List<String> lines = new ArrayList<>();
        measures.forEach(m -> lines.add(m.sentence()));
        return String.join("\n", lines);
    }

    static String join(String first, String second) {
        if (second == null || second.isEmpty()) {
            return first;
        }
        return first == null || first.isEmpty() ? second : first + "\n" + second;
    }

    private static String seconds(Duration d) {
        if (d == null) {
            return "0";
        }
        return java.math.BigDecimal.valueOf(d.toNanos(), 9).setScale(3, java.math.RoundingMode.HALF_EVEN)
                .toPlainString();
    }
}
