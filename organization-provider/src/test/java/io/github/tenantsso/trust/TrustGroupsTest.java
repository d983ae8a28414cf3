package io.github.tenantsso.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TrustGroupsTest {

    @Test
    void keepsEachGroupOnceInTheOrderGiven() {
        assertThat(TrustGroups.of(List.of("b", "a", "b", "a", "c"))).containsExactly("b", "a", "c");
        assertThat(TrustGroups.of(Collections.nCopies(150, "g"))).containsExactly("g");
    }

    @Test
    void noGroupsIsAnEmptyList() {
        assertThat(TrustGroups.of(null)).isEmpty();
        assertThat(TrustGroups.of(List.of())).isEmpty();
    }

    @Test
    void refusesMoreDistinctGroupsThanTheLimit() {
        List<String> ids = IntStream.rangeClosed(0, TrustGroups.MAX_GROUPS)
                .mapToObj(i -> UUID.randomUUID().toString())
                .toList();

        assertThat(TrustGroups.of(ids.subList(0, TrustGroups.MAX_GROUPS))).hasSize(TrustGroups.MAX_GROUPS);
        assertThatThrownBy(() -> TrustGroups.of(ids)).hasMessageContaining("at most " + TrustGroups.MAX_GROUPS);
    }

    @Test
    void refusesEntriesThatCannotBeGroupIds() {
        for (String bad : Arrays.asList(null, "", " ", "a,b", "x".repeat(37))) {
            List<String> ids = new ArrayList<>();
            ids.add(bad);
            assertThatThrownBy(() -> TrustGroups.of(ids))
                    .as(String.valueOf(bad))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theStoredFormOfTheLargestListFitsItsColumn() {
        List<String> ids = IntStream.range(0, TrustGroups.MAX_GROUPS)
                .mapToObj(i -> UUID.randomUUID().toString())
                .toList();

        assertThat(String.join(",", TrustGroups.of(ids)).length()).isLessThanOrEqualTo(4000);
    }

    @Test
    void acceptsOnlyGroupsOfTheTrustingOrganization() {
        Map<String, String> owners = Map.of("acme-group", "org-acme", "globex-group", "org-globex");

        assertThat(TrustGroups.check(
                        List.of("globex-group", "globex-group"),
                        "org-globex",
                        id -> Optional.ofNullable(owners.get(id))))
                .isEqualTo(new TrustGroups.Accepted(List.of("globex-group")));
        assertThat(TrustGroups.check(
                        List.of("globex-group", "acme-group"), "org-globex", id -> Optional.ofNullable(owners.get(id))))
                .isEqualTo(new TrustGroups.NotOrganizationGroup("acme-group"));
        assertThat(TrustGroups.check(List.of("no-such-group"), "org-globex", id -> Optional.ofNullable(owners.get(id))))
                .isEqualTo(new TrustGroups.NotOrganizationGroup("no-such-group"));
    }

    @Test
    void aMalformedListIsRefusedBeforeAnyGroupIsLookedUp() {
        List<String> looked = new ArrayList<>();

        assertThat(TrustGroups.check(List.of("g", "a,b"), "org-acme", id -> {
                    looked.add(id);
                    return Optional.of("org-acme");
                }))
                .isInstanceOf(TrustGroups.Malformed.class);
        assertThat(looked).isEmpty();
    }

    @Test
    void theStoredFormReadsBackAsTheListAndNoGroupsAsNull() {
        assertThat(TrustGroups.encode(List.of())).isNull();
        assertThat(TrustGroups.decode(null)).isEmpty();
        assertThat(TrustGroups.decode(TrustGroups.encode(List.of("b", "a")))).containsExactly("b", "a");
    }
}
