package io.github.tenken.spark;

import io.github.tenken.check.Check;
import io.github.tenken.check.CheckResult;
import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.engine.Assessment;
import io.github.tenken.engine.CheckCatalog;
import io.github.tenken.report.ReportLanguage;
import io.github.tenken.report.ReportWriter;
import io.github.tenken.report.ReportWriters;
import io.github.tenken.result.AssessmentResult;
import org.apache.spark.sql.SparkSession;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Runs a plan file's data checks on Spark and writes the JSON result, the HTML report and the Markdown summary:
 * the entry point for {@code spark-submit}, or for {@code java -cp} with a {@code local[N]} master.
 *
 * <pre>
 * spark-submit --class io.github.tenken.spark.SparkAssess --jars "$TENKEN_JARS" tenken-spark.jar plan.json result.json
 * java -cp "tenken-spark.jar:$TENKEN_AND_SPARK_JARS" io.github.tenken.spark.SparkAssess plan.json result.json local[4]
 * </pre>
 * ({@code spark/README.md} shows how Maven lists both sets of jars.)
 *
 * <p>The third argument, when given, is the master (otherwise {@code spark-submit}'s); {@code --lang=ja} writes the
 * reports in Japanese. The plan's {@code checks}
 * (include, exclude, criteria) apply as in the CLI. Models, cases, constraints, answers and check parameters of the
 * plan are not run here (they need the local CLI); the entry point says which were left out.
 * Exit status: 0 when the verdict is met, 1 when not met, 2 on a usage or input error.
 */
public final class SparkAssess {

    private SparkAssess() {
    }

    /** {@code PLAN.json OUT.json [MASTER] [--lang=ja]}. */
    public static void main(String[] args) {
        List<String> positional = new java.util.ArrayList<>();
        ReportLanguage language = ReportLanguage.EN;
        try {
            for (String a : args) {
                if (a.startsWith("--lang=")) {
                    language = ReportLanguage.parse(a.substring("--lang=".length()));
                } else {
                    positional.add(a);
                }
            }
        } catch (RuntimeException e) {
            positional.clear();
            System.err.println("tenken: " + States.oneLine(e));
        }
        if (positional.size() < 2 || positional.size() > 3 || !positional.get(1).endsWith(".json")) {
            System.err.println("usage: SparkAssess PLAN.json OUT.json [MASTER, e.g. local[4]] [--lang=ja]");
            System.exit(2);
        }
        int status;
        SparkSession.Builder builder = SparkSession.builder().appName("tenken");
        if (positional.size() == 3) {
            builder.master(positional.get(2));
        }
        if (System.getProperty("spark.log.level") == null) {
            // Tenken prints its own lines, a failure as one; --conf spark.log.level=WARN brings Spark's log back
            builder.config("spark.log.level", "OFF");
        }
        SparkSession spark;
        try {
            spark = builder.getOrCreate();
        } catch (Exception e) {                 // a master Spark cannot parse, a cluster it cannot reach
            System.err.println("tenken: Spark did not start: " + States.oneLine(e));
            System.exit(2);
            return;
        }
        try {
            AssessmentResult result = run(spark, Path.of(positional.get(0)), CheckCatalog.load());
            List<Path> written = writeReports(result, Path.of(positional.get(1)), language);
            long measured = result.checks().stream().filter(c -> !c.measures().isEmpty()).count();
            System.out.printf(Locale.ROOT, "%s: verdict %s, %d checks (%d measured), %d rows scanned; written: %s%n",
                    result.component().name(), result.verdict(), result.checks().size(), measured,
                    result.scans().stream().mapToLong(s -> s.rows()).sum(), written);
            for (CheckResult c : result.checks()) {
                System.out.printf(Locale.ROOT, "  %-32s %s%n", c.checkId(), c.status());
            }
            status = result.verdict().isAcceptable() ? 0 : 1;
        } catch (Exception e) {                 // Spark throws its checked SparkException from Scala code
            System.err.println("tenken: " + States.oneLine(e));
            status = 2;
        } finally {
            spark.stop();
        }
        System.exit(status);
    }

    /**
     * The JSON result at {@code json}, and beside it the HTML report and the Markdown summary of the same name
     * ({@code result.json}, {@code result.html}, {@code result.md}), as the local CLI writes them.
     */
    static List<Path> writeReports(AssessmentResult result, Path json, ReportLanguage language) {
        String name = json.getFileName().toString();
        String base = name.substring(0, name.length() - ".json".length());
        Path html = json.resolveSibling(base + ".html");
        Path markdown = json.resolveSibling(base + ".md");
        ReportWriters.JSON.write(result, json, language);
        ReportWriters.HTML.write(result, html, language);
        ReportWriter summary = ReportWriters.discover().byFormat().get("markdown");
        if (summary == null) {
            return List.of(json, html);
        }
        summary.write(result, markdown, language);
        return List.of(json, html, markdown);
    }

    /** The plan's data checks among {@code checks}, with its data read by Spark. */
    public static AssessmentResult run(SparkSession spark, Path planFile, List<Check> checks) {
        if (!Files.isRegularFile(planFile)) {
            throw new IllegalArgumentException("no plan file " + planFile);
        }
        SparkPlan plan = SparkPlan.read(planFile);
        if (!plan.unused().isEmpty()) {
            System.err.println("tenken: not run on Spark (use the CLI for them): " + plan.unused());
        }
        Dictionaries dictionaries = new Dictionaries();
        Assessment.Builder b = Assessment.builder().component(plan.name(), plan.description())
                .profile(plan.profile())
                .roles(new ColumnRoles(plan.label(), plan.sensitive(), plan.ignored()))
                .checks(checks).seed(plan.seed());
        if (plan.include() != null) {
            b.include(plan.include());
        }
        b.exclude(plan.exclude().toArray(String[]::new));
        plan.criteria().forEach((id, criteria) -> criteria.forEach(c -> b.criterion(id, c)));
        plan.datasets().forEach((role, file) -> {
            SparkDataset d = SparkSources.csv(spark, file.path(), file.options(), dictionaries);
            b.dataset(DatasetRole.valueOf(role.toUpperCase(Locale.ROOT)), d);
        });
        return b.build().run();
    }
}
