package io.outpost.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code outpost devices}: the serial devices plugged into this computer. */
@Command(name = "devices", mixinStandardHelpOptions = true)
final class DevicesCommand {
    @ParentCommand
    RootCommand root;
}
