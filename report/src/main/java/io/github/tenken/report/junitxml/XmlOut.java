package io.github.tenken.report.junitxml;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.Writer;

/**
 * A thin, indenting wrapper over the JDK's {@link XMLStreamWriter}, which does the escaping; it also replaces the
 * characters XML 1.0 cannot carry at all (control characters, lone surrogates) with U+FFFD.
 */
final class XmlOut {

    private final XMLStreamWriter writer;

    XmlOut(Writer out) throws XMLStreamException {
        this.writer = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        writer.writeStartDocument("UTF-8", "1.0");
    }

    void start(String name, int depth) throws XMLStreamException {
        indent(depth);
        writer.writeStartElement(name);
    }

    void empty(String name, int depth) throws XMLStreamException {
        indent(depth);
        writer.writeEmptyElement(name);
    }

    void attribute(String name, String value) throws XMLStreamException {
        writer.writeAttribute(name, clean(value));
    }

    /** {@code <name message=".." type="..">body</name>}; type and body omitted when null or empty. */
    void element(String name, int depth, String message, String type, String body) throws XMLStreamException {
        indent(depth);
        if (body == null || body.isEmpty()) {
            writer.writeEmptyElement(name);
        } else {
            writer.writeStartElement(name);
        }
        writer.writeAttribute("message", clean(message));
        if (type != null) {
            writer.writeAttribute("type", type);
        }
        if (body != null && !body.isEmpty()) {
            writer.writeCharacters(clean(body));
            writer.writeEndElement();
        }
    }

    void textElement(String name, int depth, String text) throws XMLStreamException {
        indent(depth);
        writer.writeStartElement(name);
        writer.writeCharacters(clean(text));
        writer.writeEndElement();
    }

    void end(int depth) throws XMLStreamException {
        indent(depth);
        writer.writeEndElement();
    }

    void finish() throws XMLStreamException {
        writer.writeCharacters("\n");
        writer.writeEndDocument();
        writer.flush();
        writer.close();
    }

    private void indent(int depth) throws XMLStreamException {
        writer.writeCharacters("\n" + "  ".repeat(depth));
    }

    /** The text with every character XML 1.0 forbids replaced by U+FFFD. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(ch) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (sb != null) {
                    sb.append(ch).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            ok = ch == '\t' || ch == '\n' || ch == '\r' || (ch >= 0x20 && ch <= 0xD7FF) || (ch >= 0xE000 && ch <= 0xFFFD);
            if (!ok && sb == null) {
                sb = new StringBuilder(text.length());
                sb.append(text, 0, i);
            }
            if (sb != null) {
                sb.append(ok ? ch : '\uFFFD');
            }
        }
        return sb == null ? text : sb.toString();
    }
}
