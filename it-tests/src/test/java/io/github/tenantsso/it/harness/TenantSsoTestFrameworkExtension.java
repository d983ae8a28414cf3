package io.github.tenantsso.it.harness;

import java.util.Arrays;
import java.util.List;
import org.keycloak.testframework.TestFrameworkExtension;
import org.keycloak.testframework.injection.Supplier;

/**
 * Adds the machine's local database servers to the test framework's database choices.
 */
public final class TenantSsoTestFrameworkExtension implements TestFrameworkExtension {

    @Override
    public List<Supplier<?, ?>> suppliers() {
        return Arrays.stream(LocalDatabase.values())
                .<Supplier<?, ?>>map(LocalDatabaseSupplier::new)
                .toList();
    }
}
