package io.github.tenantsso.benchmarks.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** Everything one run measured; a figure left null was not measured (not applicable, failed or timed out). */
final class LoadResults {

    /** A single timed step: its duration, or why there is none. */
    record Step(Long nanos, String note) {

        static Step took(long nanos) {
            return new Step(nanos, null);
        }

        static Step failed(String why) {
            return new Step(null, why);
        }
    }

    /** Logins per second of concurrent clients in one realm. */
    record Throughput(int clients, int logins, int wrong, long elapsedNanos, String note) {

        double perSecond() {
            return logins * 1e9 / elapsedNanos;
        }
    }

    final int tenants;
    final List<LoginCase> cases;
    final Map<String, Map<LoginCase, CaseResult>> byRealm = new LinkedHashMap<>();
    final Map<String, Step> coldLogin = new LinkedHashMap<>();
    final Map<String, Throughput> throughput = new LinkedHashMap<>();
    final Map<String, Step> tenantsCreated = new LinkedHashMap<>();
    long realmFilesNanos;
    long startAndImportNanos;
    Long restartNanos;
    OptionalLong heapBaseline = OptionalLong.empty();
    OptionalLong heapWithTenants = OptionalLong.empty();
    OptionalLong heapAfterVanilla = OptionalLong.empty();
    OptionalLong heapAfterPack = OptionalLong.empty();
    OptionalLong packFootprint = OptionalLong.empty();
    String activeTenantSetup;
    Step changeWrite;
    Step changeLogin;
    final Samples claimAdded = new Samples();
    final Samples claimDeleted = new Samples();
    String writesFailed;
    Step importWrite;
    Step importConnections;
    Step packDataOneByOne;
    String aborted;

    LoadResults(int tenants, List<LoginCase> cases, List<String> realms) {
        this.tenants = tenants;
        this.cases = cases;
        for (String realm : realms) {
            Map<LoginCase, CaseResult> results = new LinkedHashMap<>();
            for (LoginCase c : cases) {
                if (c.expect(realm) != null) {
                    results.put(c, new CaseResult());
                }
            }
            byRealm.put(realm, results);
        }
    }

    CaseResult result(String realm, LoginCase c) {
        return byRealm.get(realm).get(c);
    }

    /** All measured redirect logins of a realm, merged: the "normal login" the targets compare with. */
    Samples redirects(String realm, boolean wholeLogin) {
        Samples merged = new Samples();
        Map<LoginCase, CaseResult> results = byRealm.get(realm);
        if (results == null) {
            return merged;
        }
        results.forEach((c, r) -> {
            if (c.isRedirect()) {
                Samples from = wholeLogin ? r.login : r.emailStep;
                from.forEach(merged::add);
            }
        });
        return merged;
    }
}
