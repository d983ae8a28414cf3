package io.github.tenantsso.benchmarks;

import io.github.tenantsso.domain.DomainName;
import io.github.tenantsso.routing.DomainIndex;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The routing index: what a login's lookup costs, and what a rebuild after a change of the realm's data costs.
 */
@State(Scope.Thread)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DomainIndexBenchmark { // not final: JMH subclasses state classes

    @Param({"1000", "10000", "100000"})
    int tenants;

    private RealmData data;
    private DomainIndex index;
    private DomainName[] domains;
    private int next;

    @Setup
    public void setUp() {
        data = RealmData.generate(tenants);
        index = data.buildIndex();
        // A power of two, so the rotation is a mask; large enough that lookups do not all hit the same cache lines.
        RealmData.Login[] logins = data.logins(8192);
        domains = new DomainName[logins.length];
        for (int i = 0; i < logins.length; i++) {
            domains[i] = logins[i].domain();
        }
    }

    @Benchmark
    @BenchmarkMode({Mode.SampleTime, Mode.AverageTime})
    public void lookup(Blackhole blackhole) {
        DomainName domain = domains[next];
        next = (next + 1) & (domains.length - 1);
        blackhole.consume(index.candidates(domain));
        blackhole.consume(index.tenantsClaiming(domain));
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3)
    @Measurement(iterations = 5)
    public DomainIndex build() {
        return data.buildIndex();
    }
}
