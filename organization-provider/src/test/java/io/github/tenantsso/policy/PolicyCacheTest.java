package io.github.tenantsso.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PolicyCacheTest {

    private static final RoutingPolicy SHARING = new RoutingPolicy(true, AmbiguousNewUser.FIRST_CREATED, false, "org");

    @Test
    void servesTheCopyOnlyForTheVersionItWasReadAt() {
        PolicyCache cache = new PolicyCache();
        cache.put("realm", "v1", SHARING);

        assertThat(cache.get("realm", "v1")).contains(SHARING);
        assertThat(cache.get("realm", "v2"))
                .as("a newer version means a newer policy was stored")
                .isEmpty();
        assertThat(cache.get("other-realm", "v1")).isEmpty();
    }

    @Test
    void aCopyReadAtANewerVersionReplacesTheOlderOne() {
        PolicyCache cache = new PolicyCache();
        cache.put("realm", "v1", RoutingPolicy.DEFAULT);
        cache.put("realm", "v2", SHARING);

        assertThat(cache.get("realm", "v1")).isEmpty();
        assertThat(cache.get("realm", "v2")).contains(SHARING);
    }

    @Test
    void forgetsARemovedRealm() {
        PolicyCache cache = new PolicyCache();
        cache.put("realm", "v1", SHARING);

        cache.forget("realm");

        assertThat(cache.get("realm", "v1")).isEmpty();
    }
}
