package io.github.tenken.message;

import io.github.tenken.internal.Preconditions;

import java.util.Arrays;
import java.util.List;

/**
 * A sentence, title or note of a result, as a key into the message bundles with typed arguments rather than as
 * English text, so that every renderer shows it in its reader's language ({@link MessageCatalog}).
 *
 * <pre>{@code
 * Message.of("b3.duplicates.summary", Arg.count(24), Arg.count(32561), Arg.share(0.0007))
 * // en: "24 of 32,561 training rows (0.1%) duplicate an earlier row"
 * // ja: "学習データ 32,561 行のうち 24 行 (0.1%) が先行する行の重複です"
 * }</pre>
 *
 * <p>A key has the form {@code <namespace>.<name>}, the namespace being a check id ({@code b3.duplicates}) or an
 * area of Tenken ({@code engine}, {@code item}). A user's own check may skip bundles with {@link #literal}.
 *
 * @param key  the bundle key
 * @param args the arguments, in the order of the pattern's {@code {0}}, {@code {1}} ...
 */
public record Message(String key, List<Arg> args) {

    /** The key of a {@link #literal} message. */
    public static final String LITERAL = "literal";

    public Message {
        Preconditions.notBlank(key, "message key");
        args = List.copyOf(args);
    }

    /** A message of this key; plain arguments are typed by {@link Arg#of}. */
    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.stream(args).map(Arg::of).toList());
    }

    /** Text shown as it is in every language: for a user's own check that ships no bundle. */
    public static Message literal(String text) {
        return new Message(LITERAL, List.of(Arg.text(text)));
    }

    /** Whether this is a {@link #literal}. */
    public boolean isLiteral() {
        return key.equals(LITERAL);
    }
}
