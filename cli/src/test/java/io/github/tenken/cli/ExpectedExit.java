package io.github.tenken.cli;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashSet;
import java.util.Set;

/**
 * The exit code a report's JSON calls for, computed from the JSON alone (not by {@link ExitCode}): 0 when the verdict
 * is MET; 3 when every missing item of a characteristic that falls short has no answer, no failing check and is not a
 * measured-only (M) item; 1 otherwise.
 */
final class ExpectedExit {

    private ExpectedExit() {
    }

    static int of(JsonNode report) {
        if (report.get("verdict").asText().equals("MET")) {
            return 0;
        }
        for (JsonNode c : report.get("characteristics")) {
            if (!c.get("verdict").asText().equals("NOT_MET")) {
                continue;
            }
            Set<String> missing = new HashSet<>();
            c.get("missing").forEach(m -> missing.add(m.asText()));
            for (JsonNode item : c.get("items")) {
                if (missing.contains(item.get("itemId").asText()) && (item.get("kind").asText().equals("M")
                        || !item.get("state").asText().equals("MISSING"))) {
                    return 1;
                }
            }
        }
        return 3;
    }
}
