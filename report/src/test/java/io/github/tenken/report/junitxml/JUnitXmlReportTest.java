package io.github.tenken.report.junitxml;

import io.github.tenken.report.testing.SampleResults;
import io.github.tenken.result.AssessmentResult;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JUnitXmlReportTest {

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element testcase(Document doc, String classname, String name) {
        NodeList cases = doc.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element e = (Element) cases.item(i);
            if (e.getAttribute("classname").equals(classname) && e.getAttribute("name").equals(name)) {
                return e;
            }
        }
        throw new AssertionError("no testcase " + classname + " " + name);
    }

    private static List<String> childNames(Element e) {
        List<String> names = new ArrayList<>();
        NodeList children = e.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                names.add(child.getTagName());
            }
        }
        return names;
    }

    @Test
    void oneSuiteWithACasePerCheckAndPerCharacteristic() throws Exception {
        // rich(42): 8 checks (4 pass, 1 warn, 1 fail, 1 error, 1 not applicable); levels met for, D-1 only.
        AssessmentResult result = SampleResults.rich(42);
        Document doc = parse(JUnitXmlReport.toXml(result));
        Element suite = doc.getDocumentElement();
        assertThat(suite.getTagName()).isEqualTo("testsuite");
        assertThat(suite.getAttribute("name")).isEqualTo("income classifier");
        assertThat(suite.getAttribute("tests")).isEqualTo("17");
        assertThat(suite.getAttribute("failures")).isEqualTo("7");
        assertThat(suite.getAttribute("errors")).isEqualTo("1");
        assertThat(suite.getAttribute("skipped")).isEqualTo("1");
        assertThat(doc.getElementsByTagName("testcase").getLength()).isEqualTo(17);
        assertThat(doc.getElementsByTagName("failure").getLength()).isEqualTo(7);
        assertThat(doc.getElementsByTagName("error").getLength()).isEqualTo(1);
        assertThat(doc.getElementsByTagName("skipped").getLength()).isEqualTo(1);
    }

    @Test
    void aFailedCheckCarriesItsSentenceAndMeasures() throws Exception {
        AssessmentResult result = SampleResults.rich(42);
        Document doc = parse(JUnitXmlReport.toXml(result));
        Element c1 = testcase(doc, "tenken.C-1", "c1.accuracy");
        Element failure = (Element) c1.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message"))
                .isEqualTo("The model is right on 4 of 6 test rows (66.7%), below the 80% required.");
        String accuracy = result.check("c1.accuracy").orElseThrow().measure("accuracy").orElseThrow().sentence();
        assertThat(accuracy).startsWith("accuracy >= 0.8: was 0.6667 (95% CI 0.3");
        assertThat(failure.getTextContent()).isEqualTo(accuracy + "\ntest_rows: 6 rows");
    }

    @Test
    void errorsSkipsAndWarningsMapToJUnitElements() throws Exception {
        Document doc = parse(JUnitXmlReport.toXml(SampleResults.rich(42)));
        Element broken = testcase(doc, "tenken.C-2", "c2.broken");
        assertThat(childNames(broken)).containsExactly("error");
        assertThat(broken.getElementsByTagName("error").item(0).getTextContent())
                .startsWith("java.lang.IllegalStateException: simulated failure in column age");
        Element warn = testcase(doc, "tenken.B-1", "b1.selection-rate");
        assertThat(childNames(warn)).containsExactly("system-out");
        assertThat(warn.getTextContent()).contains("WARN: Women are selected at 40% of the rate of men")
                .contains("disparate_impact: 0.4");
        Element passed = testcase(doc, "tenken.B-3", "b3.missing");
        assertThat(childNames(passed)).containsExactly("system-out");
        assertThat(passed.getElementsByTagName("system-out").item(0).getTextContent()).isEqualTo("PASS: 1 of 36 values is missing (2.8%), within the 5% allowed."
                + "\nmissing_share <= 0.05: was 0.02778"
                + "\nmedian_age: 31.5 (+-1.25, KLL k=200)");
        assertThat(childNames(testcase(doc, "tenken.E-1", "e1.drift"))).containsExactly("skipped");
        assertThat(((Element) testcase(doc, "tenken.E-1", "e1.drift").getElementsByTagName("skipped").item(0))
                .getAttribute("message"))
                .isEqualTo("Not applicable: this check needs operation data, which the assessment does not give.");
    }

    @Test
    void aRequiredLevelNotMetFailsListingTheMissingItems() throws Exception {
        Document doc = parse(JUnitXmlReport.toXml(SampleResults.rich(42)));
        Element b3 = testcase(doc, "tenken.B-3", JUnitXmlReport.REQUIRED_LEVEL_CASE);
        Element failure = (Element) b3.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message"))
                .isEqualTo("B-3 adequacy of data: required 1, achieved -; missing B-3.1b, B-3.1c, B-3.1d");
        // b3.missing shows B-3.1b's gaps, and no check its outliers: a passing check does not meet the whole item
        assertThat(failure.getTextContent().split("\n")).containsExactly(
                "B-3.1b (level 1, P/M, MISSING): a policy for labelling and for outliers, applied - measured in part"
                        + " by b3.missing: no check showing outliers ran",
                "B-3.1c (level 1, M, MISSING): labels are consistent (no conflicting labels for identical inputs)"
                        + " - no loaded check measures this item",
                "B-3.1d (level 1, P/M, MISSING): contamination risk assessed (duplicates, leakage between training"
                        + " and test) and data recency recorded - no answer recorded and no check supporting it ran");
        Element a1 = testcase(doc, "tenken.A-1", JUnitXmlReport.REQUIRED_LEVEL_CASE);
        assertThat(childNames(a1)).containsExactly("system-out");
        assertThat(a1.getTextContent()).contains("MET: A-1");
    }

    @Test
    void hostileTextIsEscapedAndReadsBackUnchanged() throws Exception {
        AssessmentResult result = SampleResults.hostile();
        String xml = JUnitXmlReport.toXml(result);
        assertThat(xml).doesNotContain("<script");
        Document doc = parse(xml);
        assertThat(doc.getDocumentElement().getAttribute("name")).isEqualTo("component " + SampleResults.SCRIPT);
        Element echo = testcase(doc, "tenken.B-3", "b3.echo");
        assertThat(echo.getTextContent()).contains("Column " + SampleResults.SCRIPT + " holds the value");
    }

    @Test
    void replacesCharactersXmlCannotCarry() {
        assertThat(XmlOut.clean("a\u0001b\u0000c\td\uD800")).isEqualTo("a\uFFFDb\uFFFDc\td\uFFFD");
        assertThat(XmlOut.clean("emoji \uD83D\uDE00 kept")).isEqualTo("emoji \uD83D\uDE00 kept");
    }
}
