package io.outpost.app.cli;

import io.outpost.app.AppServices;
import io.outpost.app.wallet.WalletService;
import io.outpost.wallet.WalletStateException;
import io.outpost.wallet.keys.Address;
import io.outpost.wallet.keys.InvalidMnemonicException;
import io.outpost.wallet.keystore.KeystoreException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code outpost wallet import}: a wallet from recovery words, or one more account from a private key or a
 * V3 keystore (whose password, from {@code --password-file}, is kept as the wallet's).
 */
@Command(name = "import", mixinStandardHelpOptions = true)
final class WalletImportCommand implements Callable<Integer> {
    private static final int KEY_HEX_DIGITS = 64;

    private final CliContext context;

    @ParentCommand
    WalletCommand parent;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--mnemonic-file", paramLabel = "FILE", descriptionKey = "cli.option.mnemonicFile")
        Path mnemonicFile;

        @Option(names = "--private-key-file", paramLabel = "FILE", descriptionKey = "cli.option.privateKeyFile")
        Path privateKeyFile;

        @Option(names = "--keystore", paramLabel = "FILE", descriptionKey = "cli.option.keystore")
        Path keystore;
    }

    @Option(names = "--passphrase-file", paramLabel = "FILE", descriptionKey = "cli.option.passphraseFile")
    Path passphraseFile;

    @Option(names = "--password-file", paramLabel = "FILE", descriptionKey = "cli.option.passwordFile")
    Path passwordFile;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    WalletImportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        return parent.run(context, (services, secrets) -> {
            WalletService wallet = services.wallet();
            if (source.mnemonicFile != null && wallet.exists()) {
                return WalletCommand.usage(context, context.messages().get("cli.wallet.exists", services.directories().keystores()));
            }
            char[] password = WalletCommand.password(context, secrets, passwordFile);
            if (password == null) {
                return RootCommand.EXIT_USAGE;
            }
            try {
                Address address = importWith(services, secrets, password);
                print(address);
                return address == null ? RootCommand.EXIT_USAGE : RootCommand.EXIT_OK;
            } catch (WalletStateException e) {
                return WalletCommand.usage(context, context.messages().get("cli.wallet.import.duplicate"));
            } finally {
                Arrays.fill(password, '\0');
            }
        });
    }

    /** The imported address; null after telling the user the private key file holds no key. */
    private Address importWith(AppServices services, SecretFiles secrets, char[] password)
            throws IOException, KeystoreException, InvalidMnemonicException, SecretFiles.UnreadableException {
        WalletService wallet = services.wallet();
        if (source.mnemonicFile != null) {
            char[] words = secrets.text(source.mnemonicFile);
            char[] passphrase = passphraseFile == null ? new char[0] : secrets.firstLine(passphraseFile);
            try {
                // Mnemonic keeps its words as Strings; this copy is the one the wallet would make anyway.
                return wallet.restore(new String(words), passphrase, password);
            } finally {
                Arrays.fill(words, '\0');
            }
        }
        if (source.privateKeyFile != null) {
            byte[] key = privateKey(secrets.firstLine(source.privateKeyFile));
            try {
                if (key != null) {
                    return wallet.importPrivateKey(key, password);
                }
            } catch (IllegalArgumentException e) {
                // Zero, or not below the curve order: not a key.
            } finally {
                if (key != null) {
                    Arrays.fill(key, (byte) 0);
                }
            }
            WalletCommand.usage(context, context.messages().get("cli.wallet.badPrivateKey", source.privateKeyFile));
            return null;
        }
        char[] json = secrets.text(source.keystore);
        return wallet.importKeystore(new String(json), password);
    }

    /** 32 bytes from 64 hex digits (with or without 0x); null when the text is not that. Wipes {@code text}. */
    private static byte[] privateKey(char[] text) {
        try {
            String hex = new String(text).strip();
            hex = hex.startsWith("0x") || hex.startsWith("0X") ? hex.substring(2) : hex;
            return hex.length() == KEY_HEX_DIGITS ? HexFormat.of().parseHex(hex) : null;
        } catch (IllegalArgumentException e) {
            return null;
        } finally {
            Arrays.fill(text, '\0');
        }
    }

    private void print(Address address) {
        if (address == null) {
            return;
        }
        context.out().println(json
                ? JsonMapper.builder().build().createObjectNode().put("address", address.checksummed()).toString()
                : context.messages().get("cli.wallet.imported", address.checksummed()));
    }
}
