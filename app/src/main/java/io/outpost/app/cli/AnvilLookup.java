package io.outpost.app.cli;

import io.outpost.app.storage.AppDirectories;
import io.outpost.devnet.AnvilInstaller;
import io.outpost.devnet.AnvilUnavailableException;
import io.outpost.i18n.Messages;
import java.nio.file.Path;
import java.util.Optional;

/** Finds anvil for {@code devnet up} and {@code demo}, or installs it into the data folder's cache, telling the user. */
final class AnvilLookup {
    private AnvilLookup() {
    }

    /** The anvil program, or null after telling the user why there is none. */
    static Path findOrInstall(CliContext context, AppDirectories directories) {
        AnvilInstaller installer = new AnvilInstaller(context.env(), context.facts().osName(), context.facts().osArch(),
                Path.of(""), directories.cache());
        try {
            Optional<Path> found = installer.find();
            return found.isPresent() ? found.get() : install(context, installer, directories);
        } catch (AnvilUnavailableException e) {
            Messages messages = context.messages();
            context.err().println(switch (e.reason()) {
                case NO_NPM -> messages.get("cli.devnet.noNpm");
                case UNSUPPORTED_PLATFORM -> messages.get("cli.devnet.unsupported", e.detail());
                case INSTALL_FAILED -> messages.get("cli.devnet.installFailed", e.detail());
            });
            return null;
        }
    }

    private static Path install(CliContext context, AnvilInstaller installer, AppDirectories directories)
            throws AnvilUnavailableException {
        context.err().println(context.messages().get("cli.devnet.installing", AnvilInstaller.VERSION, directories.cache()));
        context.err().flush();
        return installer.install();
    }
}
