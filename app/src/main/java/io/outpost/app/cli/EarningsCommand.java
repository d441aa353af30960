package io.outpost.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code outpost earnings}: what the devices onboarded here earned, from the local history. */
@Command(name = "earnings", mixinStandardHelpOptions = true)
final class EarningsCommand {
    @ParentCommand
    RootCommand root;
}
