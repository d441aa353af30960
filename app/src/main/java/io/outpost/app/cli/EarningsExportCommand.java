package io.outpost.app.cli;

import io.outpost.app.AppServices;
import io.outpost.app.history.EarningsExport;
import io.outpost.app.history.HistoryRecorder;
import io.outpost.app.networks.NetworkNames;
import io.outpost.app.storage.AppDirectories;
import io.outpost.i18n.Messages;
import io.outpost.network.NetworkProfile;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code outpost earnings export --from DATE --to DATE [--csv|--json]}: the earnings per day (UTC) and device of
 * the devices onboarded here on the active network, and the owners' claim transactions, from the local history
 * after it caught up with the network (what was recorded, when the network cannot be reached). Amounts are
 * decimal strings of the token's smallest unit.
 */
@Command(name = "export", mixinStandardHelpOptions = true)
final class EarningsExportCommand implements Callable<Integer> {
    private final CliContext context;

    @ParentCommand
    EarningsCommand parent;

    @Option(names = "--from", required = true, paramLabel = "DATE", descriptionKey = "cli.option.fromDate")
    String from;

    @Option(names = "--to", required = true, paramLabel = "DATE", descriptionKey = "cli.option.toDate")
    String to;

    @ArgGroup(exclusive = true)
    Format format = new Format();

    static final class Format {
        @Option(names = "--csv", descriptionKey = "cli.option.csv")
        boolean csv;

        @Option(names = "--json", descriptionKey = "cli.option.json")
        boolean json;
    }

    EarningsExportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Messages messages = context.messages();
        LocalDate first = date(from);
        LocalDate last = date(to);
        if (first == null || last == null) {
            return RootCommand.EXIT_USAGE;
        }
        if (first.isAfter(last)) {
            context.err().println(messages.get("cli.earnings.badRange"));
            return RootCommand.EXIT_USAGE;
        }
        AppDirectories directories = parent.root.prepareDirectories();
        if (directories == null) {
            return RootCommand.EXIT_USAGE;
        }
        try (AppServices services = context.services(directories)) {
            NetworkProfile profile = services.networks().active();
            HistoryRecorder recorder = services.historyRecorder();
            if (!recorder.catchUpIfReachable()) {
                context.err().println(messages.get("cli.earnings.unreachable", NetworkNames.of(profile, messages)));
            }
            EarningsExport export = EarningsExport.of(profile, recorder.history(), first, last);
            context.out().print(format.json ? export.json() : export.csv());
            return RootCommand.EXIT_OK;
        }
    }

    private LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            context.err().println(context.messages().get("cli.earnings.badDate", text));
            return null;
        }
    }
}
