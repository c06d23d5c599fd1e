package io.github.tenken.report.html;

import io.github.tenken.checks.io.CsvOptions;
import io.github.tenken.checks.io.CsvTableReader;
import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Table;
import io.github.tenken.engine.Assessment;
import io.github.tenken.engine.CheckCatalog;
import io.github.tenken.guideline.FairnessLevel;
import io.github.tenken.guideline.PerformanceLevel;
import io.github.tenken.guideline.QualityProfile;
import io.github.tenken.guideline.SafetyLevel;
import io.github.tenken.result.AssessmentResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A CSV whose file name, column names and values carry markup, quotes and ampersands, assessed by the real
 * catalogue: every such string reaches the report through the checks' sentences, tables and charts.
 */
final class HostileCsv {

    static final String COLUMN = "<script>alert('col')</script>";
    static final String VALUE = "<img src=x onerror=alert(1)>";
    static final String QUOTED = "say \"hi\" & 'bye'";

    private HostileCsv() {
    }

    static AssessmentResult assess(Path dir) {
        StringBuilder csv = new StringBuilder("\"" + COLUMN + "\",group,label\n");
        for (int i = 0; i < 120; i++) {
            String group = i % 3 == 0 ? VALUE : i % 3 == 1 ? QUOTED : "a & b";
            csv.append(i % 7).append(",\"").append(group.replace("\"", "\"\"")).append("\",")
                    .append(i % 4 == 0 ? "<b>yes</b>" : "no").append('\n');
        }
        try {
            Path file = dir.resolve("<svg onload=alert(1)>.csv");
            Files.writeString(file, csv, StandardCharsets.UTF_8);
            Dictionaries d = new Dictionaries();
            Table table = CsvTableReader.read(file, CsvOptions.builder().label("label").build(), d);
            return Assessment.builder().component(COLUMN, QUOTED)
                    .profile(QualityProfile.of(SafetyLevel.AISL_0_1, PerformanceLevel.AIPL_0, FairnessLevel.AIFL_1))
                    .dataset(DatasetRole.TRAINING, table).dataset(DatasetRole.TEST, table.named("test " + VALUE))
                    .roles(ColumnRoles.label("label").withSensitive("group"))
                    .checks(CheckCatalog.load()).build().run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
