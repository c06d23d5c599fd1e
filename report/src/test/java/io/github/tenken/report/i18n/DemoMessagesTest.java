package io.github.tenken.report.i18n;

import io.github.tenken.message.Language;
import io.github.tenken.message.Message;
import io.github.tenken.message.MessageCatalog;
import io.github.tenken.report.testing.DemoResult;
import io.github.tenken.report.testing.ResultMessages;
import io.github.tenken.result.AssessmentResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every message of the real demo assessment has a text in English and in Japanese, with every argument filled. */
class DemoMessagesTest {

    @Test
    void everyMessageOfTheDemoRendersInBothLanguagesWithoutAMissingKeyOrArgument() {
        AssessmentResult demo = DemoResult.get();
        List<ResultMessages.Located> messages = ResultMessages.of(demo);
        // 40 item notes, an explanation per check, titles of tables and charts: far more than the checks alone
        assertThat(messages).hasSizeGreaterThan(demo.checks().size() * 3);
        List<String> problems = new ArrayList<>();
        for (ResultMessages.Located located : messages) {
            for (Message m : ResultMessages.withNested(located.message())) {
                if (m.isLiteral()) {
                    continue;
                }
                for (Language language : Language.values()) {
                    String pattern = MessageCatalog.of(language).pattern(m.key());
                    if (pattern == null) {
                        problems.add(located.where() + ": no " + language.tag() + " text for " + m.key());
                    } else if (Placeholders.highest(pattern) >= m.args().size()) {
                        problems.add(located.where() + ": the " + language.tag() + " text of " + m.key() + " reads {"
                                + Placeholders.highest(pattern) + "} but the message has " + m.args().size()
                                + " arguments");
                    }
                }
            }
            for (Language language : Language.values()) {
                String text = MessageCatalog.of(language).render(located.message());
                if (Placeholders.PLACEHOLDER.matcher(text).find()) {
                    problems.add(located.where() + ": " + language.tag() + " text has a placeholder left: " + text);
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
