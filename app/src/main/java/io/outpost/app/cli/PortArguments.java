package io.outpost.app.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What every command about one port takes (a picocli mixin): the port, and JSON output for scripts. */
final class PortArguments {
    @Parameters(index = "0", paramLabel = "PORT", descriptionKey = "cli.param.port")
    String port;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;
}
