package io.outpost.app.cli;

import io.outpost.app.AppServices;
import io.outpost.app.history.History.DayEarnings;
import io.outpost.app.history.HistoryRecorder;
import io.outpost.app.history.HistoryStore;
import io.outpost.app.networks.NetworkNames;
import io.outpost.app.storage.AppDirectories;
import io.outpost.i18n.Messages;
import io.outpost.network.NetworkProfile;
import io.outpost.network.http.Http;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code outpost earnings export --from DATE --to DATE [--csv|--json]}: the earnings per day (UTC) and device of
 * the devices onboarded here on the active network, and the owners' claim transactions, from the local history
 * after it caught up with the network (what was recorded, when the network cannot be reached). Amounts are
 * decimal strings of the token's smallest unit.
 */
@Command(name = "export", mixinStandardHelpOptions = true)
final class EarningsExportCommand implements Callable<Integer> {
    private static final String CSV_HEADER = "date,kind,device,owner,amount,transaction";

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
            try {
                recorder.catchUp();
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(EarningsExportCommand.class).warn("The history could not catch up", Http.unwrap(e));
                context.err().println(messages.get("cli.earnings.unreachable", NetworkNames.of(profile, messages)));
            }
            HistoryStore history = recorder.history();
            List<DayEarnings> days = history.earningsPerDay(first, last);
            List<HistoryStore.Claim> claims = history.claims(first.atStartOfDay(ZoneOffset.UTC).toInstant(),
                    last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
            context.out().print(format.json ? json(profile, first, last, days, claims) : csv(days, claims));
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

    /** One row per day and device ({@code earning}, with that day's claim hashes) and one per claim. */
    static String csv(List<DayEarnings> days, List<HistoryStore.Claim> claims) {
        StringBuilder out = new StringBuilder(CSV_HEADER).append('\n');
        for (DayEarnings day : days) {
            out.append(String.join(",", day.day().toString(), "earning", day.device(), "", day.amount().toString(),
                    String.join(" ", day.claims()))).append('\n');
        }
        for (HistoryStore.Claim claim : claims) {
            out.append(String.join(",", dayOf(claim.at()).toString(), "claim", "", claim.owner(), claim.amount().toString(),
                    claim.transactionHash())).append('\n');
        }
        return out.toString();
    }

    static String json(NetworkProfile profile, LocalDate first, LocalDate last, List<DayEarnings> days,
                       List<HistoryStore.Claim> claims) {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode root = mapper.createObjectNode().put("network", profile.id()).put("from", first.toString())
                .put("to", last.toString());
        root.putObject("token").put("symbol", profile.token().symbol()).put("decimals", profile.token().decimals());
        ArrayNode earnings = root.putArray("earnings");
        for (DayEarnings day : days) {
            ArrayNode hashes = earnings.addObject().put("date", day.day().toString()).put("device", day.device())
                    .put("amount", day.amount().toString()).putArray("claims");
            day.claims().forEach(hashes::add);
        }
        ArrayNode claimed = root.putArray("claims");
        claims.forEach(claim -> claimed.addObject().put("date", dayOf(claim.at()).toString()).put("time", claim.at().toString())
                .put("owner", claim.owner()).put("amount", claim.amount().toString())
                .put("transaction", claim.transactionHash()));
        root.putObject("totals")
                .put("earned", days.stream().map(DayEarnings::amount).reduce(BigInteger.ZERO, BigInteger::add).toString())
                .put("claimed", claims.stream().map(HistoryStore.Claim::amount).reduce(BigInteger.ZERO, BigInteger::add)
                        .toString());
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    private static LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }
}
