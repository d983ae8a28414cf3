package io.github.tenantsso.benchmarks;

import io.github.tenantsso.routing.DomainIndex;
import io.github.tenantsso.routing.RoutingRows;
import java.util.List;
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

/**
 * What a node pays for the routing index when the realm's data changes: a cold build from the rows (what follows
 * the bulk read of a node that starts), and patching the index for one tenant's change (what follows the re-read of
 * that tenant's rows on every node). The database reads are measured against a real server (docs/scale.md).
 */
@State(Scope.Thread)
public class IndexChangeBenchmark { // not final: JMH subclasses state classes

    @Param({"10000", "100000"})
    int tenants;

    private RealmData data;
    private RoutingRows rows;
    private DomainIndex index;
    private int next;
    private boolean changed;

    @Setup
    public void setUp() {
        data = RealmData.generate(tenants);
        rows = data.rows();
        index = rows.index();
    }

    /** Grouping the rows and building the index, as a cold node does once the rows are read. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3)
    @Measurement(iterations = 5)
    public DomainIndex coldBuild() {
        return data.rows().index();
    }

    /** One tenant's rows replaced (its second domain unverified and its connection disabled, or back). */
    @Benchmark
    @BenchmarkMode({Mode.SampleTime, Mode.AverageTime})
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public DomainIndex applyOneChange() {
        index = rows.replace(index, List.of(data.tenantRows(next, changed)));
        next += 7919;
        if (next >= tenants) {
            next -= tenants;
            changed = !changed;
        }
        return index;
    }
}
