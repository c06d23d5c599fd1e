package io.github.tenken.checks.types;

import io.github.tenken.check.CheckContext;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.ResultTable;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.message.Arg;
import io.github.tenken.message.Message;

import java.util.List;

/** The outcome of {@code b3.types}: a measure and a table per kind of finding, and a sentence naming the first. */
final class TypeReport {

    private static final String ID = TypesCheck.ID;

    private TypeReport() {
    }

    static Outcome outcome(CheckContext run, Findings f, int datasets) {
        long strayRows = f.strays.stream().mapToLong(Findings.Stray::strayRows).sum();
        Outcome.Builder out = Outcome.builder()
                .measure(run.judged("stray_token_columns", f.strays.size(), "columns"))
                .measure(run.judged("stray_token_rows", strayRows, "rows"))
                .measure(run.judged("variant_groups", f.variants.size(), "groups"))
                .measure(run.judged("identifier_columns", f.identifiers.size(), "columns"))
                .measure(run.judged("constant_columns", f.constants.size(), "columns"))
                .measure(run.judged("redundant_pairs", f.redundant.size(), "pairs"))
                .measure(run.judged("collinear_pairs", f.collinear.size(), "pairs"));
        tables(run, f, out);
        Message first = first(f);
        Message sentence = first == null
                ? Message.of(ID + ".clean", Arg.count(f.columnsChecked), Arg.count(datasets))
                : Message.of("sentences", first, Message.of(ID + ".counts", Arg.count(f.strays.size()),
                        Arg.count(f.variants.size()), Arg.count(f.identifiers.size()), Arg.count(f.constants.size()),
                        Arg.count(f.redundant.size()), Arg.count(f.collinear.size())));
        return out.explanation(sentence).build();
    }

    private static Message role(DatasetRole role) {
        return Message.of("role." + role.key());
    }

    /** The first finding, in the order of the kinds, as a sentence; {@code null} when there is none. */
    private static Message first(Findings f) {
        if (!f.strays.isEmpty()) {
            Findings.Stray s = f.strays.get(0);
            Findings.Token t = s.tokens().get(0);
            return Message.of(ID + ".first.stray", Arg.text(s.column()), role(s.role()), Arg.count(s.strayRows()),
                    Arg.count(s.present()), Arg.text(t.value()), Arg.count(t.firstRow()));
        }
        if (!f.variants.isEmpty()) {
            Findings.Variants v = f.variants.get(0);
            return Message.of(ID + ".first.variants", Arg.text(v.column()), role(v.role()),
                    Arg.count(v.values().size()), values(v));
        }
        if (!f.identifiers.isEmpty()) {
            Findings.Identifier i = f.identifiers.get(0);
            return i.declared()
                    ? Message.of(ID + ".first.identifierDeclared", Arg.text(i.column()), role(i.role()))
                    : Message.of(ID + ".first.identifier", Arg.text(i.column()), role(i.role()),
                    Arg.count(i.distinct()), Arg.count(i.present()));
        }
        if (!f.constants.isEmpty()) {
            Findings.Constant c = f.constants.get(0);
            return Message.of(ID + ".first.constant", Arg.text(c.column()), role(c.role()), Arg.of(c.value()));
        }
        if (!f.redundant.isEmpty()) {
            Findings.Redundant r = f.redundant.get(0);
            return Message.of(ID + ".first.redundant", Arg.text(r.pair().first()), Arg.text(r.pair().second()),
                    role(r.role()), Arg.count(r.pair().levels()), Arg.count(r.pair().rows()));
        }
        if (!f.collinear.isEmpty()) {
            Findings.Collinear c = f.collinear.get(0);
            return Message.of(ID + ".first.collinear", Arg.text(c.first()), Arg.text(c.second()), role(c.role()),
                    Arg.num(c.r()), Arg.count(c.rows()));
        }
        return null;
    }

    /** The spellings of a variant group with their rows, e.g. {@code "Yes" (12), "yes" (3)}. */
    private static Message values(Findings.Variants v) {
        List<Arg> items = v.values().stream()
                .map(c -> Arg.message(Message.of(ID + ".valueCount", Arg.text(c.value()), Arg.count(c.rows()))))
                .toList();
        return Message.of(ID + ".values", Arg.join(items));
    }

    /** One table per kind that has findings. */
    private static void tables(CheckContext run, Findings f, Outcome.Builder out) {
        if (!f.strays.isEmpty()) {
            ResultTable.Builder t = ResultTable.builder("stray-tokens", Message.of(ID + ".table.stray"),
                    "dataset", "column", "value", "rows", "first_row");
            for (Findings.Stray s : f.strays) {
                List<Findings.Token> tokens = s.tokens();
                int shown = Math.min(tokens.size(), DatasetTypes.MAX_TOKENS);
                for (Findings.Token k : tokens.subList(0, shown)) {
                    t.row(s.role().key(), s.column(), k.value(), k.rows(), k.firstRow());
                }
                if (shown < tokens.size()) {
                    List<Findings.Token> rest = tokens.subList(shown, tokens.size());
                    t.row(s.role().key(), s.column(), Message.of(ID + ".moreTokens", Arg.count(rest.size())),
                            rest.stream().mapToLong(Findings.Token::rows).sum(),
                            rest.stream().mapToLong(Findings.Token::firstRow).min().orElseThrow());
                }
            }
            out.table(t.build());
        }
        if (!f.variants.isEmpty()) {
            ResultTable.Builder t = ResultTable.builder("variants", Message.of(ID + ".table.variants"),
                    "dataset", "column", "values", "variants", "rows");
            f.variants.forEach(v -> t.row(v.role().key(), v.column(), values(v), (long) v.values().size(), v.rows()));
            out.table(t.build());
        }
        if (!f.identifiers.isEmpty()) {
            ResultTable.Builder t = ResultTable.builder("identifiers", Message.of(ID + ".table.identifiers"),
                    "dataset", "column", "type", "distinct", "present", "note");
            f.identifiers.forEach(i -> t.row(i.role().key(), i.column(), i.type(),
                    i.declared() ? null : i.distinct(), i.declared() ? null : i.present(),
                    Message.of(ID + (i.declared() ? ".identifier.excluded" : ".identifier.declare"))));
            out.table(t.build());
        }
        if (!f.constants.isEmpty()) {
            ResultTable.Builder t = ResultTable.builder("constant", Message.of(ID + ".table.constant"),
                    "dataset", "column", "value", "rows");
            f.constants.forEach(c -> t.row(c.role().key(), c.column(), c.value(), c.rows()));
            out.table(t.build());
        }
        if (!f.redundant.isEmpty()) {
            ResultTable.Builder t = ResultTable.builder("redundant-pairs", Message.of(ID + ".table.redundant"),
                    "dataset", "first", "second", "levels", "rows");
            f.redundant.forEach(r -> t.row(r.role().key(), r.pair().first(), r.pair().second(),
                    (long) r.pair().levels(), r.pair().rows()));
            out.table(t.build());
        }
        if (!f.collinear.isEmpty()) {
            ResultTable.Builder t = ResultTable.builder("collinear-pairs", Message.of(ID + ".table.collinear",
                    Arg.num(run.parameters().getDouble("maxCorrelation"))),
                    "dataset", "first", "second", "correlation", "rows");
            f.collinear.forEach(c -> t.row(c.role().key(), c.first(), c.second(), c.r(), c.rows()));
            out.table(t.build());
        }
    }
}
