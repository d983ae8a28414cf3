package io.github.tenantsso.write;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenantsso.model.RoutingChange;
import io.github.tenantsso.model.TenantSso;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoutingVersionsTest {

    private final List<RoutingChange> told = new ArrayList<>();
    /** Records what the nodes are told; the versions never touch the realm itself. */
    private final TenantSso model = (TenantSso) Proxy.newProxyInstance(
            TenantSso.class.getClassLoader(), new Class<?>[] {TenantSso.class}, (proxy, method, args) -> {
                if (method.getName().equals("changed")) {
                    told.add(args.length == 2 ? (RoutingChange) args[1] : RoutingChange.everything());
                    return null;
                }
                throw new UnsupportedOperationException(method.getName());
            });

    @Test
    void aSingleWriteTellsTheNodesExactlyWhatChanged() {
        RoutingVersions versions = RoutingVersions.each(model, null);

        versions.changed(RoutingChange.connection("acme-oidc"));
        versions.changed(RoutingChange.tenant("org-acme"));
        versions.finish();

        assertThat(told).containsExactly(RoutingChange.connection("acme-oidc"), RoutingChange.tenant("org-acme"));
    }

    @Test
    void aBatchTellsTheNodesOnceAtItsEndForAFullRebuild() {
        RoutingVersions versions = RoutingVersions.batched(model, null);

        versions.changed(RoutingChange.connection("acme-oidc"));
        versions.changed(RoutingChange.tenant("org-acme"));
        assertThat(told).isEmpty();
        versions.finish();
        versions.finish();

        assertThat(told).containsExactly(RoutingChange.everything());
    }

    @Test
    void aBatchThatChangedNothingTellsNothing() {
        RoutingVersions.batched(model, null).finish();

        assertThat(told).isEmpty();
    }
}
