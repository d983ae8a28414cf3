package io.github.tenantsso.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DomainTableTest {

    private static final int NAMES = 5_000;

    @Test
    void findsEveryStoredNameAndNothingElse() {
        Map<String, Match> exact = new HashMap<>();
        Map<String, Match> below = new HashMap<>();
        for (int i = 0; i < NAMES; i++) {
            exact.put(name(i), match("exact-" + i));
            if (i % 2 == 0) {
                below.put(name(i), match("below-" + i));
            }
        }
        DomainTable table = new DomainTable(exact, below);

        assertThat(table.size()).isEqualTo(NAMES);
        for (int i = 0; i < NAMES; i++) {
            assertThat(table.exact(name(i))).isSameAs(exact.get(name(i)));
            assertThat(table.below(name(i))).isSameAs(i % 2 == 0 ? below.get(name(i)) : Match.NONE);
            assertThat(table.exact("x" + name(i))).isSameAs(Match.NONE);
            assertThat(table.below(name(i) + "x")).isSameAs(Match.NONE);
        }
    }

    @Test
    void keepsNamesWithCollidingHashesApart() {
        // "Aa" and "BB" have the same String hash code, so these names share a slot and must be told apart by content.
        assertThat("Aa.example".hashCode()).isEqualTo("BB.example".hashCode());
        Match aa = match("aa");
        DomainTable table = new DomainTable(Map.of("Aa.example", aa), Map.of());

        assertThat(table.exact("Aa.example")).isSameAs(aa);
        assertThat(table.exact("BB.example")).isSameAs(Match.NONE);
    }

    @Test
    void anEmptyTableFindsNothing() {
        DomainTable table = new DomainTable(Map.of(), Map.of());

        assertThat(table.size()).isZero();
        assertThat(table.exact("acme.com")).isSameAs(Match.NONE);
    }

    private static String name(int i) {
        return "tenant-" + i + (i % 3 == 0 ? ".eu.example.com" : ".example");
    }

    private static Match match(String tenantId) {
        return new Match(List.of(tenantId), List.of());
    }
}
