package io.github.tenantsso.tenantadmin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenantsso.tenantadmin.Appointment.Change;
import io.github.tenantsso.tenantadmin.Appointment.Grant;
import io.github.tenantsso.tenantadmin.Appointment.Input;
import io.github.tenantsso.tenantadmin.Appointment.Reason;
import io.github.tenantsso.tenantadmin.Appointment.Refused;
import io.github.tenantsso.tenantadmin.Appointment.Revoke;
import io.github.tenantsso.tenantadmin.Appointment.Unchanged;
import org.junit.jupiter.api.Test;

class AppointmentTest {

    @Test
    void appointsAMemberWhoIsNoAdminYet() {
        assertThat(Appointment.decide(new Input(Change.APPOINT, "ann", "bob", true, false)))
                .isEqualTo(new Grant());
    }

    @Test
    void changesNothingForAMemberWhoIsAnAdminAlready() {
        assertThat(Appointment.decide(new Input(Change.APPOINT, "ann", "bob", true, true)))
                .isEqualTo(new Unchanged());
    }

    @Test
    void refusesToAppointANonMemberOrAnIdOfNobody() {
        assertThat(Appointment.decide(new Input(Change.APPOINT, "ann", "bob", false, false)))
                .isEqualTo(new Refused(Reason.NOT_A_MEMBER));
        assertThat(Appointment.decide(new Input(Change.APPOINT, "ann", null, false, false)))
                .isEqualTo(new Refused(Reason.NOT_A_MEMBER));
    }

    @Test
    void refusesEveryoneTheirOwnAppointmentMemberOrNotAdminOrNot() {
        for (boolean member : new boolean[] {true, false}) {
            for (boolean admin : new boolean[] {true, false}) {
                assertThat(Appointment.decide(new Input(Change.APPOINT, "ann", "ann", member, admin)))
                        .isEqualTo(new Refused(Reason.SELF_APPOINTMENT));
            }
        }
    }

    @Test
    void removesAnAdminIncludingTheCallerThemselves() {
        assertThat(Appointment.decide(new Input(Change.REMOVE, "ann", "bob", true, true)))
                .isEqualTo(new Revoke());
        assertThat(Appointment.decide(new Input(Change.REMOVE, "ann", "ann", true, true)))
                .isEqualTo(new Revoke());
    }

    @Test
    void refusesToRemoveSomeoneWhoIsNoAdmin() {
        assertThat(Appointment.decide(new Input(Change.REMOVE, "ann", "bob", true, false)))
                .isEqualTo(new Refused(Reason.NOT_AN_ADMIN));
        assertThat(Appointment.decide(new Input(Change.REMOVE, "ann", "nobody", false, false)))
                .isEqualTo(new Refused(Reason.NOT_AN_ADMIN));
    }
}
