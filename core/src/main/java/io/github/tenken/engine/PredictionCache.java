package io.github.tenken.engine;

import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Table;
import io.github.tenken.model.Model;
import io.github.tenken.model.Predictions;

import java.util.EnumMap;
import java.util.Map;

/** Predicts each dataset once with the assessment's model and shares the predictions with every check. */
final class PredictionCache {

    private final Model model;
    private final Map<DatasetRole, Predictions> cache = new EnumMap<>(DatasetRole.class);

    PredictionCache(Model model) {
        this.model = model;
    }

    synchronized Predictions get(DatasetRole role, Table table) {
        Predictions p = cache.get(role);
        if (p == null) {
            p = model.predict(table);
            if (p.size() != table.rowCount()) {
                throw new IllegalStateException("model " + model.description() + " gave " + p.size()
                        + " predictions for " + table.rowCount() + " rows of " + table.name());
            }
            cache.put(role, p);
        }
        return p;
    }
}
