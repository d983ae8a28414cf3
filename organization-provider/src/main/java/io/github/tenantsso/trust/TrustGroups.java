package io.github.tenantsso.trust;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The organization groups a trust assigns: which lists are accepted, and their stored form. Each id once, in the order
 * given, at most {@value #MAX_GROUPS} (what the column holds with room to spare), each a group of the trusting
 * organization itself. Stored comma-joined, {@code null} for none; {@link #encode} and {@link #decode} are the only
 * places that know it.
 */
public final class TrustGroups {

    public static final int MAX_GROUPS = 100;
    private static final int MAX_ID_LENGTH = 36;
    private static final String SEPARATOR = ",";

    private TrustGroups() {}

    public sealed interface Outcome {}

    /** @param groupIds each id once, in the order given */
    public record Accepted(List<String> groupIds) implements Outcome {}

    /** An entry that cannot be a group id, or too many. */
    public record Malformed(String message) implements Outcome {}

    public record NotOrganizationGroup(String groupId) implements Outcome {}

    /**
     * @param ownerOf the organization owning a group id, empty when it is no organization's group of the realm
     */
    public static Outcome check(
            List<String> groupIds, String trustingOrganizationId, Function<String, Optional<String>> ownerOf) {
        List<String> distinct;
        try {
            distinct = of(groupIds);
        } catch (IllegalArgumentException e) {
            return new Malformed(e.getMessage());
        }
        for (String groupId : distinct) {
            if (!ownerOf.apply(groupId).filter(trustingOrganizationId::equals).isPresent()) {
                return new NotOrganizationGroup(groupId);
            }
        }
        return new Accepted(distinct);
    }

    /** @throws IllegalArgumentException saying what is wrong, for an entry that is blank or too long, or too many */
    public static List<String> of(List<String> groupIds) {
        if (groupIds == null) {
            return List.of();
        }
        Set<String> distinct = new LinkedHashSet<>();
        for (String id : groupIds) {
            if (id == null || id.isBlank() || id.length() > MAX_ID_LENGTH || id.contains(SEPARATOR)) {
                throw new IllegalArgumentException("Each entry of groupIds must be an organization group's id.");
            }
            distinct.add(id);
        }
        if (distinct.size() > MAX_GROUPS) {
            throw new IllegalArgumentException(
                    "A trust assigns at most " + MAX_GROUPS + " groups, not " + distinct.size() + ".");
        }
        return List.copyOf(distinct);
    }

    /** The stored form: {@code null} for no groups. */
    static String encode(List<String> groupIds) {
        return groupIds.isEmpty() ? null : String.join(SEPARATOR, groupIds);
    }

    static List<String> decode(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : List.of(stored.split(SEPARATOR));
    }
}
