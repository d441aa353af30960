package io.outpost.app.cli;

import io.outpost.app.AppServices;
import io.outpost.app.storage.AppDirectories;
import io.outpost.devices.catalog.DeviceFamily;
import io.outpost.devices.emulate.Emulator;
import io.outpost.devices.families.DeviceFamilies;
import io.outpost.devices.probe.ProbeFailure;
import io.outpost.devices.serial.JSerialCommPorts;
import io.outpost.devices.serial.PortOpenException;
import io.outpost.devices.serial.PtyPair;
import io.outpost.devices.serial.SerialLink;
import io.outpost.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code outpost emulate FAMILY}: a device in software on a real pseudo-terminal (socat), for the demo,
 * tests and providers without hardware. Prints the port's path, then serves until stopped.
 */
@Command(name = "emulate", mixinStandardHelpOptions = true)
final class EmulateCommand implements Callable<Integer> {
    private final CliContext context;

    @ParentCommand
    RootCommand root;

    @Parameters(index = "0", paramLabel = "FAMILY", descriptionKey = "cli.param.family")
    String family;

    @Option(names = "--replay", paramLabel = "FILE", descriptionKey = "cli.option.replay")
    Path replay;

    @Option(names = "--link", paramLabel = "PATH", descriptionKey = "cli.option.link")
    Path link;

    @Option(names = "--seconds", paramLabel = "N", defaultValue = "0", descriptionKey = "cli.option.seconds")
    int seconds;

    EmulateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws IOException {
        Messages messages = context.messages();
        Optional<DeviceFamily> chosen = DeviceFamily.byId(family);
        if (chosen.isEmpty()) {
            context.err().println(messages.get("cli.emulate.unknownFamily", family));
            return RootCommand.EXIT_USAGE;
        }
        Optional<byte[]> capture = readReplay(messages);
        if (replay != null && capture.isEmpty()) {
            return RootCommand.EXIT_USAGE;
        }
        AppDirectories directories = root.prepareDirectories();
        if (directories == null) {
            return RootCommand.EXIT_USAGE;
        }
        try (AppServices services = context.services(directories)) {
            return serve(services.devices().families(), chosen.get(), capture, directories.data().resolve("emulators"));
        }
    }

    private Optional<byte[]> readReplay(Messages messages) {
        if (replay == null) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(replay);
            if (bytes.length == 0) {
                context.err().println(messages.get("cli.emulate.emptyReplay", replay));
                return Optional.empty();
            }
            return Optional.of(bytes);
        } catch (IOException e) {
            context.err().println(messages.get("cli.emulate.unreadableReplay", replay));
            return Optional.empty();
        }
    }

    private int serve(DeviceFamilies families, DeviceFamily chosen, Optional<byte[]> capture, Path stateFolder)
            throws IOException {
        Emulator emulator = families.emulator(chosen, capture, stateFolder);
        Path madeFolder = link == null ? Files.createTempDirectory("outpost-emulator") : null;
        Path hostEnd = link != null ? link.toAbsolutePath() : madeFolder.resolve(chosen.id());
        Path deviceEnd = hostEnd.resolveSibling(hostEnd.getFileName() + ".device");
        try (PtyPair pair = PtyPair.start(deviceEnd, hostEnd);
             SerialLink port = new JSerialCommPorts().open(deviceEnd.toString(), families.lineSettings(chosen))) {
            context.out().println(hostEnd);
            context.out().flush();
            context.err().println(context.messages().get("cli.emulate.ready", families.emulatedModel(chosen), hostEnd));
            context.err().flush();
            stopLater(emulator);
            emulator.serve(port);
        } catch (PortOpenException e) {
            context.err().println(DevicesProbeCommand.explain(context.messages(),
                    new ProbeFailure(e.path(), e.reason(), List.of())));
            return RootCommand.EXIT_USAGE;
        } finally {
            if (madeFolder != null) {
                Files.deleteIfExists(madeFolder);
            }
        }
        return RootCommand.EXIT_OK;
    }

    // Ctrl+C ends the JVM; the hook lets the emulator stop so socat's links are removed on the way out.
    private void stopLater(Emulator emulator) {
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(emulator::stop));
        if (seconds > 0) {
            Thread.ofVirtual().start(() -> {
                try {
                    Thread.sleep(Duration.ofSeconds(seconds));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                emulator.stop();
            });
        }
    }
}
