package io.github.tenken.report.qunomon;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Measure;
import io.github.tenken.check.Status;
import io.github.tenken.report.ReportLanguage;
import io.github.tenken.report.i18n.Messages;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The {@code ait.output.json} of one check's run, in the test bed's field names and order: AIT {Name, Version};
 * ExecuteInfo {StartDateTime, EndDateTime, MachineInfo, and Error {Code, Detail} for an ERROR result}; Result
 * {Measures [{Name, Value}], Resources [{Name, Path}], Downloads []}. Values are strings ({@link AitValues}); the
 * dates (UTC, the test bed's {@code yyyy-MM-dd'T'HH:mm:ssZ}) are the only fields that change between two runs of the
 * same inputs and seed.
 */
final class AitOutput {

    /** The test bed's date form, e.g. {@code 2020-10-20T17:28:24+0900}. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ")
            .withZone(ZoneOffset.UTC);

    private AitOutput() {
    }

    /**
     * The output.
     *
     * @param name        the AIT's name
     * @param version     Tenken's version
     * @param result      the check's result
     * @param machine     the environment the assessment ran in (JVM, OS), as the machine's description
     * @param resources   the path of each table's CSV file, relative to the output's directory, by table name
     * @return the output as a JSON object
     */
    static ObjectNode of(String name, String version, CheckResult result, Map<String, String> machine,
                         List<Map.Entry<String, String>> resources) {
        ObjectNode o = AitJson.object();
        ObjectNode ait = o.putObject("AIT");
        ait.put("Name", name);
        ait.put("Version", version);
        ObjectNode info = o.putObject("ExecuteInfo");
        Instant start = result.provenance().startedAt();
        info.put("StartDateTime", start == null ? "" : DATE.format(start));
        info.put("EndDateTime", start == null ? "" : DATE.format(result.provenance().duration() == null ? start
                : start.plus(result.provenance().duration())));
        ObjectNode machineInfo = info.putObject("MachineInfo");
        machine.forEach(machineInfo::put);
        if (result.status() == Status.ERROR) {
            ObjectNode error = info.putObject("Error");
            error.put("Code", result.explanation().key());
            error.put("Detail", Messages.of(ReportLanguage.EN).render(result.explanation()));
        }
        ObjectNode r = o.putObject("Result");
        ArrayNode measures = r.putArray("Measures");
        for (Measure m : result.measures()) {
            ObjectNode mo = measures.addObject();
            mo.put("Name", m.name());
            mo.put("Value", AitValues.number(m.value()));
        }
        ArrayNode res = r.putArray("Resources");
        for (Map.Entry<String, String> e : resources) {
            ObjectNode ro = res.addObject();
            ro.put("Name", e.getKey());
            ro.put("Path", e.getValue());
        }
        r.putArray("Downloads");
        return o;
    }
}
