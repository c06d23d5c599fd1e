package io.github.tenken.checks.types;

import io.github.tenken.data.DatasetRole;

import java.util.ArrayList;
import java.util.List;

/** What {@code b3.types} found in every dataset, kind by kind, in dataset and column order. */
final class Findings {

    /** A token of a mostly numeric column that is not a number. */
    record Token(String value, long rows, long firstRow) {
    }

    /** A column whose values are numbers but for some tokens. */
    record Stray(DatasetRole role, String column, long present, long numeric, List<Token> tokens) {
        long strayRows() {
            return present - numeric;
        }
    }

    /** One value and its rows. */
    record Counted(String value, long rows) {
    }

    /** Values of a column that differ only in case or white space. */
    record Variants(DatasetRole role, String column, List<Counted> values) {
        long rows() {
            return values.stream().mapToLong(Counted::rows).sum();
        }
    }

    /** A column that identifies rows; {@code declared} when its type is already identifier. */
    record Identifier(DatasetRole role, String column, String type, long distinct, long present, boolean declared) {
    }

    /** A column holding one value. */
    record Constant(DatasetRole role, String column, Object value, long rows) {
    }

    /** Two columns one-to-one. */
    record Redundant(DatasetRole role, OneToOnePairs.Pair pair) {
    }

    /** Two numeric columns nearly collinear. */
    record Collinear(DatasetRole role, String first, String second, double r, long rows) {
    }

    final List<Stray> strays = new ArrayList<>();
    final List<Variants> variants = new ArrayList<>();
    final List<Identifier> identifiers = new ArrayList<>();
    final List<Constant> constants = new ArrayList<>();
    final List<Redundant> redundant = new ArrayList<>();
    final List<Collinear> collinear = new ArrayList<>();
    int columnsChecked;
}
