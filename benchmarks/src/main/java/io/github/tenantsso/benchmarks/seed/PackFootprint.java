package io.github.tenantsso.benchmarks.seed;

import io.github.tenantsso.model.TenantSso;
import java.lang.reflect.Field;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderFactory;
import org.openjdk.jol.info.GraphLayout;

/**
 * What the pack itself keeps in this node's memory: everything reachable from its factory's routing indexes (every
 * realm's rows, index and change-log bookkeeping) and policy cache, measured by JOL inside the server. The fields are
 * private to the pack, so they are read by name; a renamed field fails the measurement loudly, never silently.
 */
final class PackFootprint {

    private PackFootprint() {}

    static long bytes(KeycloakSessionFactory factory) {
        ProviderFactory<TenantSso> pack = factory.getProviderFactory(TenantSso.class);
        if (pack == null) {
            throw new IllegalStateException("the pack's TenantSso provider is not installed");
        }
        return GraphLayout.parseInstance(field(pack, "indexes"), field(pack, "policyCache"))
                .totalSize();
    }

    private static Object field(Object owner, String name) {
        try {
            Field field = owner.getClass().getDeclaredField(name);
            field.setAccessible(true);
            return field.get(owner);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    "the pack's " + owner.getClass().getSimpleName() + " has no field " + name, e);
        }
    }
}
