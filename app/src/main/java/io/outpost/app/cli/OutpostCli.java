package io.outpost.app.cli;

import io.outpost.app.AppInfo;
import io.outpost.app.doctor.SystemFacts;
import io.outpost.devnet.OracleLauncher;
import io.outpost.devnet.oracle.ReferenceOracleLauncher;
import io.outpost.i18n.Language;
import io.outpost.i18n.Messages;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import io.outpost.wallet.Wallet;
import picocli.CommandLine;

/**
 * The entry point behind {@code ./outpost}. The CLI speaks the computer's language (as other command-line
 * tools do, from the locale); the window uses the language chosen in Settings.
 */
public final class OutpostCli {
    private final CliContext context;

    public OutpostCli(SystemFacts facts, Map<String, String> env, Path home, Locale locale, PrintWriter out,
                      PrintWriter err, DesktopLauncher desktop) {
        this(facts, env, home, locale, out, err, desktop, new ReferenceOracleLauncher());
    }

    /** @param oracles starts the oracle of {@code outpost devnet up} (tests pass a stand-in) */
    public OutpostCli(SystemFacts facts, Map<String, String> env, Path home, Locale locale, PrintWriter out,
                      PrintWriter err, DesktopLauncher desktop, OracleLauncher oracles) {
        this(facts, env, home, locale, out, err, desktop, oracles, Wallet::standard);
    }

    /** @param wallets opens the wallet in a folder (tests pass one with a light scrypt cost) */
    public OutpostCli(SystemFacts facts, Map<String, String> env, Path home, Locale locale, PrintWriter out,
                      PrintWriter err, DesktopLauncher desktop, OracleLauncher oracles, Function<Path, Wallet> wallets) {
        AppInfo info = AppInfo.fromBuild();
        Messages messages = new Messages(Language.closestTo(locale));
        this.context = new CliContext(info, messages, facts, env, home, out, err, desktop, oracles, wallets);
    }

    public int execute(String... args) {
        Optional<WindowArguments> window = WindowArguments.parse(args);
        int exit = window.isPresent() ? new RootCommand(context, window.get()).call() : parsed(args);
        context.out().flush();
        context.err().flush();
        return exit;
    }

    private int parsed(String... args) {
        CommandLine commandLine = new CommandLine(new RootCommand(context));
        addSubcommands(commandLine);
        commandLine.setResourceBundle(context.messages().bundle())
                .setOut(context.out())
                .setErr(context.err());
        commandLine.getCommandSpec().version(context.info().name() + " " + context.info().version());
        return commandLine.execute(args);
    }

    private void addSubcommands(CommandLine commandLine) {
        commandLine.addSubcommand(new DemoCommand(context))
                .addSubcommand(new DoctorCommand(context))
                .addSubcommand(new EmulateCommand(context))
                .addSubcommand(new OnboardCommand(context))
                .addSubcommand(new CommandLine(new DevicesCommand())
                        .addSubcommand(new DevicesListCommand(context))
                        .addSubcommand(new DevicesProbeCommand(context))
                        .addSubcommand(new DevicesWatchCommand(context)))
                .addSubcommand(new CommandLine(new DevnetCommand())
                        .addSubcommand(new DevnetUpCommand(context)))
                .addSubcommand(new CommandLine(new NetworkCommand())
                        .addSubcommand(new NetworkListCommand(context))
                        .addSubcommand(new NetworkInstallCommand(context))
                        .addSubcommand(new NetworkUseCommand(context))
                        .addSubcommand(new NetworkCheckCommand(context)))
                .addSubcommand(WalletCommand.withSubcommands(context))
                .addSubcommand(new CommandLine(new EarningsCommand())
                        .addSubcommand(new EarningsExportCommand(context)));
    }
}
