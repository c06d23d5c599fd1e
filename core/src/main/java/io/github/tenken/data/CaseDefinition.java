package io.github.tenken.data;

import io.github.tenken.internal.Preconditions;

import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;

/**
 * A declared case of the problem domain (guideline A-2, B-1): a name and a conjunction of conditions, such as
 * "older women" = {@code sex = Female AND 60 <= age}.
 *
 * @param name       the case's name
 * @param conditions the conditions, all of which a row must satisfy
 * @param risks      ids of the declared {@link Risk}s the case is meant to cover (A-2.1a); may be empty
 */
public record CaseDefinition(String name, List<Condition> conditions, List<String> risks) {

    public CaseDefinition {
        Preconditions.notBlank(name, "case name");
        conditions = List.copyOf(Preconditions.notEmpty(conditions, "conditions of case \"" + name + "\""));
        risks = risks == null ? List.of() : List.copyOf(risks);
    }

    /** A case that names no risk. */
    public CaseDefinition(String name, List<Condition> conditions) {
        this(name, conditions, List.of());
    }

    /** A case of the given conditions. */
    public static CaseDefinition of(String name, Condition... conditions) {
        return new CaseDefinition(name, List.of(conditions));
    }

    /** This case, meant to cover the risks of these ids. */
    public CaseDefinition covering(String... riskIds) {
        return new CaseDefinition(name, conditions, List.of(riskIds));
    }

    /** Whether the row satisfies every condition. */
    public boolean matches(Table table, int row) {
        return matcher(table.asBatch()).test(row);
    }

    /** A test of the batch's rows against every condition, compiled once for the batch. */
    public IntPredicate matcher(Batch batch) {
        IntPredicate all = row -> true;
        for (Condition c : conditions) {
            all = all.and(c.matcher(batch));
        }
        return all;
    }

    /** {@code sex = Female AND 60 <= age}. */
    public String describe() {
        return conditions.stream().map(Condition::toString).collect(Collectors.joining(" AND "));
    }
}
