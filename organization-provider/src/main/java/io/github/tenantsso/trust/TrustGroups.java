package io.github.tenantsso.trust;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The organization groups a trust assigns, as stored: each id once, in the order given, at most {@value #MAX_GROUPS}
 * (what the column holds with room to spare).
 */
public final class TrustGroups {

    public static final int MAX_GROUPS = 100;
    private static final int MAX_ID_LENGTH = 36;

    private TrustGroups() {
    }

    /** @throws IllegalArgumentException saying what is wrong, for an entry that is blank or too long, or too many */
    public static List<String> of(List<String> groupIds) {
        if (groupIds == null) {
            return List.of();
        }
        Set<String> distinct = new LinkedHashSet<>();
        for (String id : groupIds) {
            if (id == null || id.isBlank() || id.length() > MAX_ID_LENGTH || id.contains(",")) {
                throw new IllegalArgumentException("Each entry of groupIds must be an organization group's id.");
            }
            distinct.add(id);
        }
        if (distinct.size() > MAX_GROUPS) {
            throw new IllegalArgumentException("A trust assigns at most " + MAX_GROUPS + " groups, not " + distinct.size() + ".");
        }
        return List.copyOf(distinct);
    }
}
