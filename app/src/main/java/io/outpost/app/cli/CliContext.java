package io.outpost.app.cli;

import io.outpost.app.AppInfo;
import io.outpost.app.AppServices;
import io.outpost.app.doctor.SystemFacts;
import io.outpost.app.storage.AppDirectories;
import io.outpost.devnet.OracleLauncher;
import io.outpost.i18n.Messages;
import io.outpost.wallet.Wallet;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.function.Function;

/**
 * What every command needs from outside: where to print, the machine's facts, the environment that decides
 * the OS folders, the desktop to open, and the oracle a devnet starts. Commands build {@link AppServices} only once they know the data
 * folder, so {@code --version} and {@code --help} touch nothing on disk. {@code wallets} opens the wallet in a
 * folder ({@link Wallet#standard} but in tests).
 */
record CliContext(AppInfo info, Messages messages, SystemFacts facts, Map<String, String> env, Path home,
                  PrintWriter out, PrintWriter err, DesktopLauncher desktop, OracleLauncher oracles,
                  Function<Path, Wallet> wallets) {

    AppDirectories directories(Path dataDirOption) {
        return dataDirOption != null
                ? AppDirectories.portable(dataDirOption)
                : AppDirectories.forOs(facts.osName(), env, home);
    }

    AppServices services(AppDirectories directories) {
        return new AppServices(info, directories, facts, Clock.systemUTC(), Messages::new, wallets);
    }
}
