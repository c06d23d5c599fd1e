package io.github.tenken.smile;

import io.github.tenken.check.CheckResult;
import io.github.tenken.checks.correctness.CheckRun;
import io.github.tenken.checks.correctness.RegressionPerformanceCheck;
import io.github.tenken.checks.io.CsvOptions;
import io.github.tenken.checks.io.CsvTableReader;
import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.Table;
import io.github.tenken.model.Model;
import io.github.tenken.model.ModelKind;
import io.github.tenken.model.Predictions;
import org.junit.jupiter.api.Test;
import smile.validation.metric.MAD;
import smile.validation.metric.R2;
import smile.validation.metric.RMSE;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** c1.regression on the diabetes data with a least-squares line on bmi, cross-checked against Smile's metrics. */
class DiabetesRegressionTest {

    /** From the datasets of tenken-checks' test jar. */
    private static final String DIABETES = "/datasets/diabetes.csv.gz";

    /** {@code target = a + b * bmi}. */
    private record Line(double a, double b) implements Model {
        @Override
        public ModelKind kind() {
            return ModelKind.REGRESSION;
        }

        @Override
        public List<String> classes() {
            return List.of();
        }

        @Override
        public Predictions predict(Table table) {
            double[] bmi = table.numeric("bmi").copyValues();
            for (int i = 0; i < bmi.length; i++) {
                bmi[i] = a + b * bmi[i];
            }
            return Predictions.regression(bmi);
        }

        @Override
        public String description() {
            return "target = " + a + " + " + b + " bmi";
        }
    }

    @Test
    void metricsAgreeWithSmileAndTheSquaredCorrelation() throws java.io.IOException {
        Table diabetes;
        try (java.io.InputStream in = DiabetesRegressionTest.class.getResourceAsStream(DIABETES)) {
            diabetes = CsvTableReader.read("diabetes.csv.gz", in, CsvOptions.defaults(), new Dictionaries());
        }
        double[] x = diabetes.numeric("bmi").copyValues();
        double[] y = diabetes.numeric("target").copyValues();
        assertThat(y).hasSize(442);
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        Line line = new Line(my - sxy / sxx * mx, sxy / sxx);
        double[] predicted = line.predict(diabetes).copyValues();

        CheckResult r = CheckRun.with().test(diabetes).roles(ColumnRoles.label("target")).model(line)
                .criterion("c1.regression", "r2 >= 0.3").runOne(new RegressionPerformanceCheck());

        double rmse = r.measure("rmse").orElseThrow().value();
        double mae = r.measure("mae").orElseThrow().value();
        double r2 = r.measure("r2").orElseThrow().value();
        assertThat(rmse).isCloseTo(RMSE.of(y.clone(), predicted.clone()), within(1e-9));
        assertThat(mae).isCloseTo(MAD.of(y.clone(), predicted.clone()), within(1e-9));
        assertThat(r2).isCloseTo(R2.of(y.clone(), predicted.clone()), within(1e-12));
        // in-sample least squares with an intercept: R2 is the squared correlation
        assertThat(r2).isCloseTo(sxy * sxy / (sxx * syy), within(1e-12));
        assertThat(r2).isCloseTo(0.3439, within(0.0001));
        var ci = r.measure("rmse").orElseThrow().interval();
        assertThat(ci.lower()).isLessThan(rmse);
        assertThat(ci.upper()).isGreaterThan(rmse);
        // 442 rows give an RMSE interval about 11% of the RMSE wide: slightly too few for the default 10%
        assertThat(r.measure("rmse_ci_relative_width").orElseThrow().value()).isBetween(0.1, 0.2);
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        return s / v.length;
    }
}
