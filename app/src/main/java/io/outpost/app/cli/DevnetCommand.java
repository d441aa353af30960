package io.outpost.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code outpost devnet}: a whole Outpost network on this computer, for demos and tests. */
@Command(name = "devnet", mixinStandardHelpOptions = true)
final class DevnetCommand {
    @ParentCommand
    RootCommand root;
}
