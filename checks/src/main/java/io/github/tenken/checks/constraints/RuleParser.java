package io.github.tenken.checks.constraints;

import io.github.tenken.check.Operator;

import java.util.regex.Pattern;

/**
 * Parses a rule across columns, {@code experience == age - education - 6}, by recursive descent:
 *
 * <pre>
 * rule    = sum comparison sum
 * sum     = product { ("+" | "-") product }
 * product = unary { ("*" | "/") unary }
 * unary   = "-" unary | primary
 * primary = number | name | `name with spaces-or-dashes` | "name" | "(" sum ")"
 * </pre>
 *
 * with the comparisons {@code == != < <= > >=} and numbers such as {@code 6}, {@code 0.5}, {@code .5},
 * {@code 1e-3}. An error quotes the rule and names the 1-based position of the token at fault:
 * {@code rule "age - - ": expected a number, a column or "(" at position 8}.
 */
final class RuleParser {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");

    private final String text;
    private int at;

    private RuleParser(String text) {
        this.text = text;
    }

    /** Whether a column name can be written without quotes. */
    static boolean isPlainName(String name) {
        return PLAIN.matcher(name).matches();
    }

    /** The rule's two sides and comparison; an {@link IllegalArgumentException} naming the position otherwise. */
    static Constraint.Compare parse(String text, double tolerance) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a rule must not be empty; write e.g. \"start <= end\"");
        }
        RuleParser p = new RuleParser(text);
        Expression left = p.sum();
        p.skipSpaces();
        int opAt = p.at;
        Operator op = p.comparison();
        if (op == null) {
            throw p.error("expected a comparison (==, !=, <, <=, >, >=)", opAt);
        }
        Expression right = p.sum();
        p.skipSpaces();
        if (p.at < text.length()) {
            throw p.error("expected the end of the rule, found \"" + text.substring(p.at, p.at + 1) + "\"", p.at);
        }
        return new Constraint.Compare(text.strip(), left, op, right, tolerance);
    }

    private Expression sum() {
        Expression e = product();
        while (true) {
            skipSpaces();
            if (peek('+') || peek('-')) {
                char op = text.charAt(at++);
                e = new Expression.Binary(op, e, product());
            } else {
                return e;
            }
        }
    }

    private Expression product() {
        Expression e = unary();
        while (true) {
            skipSpaces();
            if (peek('*') || peek('/')) {
                char op = text.charAt(at++);
                e = new Expression.Binary(op, e, unary());
            } else {
                return e;
            }
        }
    }

    private Expression unary() {
        skipSpaces();
        if (peek('-')) {
            at++;
            Expression operand = unary();
            return operand instanceof Expression.Number n ? new Expression.Number(-n.value())
                    : new Expression.Negate(operand);
        }
        return primary();
    }

    private Expression primary() {
        skipSpaces();
        if (at >= text.length()) {
            throw error("expected a number, a column or \"(\"", at);
        }
        char c = text.charAt(at);
        if (c == '(') {
            int open = at++;
            Expression inner = sum();
            skipSpaces();
            if (!peek(')')) {
                throw error("expected \")\" to close the \"(\" at position " + (open + 1), at);
            }
            at++;
            return inner;
        }
        if (c == '`' || c == '"') {
            int close = text.indexOf(c, at + 1);
            if (close < 0) {
                throw error("the quote " + c + " opened here is never closed", at);
            }
            String name = text.substring(at + 1, close);
            if (name.isBlank()) {
                throw error("an empty column name", at);
            }
            at = close + 1;
            return new Expression.Column(name);
        }
        if (Character.isDigit(c) || c == '.') {
            return number();
        }
        if (Character.isLetter(c) || c == '_') {
            int start = at;
            while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_'
                    || text.charAt(at) == '.')) {
                at++;
            }
            return new Expression.Column(text.substring(start, at));
        }
        throw error("expected a number, a column or \"(\", found \"" + c + "\"", at);
    }

    private Expression number() {
        int start = at;
        digits();
        if (peek('.')) {
            at++;
            digits();
        }
        if (at - start == 1 && text.charAt(start) == '.') {
            throw error("expected a number, a column or \"(\", found \".\"", start);
        }
        if (peek('e') || peek('E')) {
            int mark = at++;
            if (peek('+') || peek('-')) {
                at++;
            }
            int digitsAt = at;
            digits();
            if (at == digitsAt) {
                throw error("expected the digits of an exponent", mark);
            }
        }
        return new Expression.Number(Double.parseDouble(text.substring(start, at)));
    }

    private void digits() {
        while (at < text.length() && Character.isDigit(text.charAt(at))) {
            at++;
        }
    }

    private Operator comparison() {
        for (String symbol : new String[]{"==", "!=", "<=", ">=", "<", ">"}) {
            if (text.startsWith(symbol, at)) {
                at += symbol.length();
                return Operator.ofSymbol(symbol);
            }
        }
        if (peek('=')) {
            throw error("\"=\" is not a comparison; write \"==\"", at);
        }
        return null;
    }

    private boolean peek(char c) {
        return at < text.length() && text.charAt(at) == c;
    }

    private void skipSpaces() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private IllegalArgumentException error(String problem, int index) {
        return new IllegalArgumentException("rule \"" + text + "\": " + problem + " at position " + (index + 1));
    }
}
