package io.github.tenantsso.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenantsso.signin.SessionLimits;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TenantDirectoryTest {

    private static TenantRows tenant(String id, String alias, boolean enabled, String... trusted) {
        return new TenantRows(
                id,
                new TenantRow(id, alias, enabled),
                List.of(),
                List.of(),
                Arrays.stream(trusted)
                        .map(connection -> new TrustRow(id, connection, 1))
                        .toList());
    }

    private static TenantDirectory of(TenantRows... tenants) {
        return TenantDirectory.of(List.of(tenants), alias -> false);
    }

    @Test
    void namesATenantByIdOrByAliasWithTheConnectionsItTrusts() {
        TenantDirectory directory = of(tenant("id-1", "acme", true, "globex-oidc"));

        assertThat(directory.resolve("id-1")).isEqualTo(TenantHint.tenant("id-1", Set.of("globex-oidc")));
        assertThat(directory.resolve("acme")).isEqualTo(TenantHint.tenant("id-1", Set.of("globex-oidc")));
        assertThat(directory.resolve("  acme ")).isEqualTo(TenantHint.tenant("id-1", Set.of("globex-oidc")));
    }

    @Test
    void carriesATenantsSessionLimitsByIdAndTheRealmsForAnUnknownTenant() {
        SessionLimits limits = new SessionLimits(600, 60);
        TenantDirectory directory = of(new TenantRows(
                "id-1", new TenantRow("id-1", "acme", true, null, limits), List.of(), List.of(), List.of()));

        assertThat(directory.sessionLimits("id-1")).isEqualTo(limits);
        assertThat(directory.sessionLimits("acme")).as("by id only").isEqualTo(SessionLimits.REALM);
        assertThat(directory.sessionLimits(null)).isEqualTo(SessionLimits.REALM);
    }

    @Test
    void anIdWinsOverAnotherTenantsAliasThatSpellsIt() {
        TenantDirectory directory = of(tenant("acme", "first", true), tenant("id-2", "acme", true));

        assertThat(directory.resolve("acme")).isEqualTo(TenantHint.tenant("acme", Set.of()));
    }

    @Test
    void aDisabledTenantsIdIsUnusableEvenWhereAnotherTenantsAliasSpellsIt() {
        TenantDirectory directory = of(tenant("acme", "first", false), tenant("id-2", "acme", true));

        assertThat(directory.resolve("acme")).isEqualTo(TenantHint.unusable());
        assertThat(directory.resolve("first")).isEqualTo(TenantHint.unusable());
    }

    @Test
    void aBlankHintIsNoneAndAnUnknownOrOverlongOneUnusable() {
        TenantDirectory directory = of(tenant("id-1", "acme", true));

        assertThat(directory.resolve(null)).isEqualTo(TenantHint.none());
        assertThat(directory.resolve(" \t")).isEqualTo(TenantHint.none());
        assertThat(directory.resolve("globex")).isEqualTo(TenantHint.unusable());
        assertThat(directory.resolve("ACME")).isEqualTo(TenantHint.unusable());
        assertThat(directory.resolve("acme" + " ".repeat(TenantHint.MAX_LENGTH)))
                .isEqualTo(TenantHint.unusable());
    }

    @Test
    void aGoneTenantIsNamedByNothingAfterThePatchAndTheDirectoryBeforeIsUnchanged() {
        TenantRows gone = tenant("id-2", "globex", true);
        TenantDirectory directory = of(tenant("id-1", "acme", true), gone);

        TenantDirectory patched = directory.patched(List.of(gone), List.of(TenantRows.none("id-2")), alias -> false);

        assertThat(patched.resolve("globex")).isEqualTo(TenantHint.unusable());
        assertThat(patched.resolve("id-2")).isEqualTo(TenantHint.unusable());
        assertThat(patched.resolve("acme")).isEqualTo(TenantHint.tenant("id-1", Set.of()));
        assertThat(directory.resolve("globex")).isEqualTo(TenantHint.tenant("id-2", Set.of()));
    }

    /** Changes may be applied out of commit order: the new owner of a freed alias may be patched in first. */
    @Test
    void removingAGoneTenantLeavesItsAliasToANewTenantThatTookItInAnEarlierPatch() {
        TenantRows oldAcme = tenant("id-1", "acme", true);
        TenantDirectory directory = of(oldAcme);
        TenantDirectory taken = directory.patched(
                Collections.singletonList(null), List.of(tenant("id-2", "acme", true)), alias -> false);

        TenantDirectory patched = taken.patched(List.of(oldAcme), List.of(TenantRows.none("id-1")), alias -> false);

        assertThat(patched.resolve("acme")).isEqualTo(TenantHint.tenant("id-2", Set.of()));
        assertThat(patched.resolve("id-1")).isEqualTo(TenantHint.unusable());
    }

    @Test
    void aNewTenantIsNamedAfterThePatchThatAddsIt() {
        TenantDirectory directory = of(tenant("id-1", "acme", true));

        TenantDirectory patched = directory.patched(
                Collections.singletonList(null), List.of(tenant("id-9", "initech", true, "acme-oidc")), alias -> false);

        assertThat(patched.resolve("initech")).isEqualTo(TenantHint.tenant("id-9", Set.of("acme-oidc")));
        assertThat(patched.resolve("acme")).isEqualTo(TenantHint.tenant("id-1", Set.of()));
    }
}
