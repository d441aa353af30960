package io.outpost.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of every wallet command that signs: where the password is, and on which network. */
final class SigningOptions {
    @Option(names = "--password-file", paramLabel = "FILE", descriptionKey = "cli.option.passwordFile")
    Path passwordFile;

    @Option(names = "--network", paramLabel = "ID", descriptionKey = "cli.option.walletNetwork")
    String network;
}
