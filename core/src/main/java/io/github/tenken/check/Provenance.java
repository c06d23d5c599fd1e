package io.github.tenken.check;

import io.github.tenken.data.DatasetFingerprint;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a result came from: library version, the datasets it read, the model, its parameters and criteria, the
 * seed, and when and how long it ran.
 *
 * @param libraryVersion Tenken's version
 * @param datasets       fingerprints of the datasets the check read
 * @param model          the model's description, or empty
 * @param parameters     the resolved parameters, sorted by name
 * @param criteria       the criteria in force
 * @param seed           the seed the check used
 * @param startedAt      when it started
 * @param duration       how long it ran
 */
public record Provenance(String libraryVersion, List<DatasetFingerprint> datasets, String model,
                         Map<String, String> parameters, List<String> criteria, long seed, Instant startedAt,
                         Duration duration) {

    public Provenance {
        datasets = List.copyOf(datasets);
        model = model == null ? "" : model;
        parameters = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(parameters));
        criteria = List.copyOf(criteria);
    }
}
