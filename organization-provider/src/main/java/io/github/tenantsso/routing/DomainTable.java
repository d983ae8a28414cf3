package io.github.tenantsso.routing;

import java.util.Map;

/**
 * An open-addressed hash table from a normalized domain name to two {@link Match}es: the one for the name itself
 * and the one for names below it. Three parallel arrays with linear probing, at most half full, instead of a
 * {@code HashMap} whose entry and value objects would cost about 60 bytes more per domain.
 */
final class DomainTable {

    private final String[] names;
    /** Slot {@code 2i} is the match for {@code names[i]} itself, slot {@code 2i + 1} the one for names below it. */
    private final Match[] matches;
    private final int size;

    /**
     * @param exact one entry per domain, never {@link Match#NONE}
     * @param below entries for the domains that have claims including subdomains; others get {@link Match#NONE}
     */
    DomainTable(Map<String, Match> exact, Map<String, Match> below) {
        size = exact.size();
        int capacity = Integer.highestOneBit(Math.max(2, size) * 2 - 1) << 1;
        names = new String[capacity];
        matches = new Match[capacity * 2];
        exact.forEach((name, match) -> {
            int slot = slot(name);
            names[slot] = name;
            matches[2 * slot] = match;
            matches[2 * slot + 1] = below.getOrDefault(name, Match.NONE);
        });
    }

    int size() {
        return size;
    }

    Match exact(String name) {
        int slot = slot(name);
        return names[slot] == null ? Match.NONE : matches[2 * slot];
    }

    Match below(String name) {
        int slot = slot(name);
        return names[slot] == null ? Match.NONE : matches[2 * slot + 1];
    }

    /** The slot holding {@code name}, or the empty slot where it would go. */
    private int slot(String name) {
        int mask = names.length - 1;
        int hash = name.hashCode();
        int slot = (hash ^ hash >>> 16) & mask;
        while (names[slot] != null && !names[slot].equals(name)) {
            slot = slot + 1 & mask;
        }
        return slot;
    }
}
