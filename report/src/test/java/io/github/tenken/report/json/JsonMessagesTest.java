package io.github.tenken.report.json;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.tenken.check.Chart;
import io.github.tenken.check.CheckResult;
import io.github.tenken.check.ResultTable;
import io.github.tenken.message.Arg;
import io.github.tenken.message.Language;
import io.github.tenken.message.Message;
import io.github.tenken.message.MessageCatalog;
import io.github.tenken.report.testing.DemoResult;
import io.github.tenken.report.testing.SampleResults;
import io.github.tenken.result.AssessmentResult;
import io.github.tenken.result.ItemResult;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Messages in the JSON report: each is {@code {"key", "args", "text"}}, reads back into the very message of the
 * result, and its {@code text} is its English rendering.
 */
class JsonMessagesTest {

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    private static final MessageCatalog ENGLISH = MessageCatalog.of(Language.EN);

    @Test
    void writesEachKindOfArgumentAsAOneFieldObject() throws IOException {
        JsonNode explanation = STRICT.readTree(JsonReport.toJson(SampleResults.tiny()))
                .at("/checks/0/explanation");
        assertThat(explanation.toString()).isEqualTo("{\"key\":\"sentences\",\"args\":["
                + "{\"message\":{\"key\":\"sample.tiny.summary\",\"args\":[{\"count\":2},{\"count\":8},"
                + "{\"share\":0.25},{\"number\":10.0}],"
                + "\"text\":\"2 of 8 values are missing (25.0%), above the 10% allowed.\"}},"
                + "{\"message\":{\"key\":\"sample.tiny.columns\",\"args\":[{\"list\":[{\"text\":\"x\"},{\"text\":\"y\"}]}],"
                + "\"text\":\"Columns with a missing value: x, y.\"}}],"
                + "\"text\":\"2 of 8 values are missing (25.0%), above the 10% allowed. Columns with a missing value: x, y.\"}");
    }

    @Test
    void everyMessageOfTheDemoReadsBackAndItsTextIsItsEnglishRendering() throws IOException {
        assertRoundTrip(DemoResult.get());
    }

    @Test
    void everyMessageOfTheHandBuiltResultsReadsBackAndItsTextIsItsEnglishRendering() throws IOException {
        assertRoundTrip(SampleResults.rich(42));
        assertRoundTrip(SampleResults.hostile());
        assertRoundTrip(SampleResults.tiny());
    }

    @Test
    void aNonFiniteNumberArgumentIsWrittenAsAStringAndReadsBack() throws IOException {
        Message m = Message.of("sample.synthetic.summary", Arg.count(3), Arg.num(Double.NaN));
        JsonNode node = STRICT.readTree(JsonMappers.writer(JsonOptions.defaults()).writeValueAsString(m));
        assertThat(node.at("/args/1/number").asText()).isEqualTo("NaN");
        assertThat(read(node)).isEqualTo(m);
        assertThat(node.get("text").asText()).isEqualTo("Synthetic check 3 measured NaN.");
    }

    /** Every message-shaped object reads back with its English text, and sits where the result holds it. */
    private static void assertRoundTrip(AssessmentResult result) throws IOException {
        JsonNode root = STRICT.readTree(JsonReport.toJson(result));
        List<String> problems = new ArrayList<>();
        int found = visit(root, "", problems);
        assertThat(problems).isEmpty();

        int expected = 0;
        for (int c = 0; c < result.characteristics().size(); c++) {
            List<ItemResult> items = result.characteristics().get(c).items();
            for (int i = 0; i < items.size(); i++) {
                expected += same(root, "/characteristics/" + c + "/items/" + i + "/note", items.get(i).note());
            }
            List<io.github.tenken.result.Action> actions = result.characteristics().get(c).actions();
            for (int i = 0; i < actions.size(); i++) {
                expected += same(root, "/characteristics/" + c + "/actions/" + i + "/text", actions.get(i).text());
            }
        }
        for (int k = 0; k < result.checks().size(); k++) {
            CheckResult check = result.checks().get(k);
            String at = "/checks/" + k;
            expected += same(root, at + "/explanation", check.explanation());
            for (int m = 0; m < check.measures().size(); m++) {
                if (check.measures().get(m).interval() != null) {
                    expected += same(root, at + "/measures/" + m + "/interval/method",
                            check.measures().get(m).interval().method());
                }
            }
            for (int t = 0; t < check.tables().size(); t++) {
                ResultTable table = check.tables().get(t);
                expected += same(root, at + "/tables/" + t + "/title", table.title());
                for (int r = 0; r < table.rows().size(); r++) {
                    for (int col = 0; col < table.columns().size(); col++) {
                        if (table.rows().get(r).get(col) instanceof Message cell) {
                            expected += same(root, at + "/tables/" + t + "/rows/" + r + "/" + col, cell);
                        }
                    }
                }
            }
            for (int h = 0; h < check.charts().size(); h++) {
                Chart chart = check.charts().get(h);
                String c = at + "/charts/" + h;
                expected += same(root, c + "/title", chart.title());
                expected += chart.xLabel() == null ? 0 : same(root, c + "/xLabel", chart.xLabel());
                expected += chart.yLabel() == null ? 0 : same(root, c + "/yLabel", chart.yLabel());
                for (int s = 0; s < chart.series().size(); s++) {
                    expected += same(root, c + "/series/" + s + "/label", chart.series().get(s).label());
                }
            }
        }
        assertThat(found).as("messages written at the top level of their field").isEqualTo(expected);
    }

    /** Asserts the node at {@code path} reads back as {@code message}; returns 1. */
    private static int same(JsonNode root, String path, Message message) {
        JsonNode node = root.at(path);
        assertThat(node.isMissingNode()).as("%s is written", path).isFalse();
        assertThat(read(node)).as(path).isEqualTo(message);
        return 1;
    }

    /**
     * Checks every message-shaped object under {@code node} (its text against the English rendering of what its key
     * and arguments read back as) and returns how many there are, not counting those nested in another message.
     */
    private static int visit(JsonNode node, String path, List<String> problems) {
        if (isMessage(node)) {
            Message m = read(node);
            String english = ENGLISH.render(m);
            if (!node.get("text").asText().equals(english)) {
                problems.add(path + ": text \"" + node.get("text").asText() + "\" but English is \"" + english + "\"");
            }
            nestedTexts(node, path, problems);
            return 1;
        }
        int n = 0;
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> f : node.properties()) {
                n += visit(f.getValue(), path + "/" + f.getKey(), problems);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                n += visit(node.get(i), path + "/" + i, problems);
            }
        }
        return n;
    }

    /** The texts of the messages nested in a message's arguments are their English renderings too. */
    private static void nestedTexts(JsonNode message, String path, List<String> problems) {
        for (JsonNode arg : message.get("args")) {
            if (arg.has("message")) {
                visit(arg.get("message"), path + "/args/message", problems);
            } else if (arg.has("list")) {
                JsonNode wrapper = STRICT.createObjectNode().set("args", arg.get("list"));
                nestedTexts(wrapper, path + "/args/list", problems);
            }
        }
    }

    private static boolean isMessage(JsonNode node) {
        if (!node.isObject() || node.size() != 3) {
            return false;
        }
        return node.has("key") && node.get("args") != null && node.get("args").isArray() && node.has("text");
    }

    /** A message as the JSON report writes it, read back. */
    static Message read(JsonNode node) {
        List<Arg> args = new ArrayList<>();
        node.get("args").forEach(a -> args.add(arg(a)));
        return new Message(node.get("key").asText(), args);
    }

    private static Arg arg(JsonNode node) {
        assertThat(node.size()).as("an argument is a one-field object: %s", node).isEqualTo(1);
        String kind = node.fieldNames().next();
        JsonNode value = node.get(kind);
        return switch (kind) {
            case "count" -> Arg.count(value.longValue());
            case "share" -> Arg.share(number(value));
            case "number" -> Arg.num(number(value));
            case "text" -> Arg.text(value.asText());
            case "message" -> Arg.message(read(value));
            case "list" -> {
                List<Arg> items = new ArrayList<>();
                value.forEach(i -> items.add(arg(i)));
                yield Arg.join(items);
            }
            default -> throw new AssertionError("unknown argument kind \"" + kind + "\" in " + node);
        };
    }

    private static double number(JsonNode value) {
        return value.isTextual() ? Double.parseDouble(value.asText()) : value.doubleValue();
    }
}
