package io.github.tenantsso.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenantsso.portal.PortalAccess.Administers;
import io.github.tenantsso.portal.PortalAccess.Authenticated;
import io.github.tenantsso.portal.PortalAccess.CallerInput;
import io.github.tenantsso.portal.PortalAccess.Hidden;
import io.github.tenantsso.portal.PortalAccess.Reason;
import io.github.tenantsso.portal.PortalAccess.TenantInput;
import io.github.tenantsso.portal.PortalAccess.Token;
import io.github.tenantsso.portal.PortalAccess.Unauthenticated;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PortalAccessTest {

    @Test
    void acceptsAVerifiedTokenOfThePortalsClient() {
        assertThat(PortalAccess.caller(new CallerInput(Token.ACCEPTED, "tenant-sso-portal")))
                .isEqualTo(new Authenticated());
    }

    @Test
    void refusesARequestWithoutAToken() {
        assertThat(PortalAccess.caller(new CallerInput(Token.MISSING, null)))
                .isEqualTo(new Unauthenticated(Reason.NO_TOKEN));
    }

    @Test
    void refusesATokenKeycloakRejectedWhateverClientItNames() {
        assertThat(PortalAccess.caller(new CallerInput(Token.REJECTED, "tenant-sso-portal")))
                .isEqualTo(new Unauthenticated(Reason.INVALID_TOKEN));
    }

    @Test
    void refusesAValidTokenOfAnotherClient() {
        assertThat(PortalAccess.caller(new CallerInput(Token.ACCEPTED, "account-console")))
                .isEqualTo(new Unauthenticated(Reason.OTHER_CLIENT));
        assertThat(PortalAccess.caller(new CallerInput(Token.ACCEPTED, null)))
                .isEqualTo(new Unauthenticated(Reason.OTHER_CLIENT));
    }

    @Test
    void refusesAClientIdThatOnlyDiffersInCase() {
        assertThat(PortalAccess.caller(new CallerInput(Token.ACCEPTED, "Tenant-SSO-Portal")))
                .isEqualTo(new Unauthenticated(Reason.OTHER_CLIENT));
    }

    @Test
    void letsAMemberWithAGrantAdministerAnEnabledTenant() {
        assertThat(PortalAccess.tenant(new TenantInput(true, true, true, true))).isEqualTo(new Administers());
    }

    /** Every input short of all four facts is hidden alike, whether or not the tenant exists. */
    @ParameterizedTest
    @MethodSource("allButTheGrantedInput")
    void hidesTheTenantUnlessItExistsIsEnabledAndTheCallerIsAMemberWithAGrant(TenantInput input) {
        assertThat(PortalAccess.tenant(input)).isEqualTo(new Hidden());
    }

    static List<TenantInput> allButTheGrantedInput() {
        List<TenantInput> inputs = new ArrayList<>();
        for (int bits = 0; bits < 15; bits++) {
            inputs.add(new TenantInput((bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0, (bits & 8) != 0));
        }
        return inputs;
    }
}
