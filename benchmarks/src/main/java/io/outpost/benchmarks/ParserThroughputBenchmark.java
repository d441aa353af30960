package io.outpost.benchmarks;

import io.outpost.devices.dsmr.DsmrParser;
import io.outpost.devices.nmea.NmeaParser;
import io.outpost.devices.odp.OdpLineParser;
import io.outpost.devices.protocol.FrameParser;
import io.outpost.devices.sds011.Sds011Parser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parser throughput on real captures (shared/devdata, {@code -Doutpost.devdata=DIR} elsewhere), one thread:
 * each operation parses {@link #INPUT_BYTES} bytes in 4 KiB reads, as a session does. MB/s is
 * {@code INPUT_BYTES / time per op}; the goal is 1,000 times the 115200-baud line rate (11,520 B/s).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class ParserThroughputBenchmark {
    public static final int INPUT_BYTES = 4 * 1024 * 1024;
    private static final int READ = 4096;

    @Param({"nmea", "sds011", "dsmr", "odp"})
    public String family;

    private byte[] input;
    private Supplier<FrameParser<?>> parsers;

    @Setup
    public void load() throws IOException {
        Path devdata = Path.of(System.getProperty("outpost.devdata", "../shared/devdata"));
        byte[] sample = switch (family) {
            case "nmea" -> concat(Files.list(devdata.resolve("nmea-gnss")).filter(p -> p.toString().endsWith(".log")).sorted().toList());
            case "dsmr" -> concat(Files.list(devdata.resolve("dsmr-p1")).filter(p -> p.getFileName().toString().startsWith("telegram")).sorted().toList());
            case "sds011" -> sds011Frames(devdata.resolve("sds011").resolve("sds011-frames.tsv"));
            default -> odpLines();
        };
        input = repeat(sample, INPUT_BYTES);
        parsers = switch (family) {
            case "nmea" -> NmeaParser::new;
            case "dsmr" -> DsmrParser::new;
            case "sds011" -> Sds011Parser::new;
            default -> OdpLineParser::new;
        };
    }

    @Benchmark
    public long parse() {
        FrameParser<?> parser = parsers.get();
        long frames = 0;
        for (int at = 0; at < input.length; at += READ) {
            frames += parser.feed(input, at, Math.min(READ, input.length - at)).size();
        }
        return frames;
    }

    private static byte[] concat(List<Path> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Path file : files) {
            out.write(Files.readAllBytes(file));
        }
        return out.toByteArray();
    }

    private static byte[] sds011Frames(Path tsv) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String line : Files.readAllLines(tsv)) {
            String[] columns = line.split("\t");
            if (columns.length == 4 && columns[2].equals("sensor->host")) {
                out.write(HexFormat.of().parseHex(columns[3].replace(" ", "")));
            }
        }
        return out.toByteArray();
    }

    // What a reference device sends: heartbeats and answers to identify and status.
    private static byte[] odpLines() {
        String lines = """
                {"jsonrpc":"2.0","method":"heartbeat","params":{"device":"0x16f95a7bf264aec5db892cf32ef0372c655e288e","seq":41,"time":1795537871,"uptime":3600,"signature":"0xcb17b54ec72cae02f73651dd153f7bd93c6a71cbcd780a559977d022d69229f0499f1882757901514a91cb3b917bc8afba4afd71d8c01dc78f01bc7d85af65de1b"}}
                {"jsonrpc":"2.0","id":7,"result":{"uptime":3600,"heartbeatInterval":30,"network":{"name":"devnet","chainId":31337},"location":null}}
                """;
        return lines.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] repeat(byte[] sample, int size) {
        byte[] out = new byte[size];
        for (int at = 0; at < size; at += sample.length) {
            System.arraycopy(sample, 0, out, at, Math.min(sample.length, size - at));
        }
        return out;
    }
}
