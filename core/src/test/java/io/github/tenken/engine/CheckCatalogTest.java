package io.github.tenken.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenken.check.Check;
import io.github.tenken.engine.catalog.CatalogChecks;

import org.junit.jupiter.api.Test;

/**
 * Service providers that cannot be loaded (a class that does not exist, a constructor that throws, a descriptor that
 * throws, a second check with an id already taken) are named in {@link CheckCatalog#problems()}; the good checks on
 * the class path still load, sorted by id. The providers are registered by core's test services file.
 */
class CheckCatalogTest {

    @Test
    void brokenProvidersAreReportedAndTheGoodOnesLoad() {
        CheckCatalog catalog = CheckCatalog.discover();
        assertThat(catalog.checks()).extracting(c -> c.descriptor().id())
                .containsExactly("test.catalog.another", "test.catalog.good");
        assertThat(catalog.checks()).extracting(Check::getClass)
                .containsExactly(CatalogChecks.Another.class, CatalogChecks.Good.class);
        assertThat(catalog.problems()).hasSize(4);
        assertThat(catalog.problems()).anySatisfy(p -> assertThat(p)
                .contains("io.github.tenken.engine.catalog.NoSuchCheck").contains("not found"));
        assertThat(catalog.problems()).anySatisfy(p -> assertThat(p)
                .contains("CatalogChecks$ThrowsWhenMade").contains("cannot make this check"));
        assertThat(catalog.problems()).anySatisfy(p -> assertThat(p).isEqualTo(
                "io.github.tenken.engine.catalog.CatalogChecks$SameIdAsGood: a second check with the id "
                        + "test.catalog.good (left out)"));
        assertThat(catalog.problems()).anySatisfy(p -> assertThat(p).isEqualTo(
                "io.github.tenken.engine.catalog.CatalogChecks$BrokenDescriptor: its descriptor failed: no descriptor"));
        assertThat(CheckCatalog.load()).extracting(c -> c.descriptor().id())
                .containsExactly("test.catalog.another", "test.catalog.good");
    }
}
