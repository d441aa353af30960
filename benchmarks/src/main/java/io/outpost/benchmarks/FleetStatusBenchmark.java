package io.outpost.benchmarks;

import io.outpost.devnet.Chain;
import io.outpost.devnet.network.CountingProxy;
import io.outpost.devnet.network.DevnetFixture;
import io.outpost.network.chain.RegistryClient;
import io.outpost.network.chain.RegistryClient.FleetStatus;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The registry status of a fleet of 1,000 devices (10 registered, the rest not) on a real anvil with the
 * contracts deployed, through a proxy that counts HTTP round trips: {@code batched} is
 * {@link RegistryClient#fleetStatus} (one JSON-RPC batch, split at 1,000 calls), {@code oneCallPerDevice}
 * asks {@link RegistryClient#device} for each device in turn. Needs anvil: {@code npm ci --prefix
 * network/contracts} and a run from the repository root, or {@code OUTPOST_ANVIL=/path/to/anvil}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class FleetStatusBenchmark {
    private static final int FLEET = 1000;

    private DevnetFixture devnet;
    private CountingProxy proxy;
    private RegistryClient registry;
    private List<String> fleet;

    /** Round trips and fleet reads per iteration; their ratio is the round trips per read. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Counts {
        public long roundTrips;
        public long fleetReads;

        @Setup(Level.Iteration)
        public void reset() {
            roundTrips = 0;
            fleetReads = 0;
        }
    }

    @Setup(Level.Trial)
    public void start() throws Exception {
        devnet = DevnetFixture.start();
        fleet = DevnetFixture.fleet(devnet.registerDevices(10, Chain.ALICE), FLEET);
        proxy = CountingProxy.start(devnet.chain().rpcUrl());
        registry = new RegistryClient(devnet.rpc(proxy.url()), devnet.profile().contracts().deviceRegistry());
    }

    @TearDown(Level.Trial)
    public void stop() {
        proxy.close();
        devnet.close();
    }

    @Benchmark
    public FleetStatus batched(Counts counts) {
        int before = proxy.requests();
        FleetStatus status = registry.fleetStatus(fleet).join();
        counts.roundTrips += proxy.requests() - before;
        counts.fleetReads++;
        return status;
    }

    @Benchmark
    public int oneCallPerDevice(Counts counts) {
        int before = proxy.requests();
        int registered = 0;
        for (String device : fleet) {
            registered += registry.device(device).join().isPresent() ? 1 : 0;
        }
        counts.roundTrips += proxy.requests() - before;
        counts.fleetReads++;
        return registered;
    }
}
