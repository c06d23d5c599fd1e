package io.github.tenken.report.junitxml;

import io.github.tenken.report.ReportLanguage;
import io.github.tenken.report.i18n.Messages;
import io.github.tenken.result.CharacteristicResult;
import io.github.tenken.result.ItemResult;

import javax.xml.stream.XMLStreamException;
import java.util.ArrayList;
import java.util.List;

/** Writes the test case that stands for one characteristic's required level. */
final class LevelCase {

    private LevelCase() {
    }

    static void write(XmlOut xml, CharacteristicResult c) throws XMLStreamException {
        String code = c.characteristic().code();
        xml.start("testcase", 1);
        xml.attribute("classname", JUnitXmlReport.classname(code));
        xml.attribute("name", JUnitXmlReport.REQUIRED_LEVEL_CASE);
        xml.attribute("time", "0");
        String summary = code + " " + c.characteristic().nameEn() + ": required " + c.required().label()
                + ", achieved " + c.achievedLabel();
        switch (c.verdict()) {
            case NOT_MET -> xml.element("failure", 2, summary + "; missing " + String.join(", ", c.missing()),
                    "NOT_MET", missingLines(c));
            case MET -> xml.textElement("system-out", 2, "MET: " + summary);
            case NOT_REQUIRED -> xml.textElement("system-out", 2, "NOT_REQUIRED: " + summary);
        }
        xml.end(1);
    }

    private static String missingLines(CharacteristicResult c) {
        List<String> lines = new ArrayList<>();
        for (String id : c.missing()) {
            ItemResult item = c.items().stream().filter(i -> i.itemId().equals(id)).findFirst().orElse(null);
            if (item == null) {
                lines.add(id);
            } else {
                lines.add(id + " (level " + item.level() + ", " + item.kind() + ", " + item.state() + "): "
                        + item.item().textEn() + " - " + Messages.of(ReportLanguage.EN).render(item.note()));
            }
        }
        return String.join("\n", lines);
    }
}
