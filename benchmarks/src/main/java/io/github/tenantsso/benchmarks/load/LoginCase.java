package io.github.tenantsso.benchmarks.load;

import io.github.tenantsso.benchmarks.load.LoginClient.Answer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * One outcome of the e-mail step the benchmark measures: the e-mail typed, the extra authorization parameters, and
 * the answer each realm must give (none where Keycloak's own login has no equivalent).
 */
record LoginCase(
        String name, String email, String packParameters, Expect pack, Expect vanilla, boolean activeTenantCookies) {

    /** What a correct answer looks like; an answer that fails it is counted, not timed as a success. */
    record Expect(String description, Predicate<Answer> test) {

        static Expect redirectTo(String urlPrefix) {
            return new Expect(
                    "redirect to " + urlPrefix,
                    a -> a.leftTo() != null && a.leftTo().toString().startsWith(urlPrefix));
        }

        static Expect passwordPage() {
            return new Expect(
                    "password page",
                    a -> a.leftTo() == null && a.status() == 200 && a.body().contains("name=\"password\""));
        }

        static Expect blockedPage() {
            return new Expect(
                    "shared-domain (BLOCK) page",
                    a -> a.leftTo() == null && a.status() == 200 && a.body().contains("kc-tenant-sso-blocked"));
        }
    }

    static final String CHANGED_DOMAIN = "changed" + BenchRealms.DOMAIN_SUFFIX;

    static int middle(int tenants) {
        return (tenants + 1) / 2;
    }

    static List<LoginCase> all(BenchRealms realms, int tenants) {
        int middle = middle(tenants);
        List<LoginCase> cases = new ArrayList<>();
        cases.add(redirect(realms, "redirect, first tenant", 1));
        cases.add(redirect(realms, "redirect, middle tenant", middle));
        cases.add(redirect(realms, "redirect, last tenant", tenants));
        cases.add(new LoginCase(
                "no SSO",
                "user@" + BenchRealms.NO_SSO_DOMAIN,
                "",
                Expect.passwordPage(),
                Expect.passwordPage(),
                false));
        cases.add(new LoginCase(
                "BLOCK (shared domain, new user)",
                "new@" + BenchRealms.SHARED_DOMAIN,
                "",
                Expect.blockedPage(),
                null,
                false));
        // A hint settles a domain several tenants claim: the second of the two, so it is not what BLOCK's order gives.
        cases.add(new LoginCase(
                "hint (tenantId=" + BenchRealms.alias(2) + ", shared domain)",
                "new@" + BenchRealms.SHARED_DOMAIN,
                "&tenantId=" + BenchRealms.alias(2),
                Expect.redirectTo(realms.authorizationUrl(BenchRealms.PACK, 2)),
                null,
                false));
        cases.add(new LoginCase(
                "active tenant (existing user, shared domain)",
                BenchRealms.ACTIVE_USER,
                "",
                Expect.redirectTo(realms.authorizationUrl(BenchRealms.PACK, 1)),
                null,
                true));
        return List.copyOf(cases);
    }

    static LoginCase redirect(BenchRealms realms, String name, int tenant) {
        return new LoginCase(
                name,
                "user@" + BenchRealms.domain(tenant),
                "",
                Expect.redirectTo(realms.authorizationUrl(BenchRealms.PACK, tenant)),
                Expect.redirectTo(realms.authorizationUrl(BenchRealms.VANILLA, tenant)),
                false);
    }

    boolean isRedirect() {
        return name.startsWith("redirect");
    }

    Expect expect(String realm) {
        return realm.equals(BenchRealms.PACK) ? pack : vanilla;
    }

    String parameters(String realm) {
        return realm.equals(BenchRealms.PACK) ? packParameters : "";
    }
}
