package io.github.tenken.check;

import io.github.tenken.guideline.ExternalCharacteristic;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.guideline.LevelItems;
import io.github.tenken.guideline.Stage;
import io.github.tenken.internal.Preconditions;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a check declares about itself: id, title, the internal characteristic it serves and the external ones it
 * concerns, the level items it supports, the inputs it needs, its parameters and default criteria.
 *
 * @param id              a stable id, e.g. {@code b3.missing-values}
 * @param title           a short title
 * @param description     what it measures and why, in one or two sentences
 * @param characteristic  the internal characteristic it serves
 * @param concerns        external characteristics it speaks to (e.g. fairness)
 * @param items           level item ids it supports
 * @param inputs          inputs it needs
 * @param parameters      its parameters with defaults
 * @param defaultCriteria criteria applied unless the user overrides them, by measure
 * @param parts           the parts of its items it shows, as {@code item:part} (e.g. {@code B-3.1b:outliers}); an
 *                        item with {@linkplain io.github.tenken.guideline.LevelItem#measuredParts() measured parts}
 *                        is met by checks only when passing checks show every part
 * @param measures        the names of the measures it emits, in order: a name such as {@code accuracy}, or a family
 *                        such as {@code flip_rate.*} (the prefix {@code flip_rate.} followed by a column, class or
 *                        group name); empty when the check does not declare them (criteria on it are then not
 *                        validated before it runs)
 */
public record CheckDescriptor(String id, String title, String description, InternalCharacteristic characteristic,
                              Set<ExternalCharacteristic> concerns, List<String> items, Set<Input> inputs,
                              List<ParameterSpec> parameters, List<Criterion> defaultCriteria, List<String> parts,
                              List<String> measures) {

    /** A measure family's suffix: {@code recall.*} declares {@code recall.<class>} for any class. */
    public static final String FAMILY = ".*";

    public CheckDescriptor {
        Preconditions.notBlank(id, "check id");
        Preconditions.notBlank(title, "title of " + id);
        Preconditions.notNull(characteristic, "characteristic of " + id);
        concerns = concerns.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(concerns));
        items = List.copyOf(items);
        items.forEach(LevelItems::get);
        inputs = inputs.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(inputs));
        parameters = List.copyOf(parameters);
        defaultCriteria = List.copyOf(defaultCriteria);
        description = description == null ? "" : description;
        parts = List.copyOf(parts);
        for (String part : parts) {
            requireKnownPart(id, items, part);
        }
        measures = List.copyOf(measures);
        for (String m : measures) {
            String name = m.endsWith(FAMILY) ? m.substring(0, m.length() - FAMILY.length()) : m;
            Preconditions.check(name.matches("[A-Za-z_][\\w.\\-]*") && !name.endsWith("."),
                    "%s: measure declaration \"%s\" is not a name or a family name.*", id, m);
            Preconditions.check(measures.indexOf(m) == measures.lastIndexOf(m), "%s: measure %s is declared twice",
                    id, m);
        }
        if (!measures.isEmpty()) {
            for (Criterion c : defaultCriteria) {
                Preconditions.check(declares(measures, c.measure()), "%s: default criterion \"%s\" names no measure "
                        + "of the check; its measures are %s", id, c, measures);
            }
        }
    }

    /** Whether the check declares the measures it emits ({@link #measures} not empty). */
    public boolean declaresMeasures() {
        return !measures.isEmpty();
    }

    /**
     * Whether a measure of this name is declared: by its name, or by a family {@code prefix.*} it extends with at
     * least one character. A check that declares no measures declares none.
     */
    public boolean declares(String measure) {
        return declares(measures, measure);
    }

    private static boolean declares(List<String> measures, String measure) {
        for (String m : measures) {
            if (m.endsWith(FAMILY)) {
                String prefix = m.substring(0, m.length() - 1);
                if (measure.length() > prefix.length() && measure.startsWith(prefix)) {
                    return true;
                }
            } else if (m.equals(measure)) {
                return true;
            }
        }
        return false;
    }

    private static void requireKnownPart(String id, List<String> items, String part) {
        int colon = part.indexOf(':');
        String item = colon < 0 ? part : part.substring(0, colon);
        if (colon < 0 || !items.contains(item)
                || !LevelItems.get(item).measuredParts().contains(part.substring(colon + 1))) {
            throw new IllegalArgumentException(id + ": part \"" + part + "\" is not item:part of one of its items "
                    + items + " and that item's measured parts");
        }
    }

    /** A builder, the readable way to declare a check. */
    public static Builder builder(String id, String title, InternalCharacteristic characteristic) {
        return new Builder(id, title, characteristic);
    }

    /** The lifecycle stage, from the characteristic. */
    public Stage stage() {
        return characteristic.stage();
    }

    /** The declared parameter of this name. */
    public Optional<ParameterSpec> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The inputs in a stable order. */
    public List<Input> sortedInputs() {
        return inputs.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(inputs));
    }

    /** Builds a {@link CheckDescriptor}. */
    public static final class Builder {
        private final String id;
        private final String title;
        private final InternalCharacteristic characteristic;
        private String description = "";
        private final Set<ExternalCharacteristic> concerns = EnumSet.noneOf(ExternalCharacteristic.class);
        private List<String> items = List.of();
        private final Set<Input> inputs = EnumSet.noneOf(Input.class);
        private List<ParameterSpec> parameters = List.of();
        private List<Criterion> criteria = List.of();
        private final List<String> parts = new java.util.ArrayList<>();
        private List<String> measures = List.of();

        private Builder(String id, String title, InternalCharacteristic characteristic) {
            this.id = id;
            this.title = title;
            this.characteristic = characteristic;
        }

        /** What the check measures and why. */
        public Builder description(String text) {
            this.description = text;
            return this;
        }

        /** External characteristics it speaks to. */
        public Builder concerns(ExternalCharacteristic... c) {
            concerns.addAll(List.of(c));
            return this;
        }

        /** Level items it supports. */
        public Builder items(String... ids) {
            this.items = List.of(ids);
            return this;
        }

        /**
         * Which measured part of an item it shows, e.g. {@code shows("B-3.1b", "outliers")}; the item must be among
         * its {@link #items}, the part among the item's {@code measuredParts}.
         */
        public Builder shows(String item, String part) {
            parts.add(item + ":" + part);
            return this;
        }

        /** Inputs it needs. */
        public Builder needs(Input... in) {
            inputs.addAll(List.of(in));
            return this;
        }

        /** Its parameters. */
        public Builder parameters(ParameterSpec... p) {
            this.parameters = List.of(p);
            return this;
        }

        /** Default criteria, written as {@code "accuracy >= 0.8"}. */
        public Builder criteria(String... c) {
            this.criteria = java.util.Arrays.stream(c).map(Criterion::parse).toList();
            return this;
        }

        /**
         * The names of the measures it emits, e.g. {@code measures("accuracy", "balanced_accuracy", "recall.*")}; a
         * name ending in {@code .*} declares a family (one measure per column, class or group). Criteria may name
         * only declared measures.
         */
        public Builder measures(String... names) {
            this.measures = List.of(names);
            return this;
        }

        /** The descriptor. */
        public CheckDescriptor build() {
            return new CheckDescriptor(id, title, description, characteristic, concerns, items, inputs, parameters,
                    criteria, parts, measures);
        }
    }
}
