package io.github.tenken.checks.correctness;

import io.github.tenken.check.Check;
import io.github.tenken.check.CheckResult;
import io.github.tenken.checks.stats.CheckHarness;
import io.github.tenken.data.CaseDefinition;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.Dataset;
import io.github.tenken.data.RiskAttribute;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Table;
import io.github.tenken.engine.Assessment;
import io.github.tenken.guideline.FairnessLevel;
import io.github.tenken.guideline.PerformanceLevel;
import io.github.tenken.guideline.QualityProfile;
import io.github.tenken.guideline.SafetyLevel;
import io.github.tenken.model.Model;
import io.github.tenken.result.AssessmentResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs checks through a real {@link Assessment} in strict mode, as a user would but stricter: a check that reads a
 * statistic it did not plan, or rows it did not declare, fails the test. A fluent helper for tests.
 */
public final class CheckRun {

    private final Map<DatasetRole, Dataset> datasets = new LinkedHashMap<>();
    private ColumnRoles roles = ColumnRoles.none();
    private Model model;
    private long seed = 42;
    private Integer batchRows;
    private Long exactUpTo;
    private final List<String[]> parameters = new ArrayList<>();
    private final List<String[]> criteria = new ArrayList<>();
    private List<CaseDefinition> cases = List.of();
    private RiskAttribute[] riskAttributes = {};

    /** A new run. */
    public static CheckRun with() {
        return new CheckRun();
    }

    /** A dataset in a role. */
    public CheckRun data(DatasetRole role, Dataset table) {
        datasets.put(role, table);
        return this;
    }

    /** Test data. */
    public CheckRun test(Table table) {
        return data(DatasetRole.TEST, table);
    }

    /** Column roles. */
    public CheckRun roles(ColumnRoles r) {
        this.roles = r;
        return this;
    }

    /** The model. */
    public CheckRun model(Model m) {
        this.model = m;
        return this;
    }

    /** The seed. */
    public CheckRun seed(long s) {
        this.seed = s;
        return this;
    }

    /** Rows per scan batch (default: the engine's). */
    public CheckRun batchRows(int rows) {
        this.batchRows = rows;
        return this;
    }

    /** Up to how many values distributions are exact (default: the engine's). */
    public CheckRun exactUpTo(long values) {
        this.exactUpTo = values;
        return this;
    }

    /** The declared cases. */
    public CheckRun cases(CaseDefinition... c) {
        this.cases = List.of(c);
        return this;
    }

    /** The declared risk attributes. */
    public CheckRun riskAttributes(RiskAttribute... r) {
        this.riskAttributes = r.clone();
        return this;
    }

    /** A parameter of a check. */
    public CheckRun parameter(String checkId, String name, String value) {
        parameters.add(new String[]{checkId, name, value});
        return this;
    }

    /** A criterion of a check. */
    public CheckRun criterion(String checkId, String criterion) {
        criteria.add(new String[]{checkId, criterion});
        return this;
    }

    /** Runs the checks. */
    public AssessmentResult run(Check... checks) {
        Assessment.Builder b = Assessment.builder()
                .profile(QualityProfile.of(SafetyLevel.AISL_0_1, PerformanceLevel.AIPL_1, FairnessLevel.AIFL_1))
                .roles(roles).model(model).checks(List.of(checks)).seed(seed).strict(true);
        if (batchRows != null) {
            b.batchRows(batchRows);
        }
        if (exactUpTo != null) {
            b.exactUpTo(exactUpTo);
        }
        datasets.forEach(b::dataset);
        if (!cases.isEmpty()) {
            b.cases(cases);
        }
        if (riskAttributes.length > 0) {
            b.riskAttributes(riskAttributes);
        }
        parameters.forEach(p -> b.parameter(p[0], p[1], p[2]));
        criteria.forEach(c -> b.criterion(c[0], c[1]));
        AssessmentResult result = b.build().run();
        CheckHarness.assertStrictAndFused(result);
        return result;
    }

    /** Runs one check and returns its result. */
    public CheckResult runOne(Check check) {
        return run(check).check(check.descriptor().id()).orElseThrow();
    }
}
