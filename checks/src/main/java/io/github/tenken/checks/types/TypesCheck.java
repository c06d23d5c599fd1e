package io.github.tenken.checks.types;

import io.github.tenken.check.Check;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.CheckRun;
import io.github.tenken.check.Input;
import io.github.tenken.check.ParameterSpec;
import io.github.tenken.check.PlanContext;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.guideline.ExternalCharacteristic;
import io.github.tenken.guideline.InternalCharacteristic;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code b3.types}: what the types and values of the columns hide, in the training data and in the test and
 * operation data when given (guideline B-3.1b): a column of numbers but for a few stray tokens ({@code forty},
 * {@code NaN}), which the reader keeps as text; one category spelled in several ways ({@code Yes}, {@code yes},
 * {@code " yes"}), the label included; identifier-like columns; constant columns; pairs of columns that are
 * one-to-one ({@code education} and {@code education-num}); and numeric pairs that are nearly collinear.
 *
 * <p>Stray tokens and spelling variants fail by default: they change what the data mean. The other kinds inform:
 * identifier columns are already left out of row identity and drift when their type is identifier (the table says
 * which are not), and a constant, redundant or collinear column is a modelling choice. Pairs are looked for among
 * the first {@code maxPairColumns} feature columns (one-to-one) and numeric feature columns (collinear), at most
 * 64 x 63 / 2 = 2,016 pairs each by default, which keeps the per-row cost bounded on wide data.
 */
public final class TypesCheck implements Check {

    static final String ID = "b3.types";

    private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID,
                    "Column types and values: stray tokens, spelling variants, identifiers, redundancy",
                    InternalCharacteristic.B_3)
            .description("Finds numeric columns turned into text by a few stray tokens, categories spelled in "
                    + "several ways (case, white space), identifier-like and constant columns, one-to-one redundant "
                    + "column pairs and near-collinear numeric pairs, in every dataset given.")
            .concerns(ExternalCharacteristic.PERFORMANCE, ExternalCharacteristic.RISK_AVOIDANCE)
            .items("B-3.1b")
            .needs(Input.TRAINING_DATA)
            .parameters(
                    ParameterSpec.real("minNumericShare", 0.9, 0.5, 1.0,
                            "a text column whose present values are numbers at least this often has stray tokens"),
                    ParameterSpec.integer("maxPairLevels", 50, 2, 1000,
                            "columns with at most this many values are paired to find one-to-one redundancy"),
                    ParameterSpec.real("maxCorrelation", 0.98, 0.0, 1.0,
                            "numeric pairs whose |Pearson r| reaches this are near-collinear"),
                    ParameterSpec.integer("maxPairColumns", 64, 2, 1000,
                            "at most this many columns (in schema order) are paired, for each kind of pair"))
            .criteria("stray_token_columns == 0", "variant_groups == 0")
            .measures("constant_columns", "identifier_columns", "redundant_pairs", "collinear_pairs",
                    "variant_groups", "stray_token_columns", "stray_token_rows")
            .build();

    /** The check with its default criteria: no column with stray tokens, no spelling variants. */
    public TypesCheck() {
    }

    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public CheckRun plan(PlanContext ctx) {
        List<DatasetTypes> datasets = new ArrayList<>();
        for (DatasetRole role : List.of(DatasetRole.TRAINING, DatasetRole.TEST, DatasetRole.OPERATION)) {
            if (ctx.has(role)) {
                datasets.add(DatasetTypes.plan(ctx, role));
            }
        }
        return run -> {
            Findings findings = new Findings();
            datasets.forEach(d -> d.collect(run, findings));
            return TypeReport.outcome(run, findings, datasets.size());
        };
    }
}
