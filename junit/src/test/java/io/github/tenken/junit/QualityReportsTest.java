package io.github.tenken.junit;

import io.github.tenken.result.AssessmentResult;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Recording results: default and explicit names, unique names under concurrency, bad names rejected. */
class QualityReportsTest {

    private static final AssessmentResult RESULT = GateFixtures.passing();

    @Test
    void namesDefaultToTheMethodAndRepeatsGetASuffix() {
        RecordedResults recorded = new RecordedResults();
        QualityReports reports = new QualityReports(recorded, "meetsItsProfile", Path.of("target/tenken/X"));

        assertThat(reports.record(RESULT)).isSameAs(RESULT);
        reports.record(RESULT);
        reports.record("income-classifier", RESULT);
        reports.record("meetsItsProfile-2", RESULT);

        assertThat(recorded.entries()).extracting(RecordedResults.Entry::baseName)
                .containsExactly("meetsItsProfile", "meetsItsProfile-2", "income-classifier", "meetsItsProfile-2-2");
        assertThat(reports.directory()).isEqualTo(Path.of("target/tenken/X"));
    }

    @Test
    void concurrentRecordsAllGetDistinctNames() throws Exception {
        RecordedResults recorded = new RecordedResults();
        QualityReports reports = new QualityReports(recorded, "gate", Path.of("."));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                futures.add(pool.submit(() -> reports.record(RESULT)));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        List<String> expected = new ArrayList<>(List.of("gate"));
        IntStream.rangeClosed(2, 200).forEach(n -> expected.add("gate-" + n));
        assertThat(recorded.entries()).extracting(RecordedResults.Entry::baseName)
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aNameThatIsNoPlainFileNameIsRejected() {
        QualityReports reports = new QualityReports(new RecordedResults(), "gate", Path.of("."));
        assertThatIllegalArgumentException().isThrownBy(() -> reports.record("../escape", RESULT))
                .withMessage("report name must be a plain file name such as \"income-classifier\", was \"../escape\"");
        assertThatIllegalArgumentException().isThrownBy(() -> reports.record(" ", RESULT))
                .withMessage("report name must be a plain file name such as \"income-classifier\", was \" \"");
    }
}
