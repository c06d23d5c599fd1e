package io.github.tenken.checks.correctness;

import io.github.tenken.check.Chart;
import io.github.tenken.check.ChartSeries;
import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Measure;
import io.github.tenken.check.ResultTable;
import io.github.tenken.data.CaseDefinition;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.Condition;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import io.github.tenken.message.Arg;
import io.github.tenken.message.Language;
import io.github.tenken.message.Message;
import io.github.tenken.message.MessageCatalog;
import io.github.tenken.result.AssessmentResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message key and table column the C-1 catalogue's results use is in both languages' bundles, on results that
 * reach the branches (probabilities or not, criteria decided or not, groups counted or not, both model kinds).
 */
class CatalogueMessagesTest {

    private static final MessageCatalog EN = MessageCatalog.of(Language.EN);
    private static final MessageCatalog JA = MessageCatalog.of(Language.JA);

    @Test
    void everyKeyAndColumnIsInBothLanguages() {
        List<CheckResult> results = new ArrayList<>();
        int n = 80;
        String[] truth = new String[n];
        String[] sex = new String[n];
        double[] x = new double[n];
        double[] y = new double[n];
        double[] yHat = new double[n];
        int[] predicted = new int[n];
        double[][] probabilities = new double[n][];
        for (int i = 0; i < n; i++) {
            truth[i] = i % 3 == 0 ? "yes" : "no";
            sex[i] = i % 2 == 0 ? "F" : "M";
            x[i] = i;
            y[i] = i;
            yHat[i] = i + (i % 4) - 1.5;
            double p = i % 3 == 0 ? (i % 7 == 0 ? 0.3 : 0.8) : (i % 5 == 0 ? 0.6 : 0.2);
            probabilities[i] = new double[]{1 - p, p};
            predicted[i] = p >= 0.5 ? 1 : 0;
        }
        Table classes = Table.of("test", List.of(NumericColumn.of("x", x),
                CategoricalColumn.of("sex", new CategoryDictionary(), sex),
                CategoricalColumn.of("y", new CategoryDictionary(), truth)));
        Table values = Table.of("test", List.of(NumericColumn.of("x", x),
                CategoricalColumn.of("sex", new CategoryDictionary(), sex), NumericColumn.of("y", y)));
        CaseDefinition young = CaseDefinition.of("young", Condition.between("x", 0, 40));
        ColumnRoles roles = ColumnRoles.label("y").withSensitive("sex");
        for (String criterion : List.of("accuracy >= 0.1", "accuracy >= 0.8", "precision >= 0.5")) {
            AssessmentResult r = CheckRun.with().test(classes).roles(roles).cases(young)
                    .model(FixedModel.classifier("no", "yes").on("test", predicted, probabilities))
                    .criterion("c1.classification", criterion).parameter("c1.per-case", "minRows", "10")
                    .run(new ClassificationPerformanceCheck(), new BaselineCheck(), new PerCaseCheck(),
                            new WeakSegmentsCheck());
            results.addAll(r.checks());
        }
        AssessmentResult tiny = CheckRun.with().test(classes).roles(roles).cases(young)
                .model(FixedModel.classifier("no", "yes").on("test", predicted, null))
                .parameter("c1.per-case", "minRows", "1000").parameter("c1.weak-segments", "minRows", "1000")
                .run(new ClassificationPerformanceCheck(), new BaselineCheck(), new PerCaseCheck(),
                        new WeakSegmentsCheck());
        results.addAll(tiny.checks());
        AssessmentResult regression = CheckRun.with().test(values).roles(roles).cases(young)
                .model(FixedModel.regressor().on("test", yHat)).criterion("c1.regression", "r2 >= 0.9")
                .run(new RegressionPerformanceCheck(), new BaselineCheck(), new PerCaseCheck(),
                        new WeakSegmentsCheck());
        results.addAll(regression.checks());
        Table bare = Table.of("test", List.of(CategoricalColumn.of("y", new CategoryDictionary(), truth)));
        results.addAll(CheckRun.with().test(bare).roles(ColumnRoles.label("y"))
                .model(FixedModel.classifier("no", "yes").on("test", predicted, probabilities))
                .run(new PerCaseCheck(), new WeakSegmentsCheck()).checks());

        Set<String> keys = new TreeSet<>();
        Set<String> columns = new TreeSet<>();
        for (CheckResult r : results) {
            assertThat(r.error()).as(r.checkId()).isNullOrEmpty();
            messagesOf(r, m -> keys.add(m.key()));
            r.tables().stream().filter(t -> !t.name().equals("confusion-matrix"))
                    .forEach(t -> columns.addAll(t.columns()));
        }
        assertThat(keys).contains("c1.decision.decided", "c1.decision.undecided", "c1.per-case.summary",
                "c1.per-case.noneCounted", "c1.weak-segments.summary", "c1.weak-segments.noneCounted",
                "c1.weak-segments.notApplicable", "c1.per-case.notApplicable", "c1.baseline.summary");
        List<String> missing = new ArrayList<>();
        for (String k : keys) {
            if (!k.equals(Message.LITERAL) && (!EN.has(k) || !JA.has(k))) {
                missing.add(k);
            }
        }
        for (String c : columns) {
            if (!EN.has("column." + c) || !JA.has("column." + c)) {
                missing.add("column." + c);
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theCatalogueTextsFillTheSameArgumentsInBothLanguagesAndTheJapaneseIsJapanese() throws java.io.IOException {
        java.util.Properties en = bundle("en");
        java.util.Properties ja = bundle("ja");
        List<String> mine = en.stringPropertyNames().stream().filter(k -> k.startsWith("c1.decision.")
                || k.startsWith("c1.baseline.") || k.startsWith("c1.per-case.") || k.startsWith("c1.weak-segments.")
                || k.startsWith("c1.source.") || k.startsWith("c1.metric.")
                || k.startsWith("c1.classification.table.r") || k.startsWith("c1.classification.table.pr")
                || k.startsWith("c1.classification.scored.") || k.equals("c1.classification.chart.reliability"))
                .sorted().toList();
        assertThat(mine).hasSizeGreaterThan(30);
        for (String k : mine) {
            assertThat(ja.getProperty(k)).as(k).isNotNull();
            assertThat(arguments(ja.getProperty(k))).as(k).isEqualTo(arguments(en.getProperty(k)));
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("[A-Za-z]{4,}").matcher(
                    ja.getProperty(k).replaceAll("\\b[A-E]-\\d\\.\\d[a-z]?\\b", " "));
            while (m.find()) {
                assertThat(m.group()).as("English in the Japanese text of " + k).isEqualTo("RMSE");
            }
        }
        for (String id : List.of("c1.baseline", "c1.per-case", "c1.weak-segments")) {
            assertThat(ja.getProperty("check." + id + ".title")).as(id).isNotBlank();
            assertThat(ja.getProperty("check." + id + ".description")).as(id).isNotBlank();
        }
    }

    @Test
    void noKeyOfTheCatalogueIsDeclaredTwiceNorConflictsWithAnotherBundle() throws java.io.IOException {
        for (String language : List.of("en", "ja")) {
            // the keys of this catalogue's section, each declared once in the whole file
            List<String> lines = java.nio.file.Files.readAllLines(java.nio.file.Path.of(
                    "src/main/resources/META-INF/tenken/messages_" + language + ".properties"));
            int section = lines.indexOf("# c1 (model catalogue)");
            assertThat(section).as("the c1 section of messages_%s", language).isNotNegative();
            List<String> all = lines.stream().filter(l -> !l.startsWith("#") && l.indexOf('=') > 0)
                    .map(l -> l.substring(0, l.indexOf('=')).trim()).toList();
            List<String> twice = lines.subList(section, lines.size()).stream()
                    .filter(l -> !l.startsWith("#") && l.indexOf('=') > 0)
                    .map(l -> l.substring(0, l.indexOf('=')).trim())
                    .filter(k -> all.indexOf(k) != all.lastIndexOf(k)).toList();
            assertThat(twice).as("keys of the c1 section declared twice in messages_%s", language).isEmpty();
        }
        assertThat(EN.conflicts()).isEmpty();
        assertThat(JA.conflicts()).isEmpty();
    }

    private static java.util.Properties bundle(String language) throws java.io.IOException {
        java.util.Properties p = new java.util.Properties();
        try (java.io.Reader r = java.nio.file.Files.newBufferedReader(java.nio.file.Path.of(
                "src/main/resources/META-INF/tenken/messages_" + language + ".properties"))) {
            p.load(r);
        }
        return p;
    }

    private static Set<Integer> arguments(String pattern) {
        Set<Integer> out = new TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\d+)(\\?[^}]*)?}").matcher(pattern);
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)));
        }
        return out;
    }

    private static void messagesOf(CheckResult r, Consumer<Message> sink) {
        Consumer<Message> walk = new Consumer<>() {
            @Override
            public void accept(Message m) {
                sink.accept(m);
                m.args().forEach(a -> arg(a, this));
            }
        };
        walk.accept(r.explanation());
        for (ResultTable t : r.tables()) {
            walk.accept(t.title());
            t.rows().forEach(row -> row.stream().filter(c -> c instanceof Message).forEach(c -> walk.accept((Message) c)));
        }
        for (Chart c : r.charts()) {
            walk.accept(c.title());
            walk.accept(c.xLabel());
            walk.accept(c.yLabel());
            c.series().stream().map(ChartSeries::label).forEach(walk);
        }
        for (Measure m : r.measures()) {
            if (m.interval() != null) {
                walk.accept(m.interval().method());
            }
        }
    }

    private static void arg(Arg a, Consumer<Message> walk) {
        if (a instanceof Arg.Nested n) {
            walk.accept(n.message());
        } else if (a instanceof Arg.Join j) {
            j.items().forEach(i -> arg(i, walk));
        }
    }
}
