package io.github.tenken.report.html;

import gg.jte.Content;
import io.github.tenken.check.Chart;
import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Status;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.evidence.Answer;
import io.github.tenken.guideline.ExternalCharacteristic;
import io.github.tenken.guideline.ExternalLevel;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.guideline.InternalLevel;
import io.github.tenken.guideline.LevelItems;
import io.github.tenken.guideline.Stage;
import io.github.tenken.check.Measure;
import io.github.tenken.check.ResultTable;
import io.github.tenken.report.i18n.ReportNumbers;
import io.github.tenken.message.Message;
import io.github.tenken.report.ReportLanguage;
import io.github.tenken.report.i18n.Messages;
import io.github.tenken.report.svg.SvgCharts;
import io.github.tenken.result.AssessmentResult;
import io.github.tenken.result.CharacteristicResult;
import io.github.tenken.result.ItemResult;
import io.github.tenken.result.ItemState;
import io.github.tenken.result.Verdict;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the HTML templates read: the result, and the language-dependent names and locale-neutral formatting of its
 * values. It formats and looks up; it never computes a statistic.
 */
public final class ReportView {

    private final AssessmentResult result;
    private String reportId;
    private final ReportLanguage language;
    private final Messages messages;
    private final ReportNumbers numbers;
    private final ZoneId zone;

    private final Cells cells;
    private final VerdictView verdict;
    private final TableCharts tableCharts;

    ReportView(AssessmentResult result, ReportLanguage language) {
        this(result, language, ZoneOffset.UTC);
    }

    ReportView(AssessmentResult result, ReportLanguage language, ZoneId zone) {
        this.result = result;
        this.language = language;
        this.messages = Messages.of(language);
        this.numbers = ReportNumbers.of(language);
        this.zone = zone;
        this.cells = new Cells(messages, numbers);
        this.verdict = new VerdictView(result);
        this.tableCharts = new TableCharts(messages, numbers);
    }

    /** The result being rendered. */
    public AssessmentResult result() {
        return result;
    }

    /** The language tag for {@code <html lang>}. */
    public String lang() {
        return language.tag();
    }

    /** The language tag of {@link #otherName}, for its {@code lang} attribute. */
    public String otherLang() {
        return isJapanese() ? ReportLanguage.EN.tag() : ReportLanguage.JA.tag();
    }

    /** Whether the report is in Japanese. */
    public boolean isJapanese() {
        return language == ReportLanguage.JA;
    }

    /** A translated label. */
    public String t(String key) {
        return messages.get(key);
    }

    /** A translated label with {@code {0}}, {@code {1}} filled in. */
    public String t(String key, Object... args) {
        return messages.format(key, args);
    }

    /** A result's message (explanation, table title, item note) in the report's language. */
    public String text(Message message) {
        return messages.render(message);
    }

    /** A check's title in the report's language: its bundle's {@code check.<id>.title}, else the descriptor's. */
    public String checkTitle(CheckResult check) {
        String key = "check." + check.checkId() + ".title";
        return messages.catalog().has(key) ? messages.catalog().text(key) : check.title();
    }

    /** A measure's unit in the report's language ({@code rows}, {@code 行}); empty for a ratio. */
    public String unit(String unit) {
        return unit.isEmpty() || unit.equals("ratio") ? "" : messages.unit(unit);
    }

    /** The edition's title in the report's language. */
    public String editionTitle() {
        return isJapanese() ? result.edition().titleJa() : result.edition().titleEn();
    }

    /** A characteristic's name in the report's language, English capitalised. */
    public String name(InternalCharacteristic c) {
        return isJapanese() ? c.nameJa() : capitalise(c.nameEn());
    }

    /** A characteristic's name in the other language, shown as a subtitle. */
    public String otherName(InternalCharacteristic c) {
        return isJapanese() ? capitalise(c.nameEn()) : c.nameJa();
    }

    /** A stage's name. */
    public String name(Stage s) {
        return isJapanese() ? s.nameJa() : s.nameEn();
    }

    /** An external characteristic's name. */
    public String name(ExternalCharacteristic c) {
        return isJapanese() ? c.nameJa() : capitalise(c.nameEn());
    }

    /** A level item's text. */
    public String itemText(String itemId) {
        return LevelItems.find(itemId).map(i -> isJapanese() ? i.textJa() : i.textEn()).orElse(itemId);
    }

    /** The label of a check status. */
    public String label(Status s) {
        return t("status." + s.name());
    }

    /** The label of a verdict. */
    public String label(Verdict v) {
        return t("verdict." + v.name());
    }

    /** The label of an item state. */
    public String label(ItemState s) {
        return t("itemState." + s.name());
    }

    /** The label of a recorded answer. */
    public String label(Answer a) {
        return t("answer." + a.name());
    }

    /** The label of a dataset role. */
    public String label(DatasetRole r) {
        return t("role." + r.name());
    }

    /** The symbol shown with a status, so that no status reads by colour alone. */
    public String icon(Status s) {
        return switch (s) {
            case PASS -> "\u2713";
            case WARN -> "!";
            case FAIL -> "\u2715";
            case ERROR -> "\u26a0";
            case NOT_APPLICABLE -> "\u2013";
        };
    }

    /** The symbol shown with a verdict. */
    public String icon(Verdict v) {
        return switch (v) {
            case MET -> "\u2713";
            case NOT_MET -> "\u2715";
            case NOT_REQUIRED -> "\u2013";
        };
    }

    /** The symbol shown with an item state. */
    public String icon(ItemState s) {
        if (s.isSatisfied()) {
            return "\u2713";
        }
        return s == ItemState.INCONCLUSIVE ? "?" : "\u2715";
    }

    /** A text of the user's or an error's, clipped to a few hundred characters. */
    public String clip(String text) {
        return io.github.tenken.internal.Formats.clip(text);
    }

    /** The CSS class of a status badge. */
    public String css(Status s) {
        return "st-" + s.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The tone of a status for a container's accent (not a badge): {@code tone-pass}, ..., {@code tone-na}. */
    public String tone(Status s) {
        return "tone-" + (s == Status.NOT_APPLICABLE ? "na" : s.name().toLowerCase(Locale.ROOT));
    }

    /** The tone of a verdict for a container's accent: {@code tone-met}, {@code tone-not-met}, {@code tone-none}. */
    public String tone(Verdict v) {
        return switch (v) {
            case MET -> "tone-met";
            case NOT_MET -> "tone-not-met";
            case NOT_REQUIRED -> "tone-none";
        };
    }

    /** The CSS class of a verdict badge. */
    public String css(Verdict v) {
        return "vd-" + v.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The CSS class of an item state badge: good (satisfied), open (inconclusive) or bad. */
    public String css(ItemState s) {
        if (s.isSatisfied()) {
            return "is-good";
        }
        return s == ItemState.INCONCLUSIVE ? "is-open" : "is-bad";
    }

    /** The anchor id of a characteristic's section, e.g. {@code char-B-3}. */
    public String anchor(InternalCharacteristic c) {
        return "char-" + c.code();
    }

    /** The anchor id of a check, with characters other than letters, digits, dot, dash and underscore replaced. */
    public String checkAnchor(String checkId) {
        return "check-" + checkId.replaceAll("[^A-Za-z0-9._-]", "-");
    }

    /** The anchor id of a level item. */
    public String itemAnchor(String itemId) {
        return "item-" + itemId.replaceAll("[^A-Za-z0-9._-]", "-");
    }

    /** The external levels of the profile, AISL first. */
    public List<ExternalLevel> profileLevels() {
        return result.profile().levels();
    }

    /** The recorded reason for an external level, or empty. */
    public String reason(ExternalLevel level) {
        return result.profile().reasons().getOrDefault(level.characteristic(), "");
    }

    /** Whether an item lies above the level its characteristic requires (shown for information only). */
    public boolean isBeyondRequired(CharacteristicResult c, ItemResult item) {
        InternalLevel level = item.item().level();
        return level.rank() > c.required().on(level.scale()).rank();
    }

    /** The items up to the level the characteristic requires (they decide the verdict). */
    public List<ItemResult> itemsWithin(CharacteristicResult c) {
        return c.items().stream().filter(i -> !isBeyondRequired(c, i)).toList();
    }

    /** The items above the required level: shown folded and neutral, for information only. */
    public List<ItemResult> itemsBeyond(CharacteristicResult c) {
        return c.items().stream().filter(i -> isBeyondRequired(c, i)).toList();
    }

    /** Whether an item's note adds to what its answer line says (it does unless a recorded answer satisfied it). */
    public boolean isNoteNeeded(ItemResult item) {
        return item.answer() == null
                || !(item.state() == ItemState.MET_BY_ANSWER || item.state() == ItemState.NOT_APPLICABLE);
    }

    /** The checks of one characteristic, in the order run. */
    public List<CheckResult> checks(InternalCharacteristic c) {
        return result.checksOf(c);
    }

    /** How many checks of one characteristic ended in each status (a tally for the summary table). */
    public Map<Status, Long> tally(InternalCharacteristic c) {
        Map<Status, Long> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, 0L);
        }
        result.checksOf(c).forEach(r -> counts.merge(r.status(), 1L, Long::sum));
        return counts;
    }

    /** Every status, in display order. */
    public List<Status> statuses() {
        return List.of(Status.PASS, Status.WARN, Status.FAIL, Status.ERROR, Status.NOT_APPLICABLE);
    }

    /** A number with four significant decimals and thousands separators ({@link ReportNumbers#number}). */
    public String number(double v) {
        return numbers.number(v);
    }

    /** A count with thousands separators. */
    public String count(long n) {
        return numbers.count(n);
    }

    /** A share as a percentage ({@code 24.1%}, {@code <0.1%}). */
    public String percent(double share) {
        return numbers.percent(share);
    }

    /**
     * A measure's value: a share (a ratio whose name says {@code share} or {@code rate}) as a percentage, other
     * values as numbers, so that it reads on the same scale as {@link #criterion}.
     */
    public String value(Measure m) {
        return isShare(m) ? numbers.percent(m.value()) : numbers.number(m.value());
    }

    /** A value on the scale of a measure (a bound of its interval, its threshold). */
    public String valueOf(Measure m, double v) {
        return isShare(m) ? numbers.percent(v) : numbers.number(v);
    }

    /** A measure's criterion, {@code accuracy >= 0.8} or {@code max_missing_share <= 5.0%}; empty without one. */
    public String criterion(Measure m) {
        if (m.criterion() == null) {
            return "";
        }
        return m.name() + " " + m.criterion().operator().symbol() + " " + valueOf(m, m.criterion().threshold());
    }

    /** How far a judged measure is from its threshold, signed, on the measure's scale ({@link Measure#margin()}). */
    public String margin(Measure m) {
        double margin = m.margin();
        String text = isShare(m) ? numbers.points(margin) : numbers.number(Math.abs(margin));
        return (margin < 0 ? "\u2212" : "+") + text;
    }

    /** A measure's confidence interval, {@code 86.2% – 87.3% (95%)}, or empty. */
    public String interval(Measure m) {
        if (m.interval() == null) {
            return "";
        }
        return valueOf(m, m.interval().lower()) + " \u2013 " + valueOf(m, m.interval().upper()) + " ("
                + numbers.level(m.interval().level()) + ")";
    }

    private static boolean isShare(Measure m) {
        return "ratio".equals(m.unit()) && (m.name().contains("share") || m.name().endsWith("_rate")
                || m.name().contains("rate.")) && m.value() >= 0 && m.value() <= 1;
    }

    /** An instant as {@code 2024-05-01 10:15 UTC} in the report's zone (a zone id other than UTC is named), or a dash. */
    public String date(Instant instant) {
        if (instant == null) {
            return "\u2013";
        }
        String zoneName = zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(zone).format(instant) + " "
                + zoneName;
    }

    /** The zone times are shown in. */
    public ZoneId zone() {
        return zone;
    }

    /** A duration in seconds, e.g. {@code 1.234 s}, or a dash. */
    public String duration(Duration d) {
        return d == null ? "\u2013" : numbers.number(d.toMillis() / 1000.0) + " s";
    }

    /** A chart as inline SVG, its texts in the report's language. */
    public Content chart(Chart chart) {
        return SvgCharts.render(chart, messages::render);
    }

    /** The check's own charts to draw (less those a chart from its tables replaces). */
    public List<Chart> charts(CheckResult check) {
        return tableCharts.ownCharts(check);
    }

    /** The charts drawn from a check's tables (ROC, PR, reliability, group rates with whiskers). */
    public List<TableCharts.Figure> tableCharts(CheckResult check) {
        return tableCharts.figures(check);
    }

    /** The verdict box: shortfalls and the actions that would close them. */
    public VerdictView verdict() {
        return verdict;
    }

    /** The positive class a check named, or empty. */
    public String positiveClass(CheckResult check) {
        return PositiveClass.of(check).orElse("");
    }

    /** Whether a table is long enough to fold away ({@code <details>}) below its title. */
    public boolean isFolded(ResultTable table) {
        return cells.isFolded(table);
    }

    /** The report's id: SHA-256 of the result's JSON without timings ({@link io.github.tenken.report.json.ReportId}). */
    public String reportId() {
        if (reportId == null) {
            reportId = io.github.tenken.report.json.ReportId.of(result);
        }
        return reportId;
    }

    /** Whether a criterion was agreed by the team or is the check's default, as a label. */
    public String origin(Measure m) {
        return m.criterionOrigin() == null ? "" : t("origin." + m.criterionOrigin().name());
    }

    /** The confidence bound on the unfavourable side of a measure's criterion, on its scale; empty without one. */
    public String ciBound(Measure m) {
        return m.ciBound().isPresent() ? valueOf(m, m.ciBound().getAsDouble()) : "";
    }

    /** Whether an optional text is absent or blank. */
    public boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Table cells and the glossary. */
    public Cells cells() {
        return cells;
    }

    /** The glossary entries, in order. */
    public List<Glossary.Entry> glossary() {
        return Glossary.entries(messages);
    }

    private String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
