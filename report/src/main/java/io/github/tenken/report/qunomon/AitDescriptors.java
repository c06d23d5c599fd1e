package io.github.tenken.report.qunomon;

import io.github.tenken.check.Check;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.CheckResult;
import io.github.tenken.engine.CheckCatalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the Qunomon writer finds a check's {@link CheckDescriptor}: a result carries the check's id but not its
 * descriptor, so the descriptors come from the checks on the class path ({@link CheckCatalog}), or from a list a
 * caller gives. A check found in neither (an inline check of a test, say) is described from its result alone: its
 * title, characteristic and items, and its parameters as text, since their types are not known.
 */
public final class AitDescriptors {

    private final Function<String, Optional<CheckDescriptor>> lookup;

    private AitDescriptors(Function<String, Optional<CheckDescriptor>> lookup) {
        this.lookup = lookup;
    }

    /** The descriptors of the checks on the class path, loaded now. */
    public static AitDescriptors fromClassPath() {
        return of(CheckCatalog.load());
    }

    /** The descriptors of these checks. */
    public static AitDescriptors of(List<Check> checks) {
        Map<String, CheckDescriptor> byId = new HashMap<>();
        for (Check c : checks) {
            byId.putIfAbsent(c.descriptor().id(), c.descriptor());
        }
        return new AitDescriptors(id -> Optional.ofNullable(byId.get(id)));
    }


    /** The descriptor of the check that gave this result. */
    CheckDescriptor of(CheckResult result) {
        return lookup.apply(result.checkId()).orElseGet(() -> fromResult(result));
    }

    private static CheckDescriptor fromResult(CheckResult r) {
        CheckDescriptor.Builder b = CheckDescriptor.builder(r.checkId(), r.title(), r.characteristic())
                .items(r.items().toArray(String[]::new))
                .parameters(r.provenance().parameters().entrySet().stream()
                        .map(e -> io.github.tenken.check.ParameterSpec.text(e.getKey(), e.getValue(), ""))
                        .toArray(io.github.tenken.check.ParameterSpec[]::new))
                .criteria(r.provenance().criteria().toArray(String[]::new));
        for (String part : r.parts()) {
            int colon = part.indexOf(':');
            b.shows(part.substring(0, colon), part.substring(colon + 1));
        }
        return b.build();
    }
}
