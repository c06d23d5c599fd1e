package io.github.tenken.junit;

import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.AssertionErrorCollector;

import java.util.function.Supplier;

/**
 * The base of Tenken's assertions: a failed expectation either throws at once (hard mode, from
 * {@link QualityAssertions}) or is collected and reported with every other one by
 * {@link SoftQualityAssertions#assertAll()} (soft mode).
 *
 * <p>In soft mode a navigation that finds nothing ({@code check("unknown")}) collects its failure and returns an
 * assertion on nothing, whose own expectations are then skipped rather than reported a second time.
 *
 * @param <SELF>   the concrete assertion type
 * @param <ACTUAL> the type of the value under test
 */
abstract class AbstractQualityAssert<SELF extends AbstractQualityAssert<SELF, ACTUAL>, ACTUAL>
        extends AbstractAssert<SELF, ACTUAL> {

    private final AssertionErrorCollector collector;

    /**
     * An assertion on {@code actual}.
     *
     * @param actual    the value under test; {@code null} only after a failed navigation in soft mode
     * @param selfType  the concrete assertion type
     * @param collector where failures go in soft mode; {@code null} to throw them
     */
    AbstractQualityAssert(ACTUAL actual, Class<?> selfType, AssertionErrorCollector collector) {
        super(actual, selfType);
        this.collector = collector;
    }

    /** Where failures go in soft mode; {@code null} in hard mode. Child assertions share it. */
    final AssertionErrorCollector collector() {
        return collector;
    }

    /**
     * Whether the expectations of this assertion are to be skipped: its navigation already failed in soft mode. A
     * {@code null} value in hard mode fails here, as AssertJ's {@code isNotNull()} would.
     */
    final boolean skipped() {
        if (actual != null) {
            return false;
        }
        if (collector == null) {
            throw failure("%s", "\nExpecting actual not to be null");
        }
        return true;
    }

    /** Passes when {@code holds}; otherwise fails with the message (built only on failure). */
    final SELF expect(boolean holds, Supplier<FailureMessage> message) {
        if (holds) {
            if (collector != null) {
                collector.succeeded();
            }
            return myself;
        }
        return fail(message.get().toString());
    }

    /** Fails with the message: throws it in hard mode, collects it in soft mode. */
    final SELF fail(String message) {
        // "%s" keeps a '%' in the message (as in "95% CI") from being read as a format specifier
        AssertionError error = failure("%s", message);
        if (collector == null) {
            throw error;
        }
        collector.collectAssertionError(error);
        return myself;
    }

    /** Gives a child assertion this assertion's description, so {@code as("gate")} carries over a navigation. */
    final <A extends AbstractAssert<?, ?>> A inherit(A child) {
        if (info.hasDescription()) {
            child.as(info.description());
        }
        return child;
    }
}
