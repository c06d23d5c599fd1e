package io.github.tenken.checks.io;

import io.github.tenken.data.Table;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** Reads tiny CSV texts written inside tests. */
final class CsvFixtures {

    private CsvFixtures() {
    }

    static Table read(String name, String text, CsvOptions options, Dictionaries dictionaries) {
        return CsvTableReader.read(name, stream(text), options, dictionaries);
    }

    static Table read(String text, CsvOptions options) {
        return read("tiny.csv", text, options, new Dictionaries());
    }

    static LocatedTable readLocated(String text, CsvOptions options) {
        return CsvTableReader.readLocated("tiny.csv", stream(text), options, new Dictionaries());
    }

    static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
