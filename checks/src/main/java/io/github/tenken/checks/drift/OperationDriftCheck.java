package io.github.tenken.checks.drift;

import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.Input;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.guideline.ExternalCharacteristic;
import io.github.tenken.guideline.InternalCharacteristic;

/**
 * {@code e1.operation-drift}: whether the data seen in operation still follow the training data's distribution,
 * column by column (guideline E-1.2a, data drift monitored in operation).
 */
public final class OperationDriftCheck extends ColumnDriftCheck {

    /** The check with its default parameters and criteria. */
    public OperationDriftCheck() {
        super(CheckDescriptor.builder("e1.operation-drift", "Operation data drift from training",
                        InternalCharacteristic.E_1)
                .description("Compares every feature and the label (when operation data carry it) of the operation "
                        + "data with the training data: Kolmogorov-Smirnov for numeric columns, chi-square of "
                        + "homogeneity for categorical ones, Benjamini-Hochberg across columns; a column drifts when "
                        + "the adjusted p is below alpha and the effect (D or Cramér's V) is at least minEffect. Also "
                        + "counts categories never seen in training.")
                .concerns(ExternalCharacteristic.PERFORMANCE, ExternalCharacteristic.RISK_AVOIDANCE)
                .items("E-1.2a")
                .needs(Input.TRAINING_DATA, Input.OPERATION_DATA)
                .parameters(parameterSpecs())
                .criteria("drifted_columns == 0", "unseen_categories == 0")
                .measures("columns_tested", "drifted_columns", "drifted_share", "label_drifted", "max_ks_statistic",
                        "max_cramers_v", "max_psi", "unseen_categories")
                .build(), DatasetRole.OPERATION);
    }
}
