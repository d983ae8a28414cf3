package io.github.tenantsso.routing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * An open-addressed hash table from a normalized domain name to two {@link Match}es: the one for the name itself
 * and the one for names below it.
 *
 * <p>Built for footprint, since a realm may hold hundreds of thousands of domains: the names live back to back in
 * one byte array (normalized names are ASCII and at most 253 characters, so one length byte precedes each), slots
 * are parallel arrays probed linearly and kept at most half full. That costs about 45 bytes per domain, against
 * about 120 for a {@code HashMap} of {@code String} keys and pair values.
 */
final class DomainTable {

    /** Each name's length, then its ASCII characters. */
    private final byte[] names;
    /** Per slot, the position of its name's length byte in {@link #names}, or -1 when the slot is empty. */
    private final int[] starts;
    /** Slot {@code i} holds the match for the name itself at {@code 2i}, for names below it at {@code 2i + 1}. */
    private final Match[] matches;

    private final int size;

    /**
     * @param exact one entry per domain, never {@link Match#NONE}
     * @param below entries for the domains that have claims including subdomains; others get {@link Match#NONE}
     */
    DomainTable(Map<String, Match> exact, Map<String, Match> below) {
        this(entries(exact, below));
    }

    /** @param entries one per domain, its exact match never {@link Match#NONE} */
    DomainTable(Map<String, DomainEntry> entries) {
        size = entries.size();
        int capacity = 2 * size + 1;
        starts = new int[capacity];
        Arrays.fill(starts, -1);
        matches = new Match[2 * capacity];
        names = new byte
                [entries.keySet().stream().mapToInt(name -> name.length() + 1).sum()];
        int end = 0;
        for (Map.Entry<String, DomainEntry> entry : entries.entrySet()) {
            String name = entry.getKey();
            int slot = slot(name);
            starts[slot] = end;
            names[end++] = (byte) name.length();
            for (int i = 0; i < name.length(); i++) {
                names[end++] = (byte) name.charAt(i);
            }
            matches[2 * slot] = entry.getValue().exact();
            matches[2 * slot + 1] = entry.getValue().below();
        }
    }

    private static Map<String, DomainEntry> entries(Map<String, Match> exact, Map<String, Match> below) {
        Map<String, DomainEntry> entries = new HashMap<>();
        exact.forEach((name, match) -> entries.put(name, new DomainEntry(match, below.getOrDefault(name, Match.NONE))));
        return entries;
    }

    /** Every stored domain with its entry, in slot order. */
    void forEach(BiConsumer<String, DomainEntry> action) {
        for (int slot = 0; slot < starts.length; slot++) {
            int start = starts[slot];
            if (start >= 0) {
                int length = names[start] & 0xFF;
                action.accept(
                        new String(names, start + 1, length, StandardCharsets.US_ASCII),
                        new DomainEntry(matches[2 * slot], matches[2 * slot + 1]));
            }
        }
    }

    int size() {
        return size;
    }

    Match exact(String name) {
        int slot = slot(name);
        return starts[slot] < 0 ? Match.NONE : matches[2 * slot];
    }

    Match below(String name) {
        int slot = slot(name);
        return starts[slot] < 0 ? Match.NONE : matches[2 * slot + 1];
    }

    /** The slot holding {@code name}, or the empty slot where it would go. */
    private int slot(String name) {
        int slot = Math.floorMod(name.hashCode(), starts.length);
        while (starts[slot] >= 0 && !holds(starts[slot], name)) {
            slot = slot + 1 == starts.length ? 0 : slot + 1;
        }
        return slot;
    }

    private boolean holds(int start, String name) {
        if ((names[start] & 0xFF) != name.length()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (names[start + 1 + i] != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
