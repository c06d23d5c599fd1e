package io.github.tenken.report;

import io.github.tenken.message.Message;
import io.github.tenken.report.html.HtmlReport;
import io.github.tenken.report.testing.SampleResults;
import io.github.tenken.result.AssessmentResult;
import io.github.tenken.result.CharacteristicResult;
import io.github.tenken.result.ItemResult;
import io.github.tenken.result.ItemState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicFilesTest {

    @Test
    void replacesTheFileWholeAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("report.html");
        Files.writeString(file, "old");
        AtomicFiles.writeString(file, "new content");
        assertThat(Files.readString(file)).isEqualTo("new content");
        assertThat(list(dir)).containsExactly("report.html");
    }

    @Test
    void aFailingWriterLeavesTheOldFileUntouchedAndNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("report.html");
        Files.writeString(file, "the previous report");
        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write("half a report".getBytes(StandardCharsets.UTF_8));
            throw new IllegalStateException("render failed");
        })).isInstanceOf(IllegalStateException.class).hasMessage("render failed");
        assertThat(Files.readString(file)).isEqualTo("the previous report");
        assertThat(list(dir)).containsExactly("report.html");
    }

    @Test
    void whenRenderingTheHtmlThrowsTheExistingReportStays(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("tenken.html");
        Files.writeString(file, "the previous report");
        AssessmentResult broken = withUnknownItem(SampleResults.tiny());
        assertThatThrownBy(() -> HtmlReport.write(broken, ReportLanguage.EN, file))
                .hasStackTraceContaining("unknown level item \"X-9.9z\"");
        assertThat(Files.readString(file)).isEqualTo("the previous report");
        assertThat(list(dir)).containsExactly("tenken.html");
    }

    @Test
    void aNewFileIsReadableByOthersLikeAnyReport(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("new.json");
        AtomicFiles.writeString(file, "{}");
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
        }
        assertThat(Files.readString(file)).isEqualTo("{}");
    }

    /** The result with an item the guideline does not know in its first characteristic, which makes rendering fail. */
    private static AssessmentResult withUnknownItem(AssessmentResult r) {
        List<CharacteristicResult> characteristics = new ArrayList<>(r.characteristics());
        CharacteristicResult first = characteristics.get(0);
        List<ItemResult> items = new ArrayList<>(first.items());
        items.add(new ItemResult("X-9.9z", "1", "P", ItemState.MISSING, List.of(), null,
                Message.literal("unknown")));
        characteristics.set(0, new CharacteristicResult(first.characteristic(), first.required(), first.achieved(),
                first.verdict(), items, first.missing()));
        return new AssessmentResult(r.formatVersion(), r.libraryVersion(), r.component(), r.edition(), r.profile(),
                r.requirements(), r.verdict(), characteristics, r.checks(), r.answers(), r.datasets(), r.model(),
                r.seed(), r.environment(), r.scans(), r.startedAt(), r.duration());
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
