package io.github.tenantsso.benchmarks;

import io.github.tenantsso.policy.AmbiguousNewUser;
import io.github.tenantsso.policy.RoutingPolicy;
import io.github.tenantsso.routing.Candidate;
import io.github.tenantsso.routing.DomainIndex;
import io.github.tenantsso.routing.decision.RoutingDecision;
import io.github.tenantsso.routing.decision.RoutingInput;
import io.github.tenantsso.routing.decision.RoutingOutcome;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The routing decision of one login as the authenticator makes it: index lookup, the decision's input, the decision.
 * The e-mail is already parsed into its domain, and the user and hint already resolved.
 */
@State(Scope.Thread)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RoutingDecisionBenchmark { // not final: JMH subclasses state classes

    /** Sharing on, as the generated realm has shared domains; the other keys at their defaults. */
    private static final RoutingPolicy POLICY =
            new RoutingPolicy(true, AmbiguousNewUser.BLOCK, true, RoutingPolicy.DEFAULT_HINT_PARAMETER);

    @Param({"1000", "10000", "100000"})
    int tenants;

    private DomainIndex index;
    private RealmData.Login[] logins;
    private int next;

    @Setup
    public void setUp() {
        RealmData data = RealmData.generate(tenants);
        index = data.buildIndex();
        logins = data.logins(8192);
    }

    @Benchmark
    @BenchmarkMode({Mode.SampleTime, Mode.AverageTime})
    public RoutingOutcome decide() {
        RealmData.Login login = logins[next];
        next = (next + 1) & (logins.length - 1);
        List<Candidate> candidates = index.candidates(login.domain());
        List<String> claiming = List.copyOf(index.tenantsClaiming(login.domain()));
        return RoutingDecision.decide(new RoutingInput(
                login.domain(), login.hint(), login.remembered(), login.activeTenant(), POLICY, candidates, claiming));
    }
}
