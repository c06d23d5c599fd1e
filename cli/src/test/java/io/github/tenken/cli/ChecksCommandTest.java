package io.github.tenken.cli;

import io.github.tenken.check.Check;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.CheckRun;
import io.github.tenken.check.Input;
import io.github.tenken.check.ParameterSpec;
import io.github.tenken.check.PlanContext;
import io.github.tenken.engine.CheckCatalog;
import io.github.tenken.guideline.InternalCharacteristic;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChecksCommandTest {

    @Test
    void listsEveryCheckOfTheCatalogueWithItsCharacteristic() {
        CliRun run = CliRun.of("checks");
        assertThat(run.exit()).isZero();
        List<Check> catalogue = CheckCatalog.load();
        assertThat(catalogue).isNotEmpty();
        for (Check c : catalogue) {
            CheckDescriptor d = c.descriptor();
            assertThat(run.out().lines()).as(d.id())
                    .anyMatch(l -> l.matches(java.util.regex.Pattern.quote(d.id()) + " +" + d.characteristic().code() + " .*"));
        }
        assertThat(run.out()).endsWith("\n" + catalogue.size() + " checks\n");
    }

    @Test
    void rendersParametersWithDefaultAndRangeOneLineEach() {
        Check fake = new Check() {
            @Override
            public CheckDescriptor descriptor() {
                return CheckDescriptor.builder("x.fake", "fake", InternalCharacteristic.C_2).items("C-2.2a")
                        .needs(Input.TEST_DATA, Input.MODEL)
                        .parameters(ParameterSpec.real("epsilon", 0.05, 0, 10, "noise"),
                                ParameterSpec.text("positiveClass", "", "class"))
                        .criteria("flip_rate <= 0.05")
                        .measures("flip_rate", "flip_rate.*", "mean_abs_change", "max_stable_noise", "rows",
                                "perturbed_features").build();
            }

            @Override
            public CheckRun plan(PlanContext context) {
                throw new UnsupportedOperationException();
            }
        };
        assertThat(ChecksCommand.render(List.of(fake))).isEqualTo("""
                id      characteristic  level items  inputs     parameters (default, range)  default criteria   measures
                ------  --------------  -----------  ---------  ---------------------------  -----------------  ----------------------------------------
                x.fake  C-2             C-2.2a       test data  epsilon = 0.05 [0, 10]       flip_rate <= 0.05  flip_rate, flip_rate.*, mean_abs_change,
                                                     a model    positiveClass = ""                              max_stable_noise, rows,
                                                                                                                perturbed_features

                1 check
                """);
    }
}
