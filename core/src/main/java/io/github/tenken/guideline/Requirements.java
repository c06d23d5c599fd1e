package io.github.tenken.guideline;

import io.github.tenken.message.Message;

import java.util.List;

/**
 * What a quality profile requires of the nine internal characteristics under one edition, with the caveats that
 * apply (AISL 2 assessed as AISL 1; privacy recorded but not mapped).
 *
 * @param edition the edition whose table was used
 * @param levels  one required level per internal characteristic, in A-1 ... E-1 order
 * @param caveats what a reader must see next to the levels, as messages ({@code caveat.*})
 */
public record Requirements(Edition edition, List<RequiredLevel> levels, List<Message> caveats) {

    public Requirements {
        levels = List.copyOf(levels);
        caveats = List.copyOf(caveats);
    }

    /** The required level of one characteristic. */
    public RequiredLevel of(InternalCharacteristic characteristic) {
        return levels.get(characteristic.ordinal());
    }
}
