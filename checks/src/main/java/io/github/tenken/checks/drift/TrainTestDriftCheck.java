package io.github.tenken.checks.drift;

import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.Input;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.guideline.ExternalCharacteristic;
import io.github.tenken.guideline.InternalCharacteristic;

/**
 * {@code drift.train-test}: whether the test data follow the training data's distribution, column by column
 * (guideline B-2). It credits no level item: two samples that agree do not show that the data match the
 * distribution expected of the input space (B-2.E2), which a declared expected distribution does.
 */
public final class TrainTestDriftCheck extends ColumnDriftCheck {

    /** The check with its default parameters and criteria. */
    public TrainTestDriftCheck() {
        super(CheckDescriptor.builder("drift.train-test", "Training vs test distribution drift",
                        InternalCharacteristic.B_2)
                .description("Compares every feature and the label of the test data with the training data: "
                        + "Kolmogorov-Smirnov for numeric columns, chi-square of homogeneity for categorical ones, "
                        + "Benjamini-Hochberg across columns; a column drifts when the adjusted p is below alpha and "
                        + "the effect (D or Cramér's V) is at least minEffect, because with many rows tiny shifts are "
                        + "significant. Also counts test categories never seen in training.")
                .concerns(ExternalCharacteristic.PERFORMANCE, ExternalCharacteristic.FAIRNESS)
                .needs(Input.TRAINING_DATA, Input.TEST_DATA)
                .parameters(parameterSpecs())
                .criteria("drifted_columns == 0", "unseen_categories == 0")
                .measures("columns_tested", "drifted_columns", "drifted_share", "label_drifted", "max_ks_statistic",
                        "max_cramers_v", "max_psi", "unseen_categories")
                .build(), DatasetRole.TEST);
    }
}
