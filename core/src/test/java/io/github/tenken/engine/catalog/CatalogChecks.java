package io.github.tenken.engine.catalog;

import io.github.tenken.check.Check;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.CheckRun;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.PlanContext;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.message.Message;

/**
 * Checks that {@code src/test/resources/META-INF/services/io.github.tenken.check.Check} registers for the
 * catalogue test: two good ones, and one broken in each way a provider can break (the services file also names a
 * class that does not exist).
 */
public final class CatalogChecks {

    private CatalogChecks() {
    }

    /** A check of this id that does nothing. */
    abstract static class Named implements Check {
        private final String id;

        Named(String id) {
            this.id = id;
        }

        @Override
        public CheckDescriptor descriptor() {
            return CheckDescriptor.builder(id, id, InternalCharacteristic.B_3).build();
        }

        @Override
        public CheckRun plan(PlanContext ctx) {
            return run -> Outcome.builder().explanation(Message.literal(id)).build();
        }
    }

    /** A good check, listed after {@link Good} in the services file but sorted before it by id. */
    public static final class Another extends Named {
        public Another() {
            super("test.catalog.another");
        }
    }

    /** A good check. */
    public static final class Good extends Named {
        public Good() {
            super("test.catalog.good");
        }
    }

    /** A second check with the id of {@link Good}: left out. */
    public static final class SameIdAsGood extends Named {
        public SameIdAsGood() {
            super("test.catalog.good");
        }
    }

    /** A check whose constructor throws. */
    public static final class ThrowsWhenMade extends Named {
        public ThrowsWhenMade() {
            super("test.catalog.throws");
            throw new IllegalStateException("cannot make this check");
        }
    }

    /** A check whose descriptor throws. */
    public static final class BrokenDescriptor extends Named {
        public BrokenDescriptor() {
            super("test.catalog.broken");
        }

        @Override
        public CheckDescriptor descriptor() {
            throw new IllegalStateException("no descriptor");
        }
    }
}
