package io.github.tenken.report.qunomon;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.CheckResult;
import io.github.tenken.check.ResultTable;
import io.github.tenken.check.Status;
import io.github.tenken.report.AtomicFiles;
import io.github.tenken.report.ReportLanguage;
import io.github.tenken.report.ReportWriter;
import io.github.tenken.result.AssessmentResult;

import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Exports an assessment for the AIST test bed Qunomon: for every check that ran (every status but NOT_APPLICABLE) a
 * directory {@code ait/<checkId>/} beside the report file, holding {@code ait.manifest.json} ({@link AitManifest}),
 * {@code ait.output.json} ({@link AitOutput}) and one {@code <table>.csv} per result table. The report file itself
 * ({@code <base>.ait.json}) indexes the directories written. Found by {@link io.github.tenken.report.Reports#writeAll}
 * through the report module's services file, like any other format.
 *
 * <pre>{@code
 * new QunomonWriter().write(result, Path.of("out/report.ait.json"), ReportLanguage.EN);
 * // out/ait/b3.missing-values/ait.manifest.json, ait.output.json, per-column.csv, ...
 * }</pre>
 *
 * <p>Check ids and table names become file names, so they must be plain names (no path separator); a check
 * directory left by an earlier run with other checks is not deleted, and the index lists only this run's. The
 * manifests are written in English whatever the report language, as the check descriptors are.
 */
public final class QunomonWriter implements ReportWriter {

    /** The folder, beside the report file, that holds one directory per check. */
    public static final String FOLDER = "ait";
    /** The manifest's file name. */
    public static final String MANIFEST = "ait.manifest.json";
    /** The output's file name. */
    public static final String OUTPUT = "ait.output.json";

    private final AitDescriptors descriptors;

    /** A writer that reads the check descriptors from the checks on the class path (the service-loader form). */
    public QunomonWriter() {
        this(null);
    }

    /**
     * A writer that reads the check descriptors from here.
     *
     * @param descriptors the descriptors; {@code null} for the checks on the class path, looked up when writing
     */
    public QunomonWriter(AitDescriptors descriptors) {
        this.descriptors = descriptors;
    }

    @Override
    public String format() {
        return "qunomon";
    }

    @Override
    public String extension() {
        return "ait.json";
    }

    @Override
    public void write(AssessmentResult result, Path file, ReportLanguage language) {
        Objects.requireNonNull(result, "result");
        Path folder = file.toAbsolutePath().getParent().resolve(FOLDER);
        AitDescriptors lookup = descriptors == null ? AitDescriptors.fromClassPath() : descriptors;
        Map<String, String> names = new HashMap<>();
        ObjectNode index = AitJson.object();
        index.put("Tenken", result.libraryVersion());
        ArrayNode aits = index.putArray("AITs");
        for (CheckResult r : result.checks()) {
            if (r.status() == Status.NOT_APPLICABLE) {
                continue;
            }
            String directory = SafeFileName.require("check id", r.checkId());
            CheckDescriptor d = lookup.of(r);
            String name = AitName.of(d);
            String other = names.putIfAbsent(name, r.checkId());
            if (other != null) {
                throw new IllegalArgumentException("checks " + other + " and " + r.checkId()
                        + " would both be the Qunomon AIT " + name + "; rename one of them");
            }
            Path dir = folder.resolve(directory);
            List<Map.Entry<String, String>> resources = new ArrayList<>();
            Set<String> files = new HashSet<>();
            for (ResultTable t : r.tables()) {
                String csv = SafeFileName.require("table name of check " + r.checkId(), t.name()) + ".csv";
                if (!files.add(csv)) {
                    throw new IllegalArgumentException("check " + r.checkId() + " has two tables named " + t.name());
                }
                AtomicFiles.writeString(dir.resolve(csv), AitCsv.of(t));
                resources.add(new AbstractMap.SimpleImmutableEntry<>(t.name(), csv));
            }
            AtomicFiles.writeString(dir.resolve(MANIFEST),
                    AitJson.text(AitManifest.of(d, r, result.edition(), result.libraryVersion())));
            AtomicFiles.writeString(dir.resolve(OUTPUT),
                    AitJson.text(AitOutput.of(name, result.libraryVersion(), r, result.environment(), resources)));
            ObjectNode entry = aits.addObject();
            entry.put("CheckId", r.checkId());
            entry.put("Name", name);
            entry.put("Status", r.status().name());
            entry.put("Directory", FOLDER + "/" + directory);
        }
        AtomicFiles.writeString(file, AitJson.text(index));
    }
}
