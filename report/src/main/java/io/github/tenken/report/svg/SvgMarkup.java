package io.github.tenken.report.svg;

import gg.jte.Content;
import gg.jte.TemplateOutput;

import java.util.Objects;

/**
 * Finished SVG markup that is safe to embed: built only by {@link SvgBuilder}, which escapes every text and attribute
 * value, so a template can write it without escaping it again.
 *
 * @param markup the {@code <svg>} element
 */
public record SvgMarkup(String markup) implements Content {

    public SvgMarkup {
        Objects.requireNonNull(markup, "markup");
    }

    @Override
    public void writeTo(TemplateOutput output) {
        output.writeContent(markup);
    }

    @Override
    public String toString() {
        return markup;
    }
}
