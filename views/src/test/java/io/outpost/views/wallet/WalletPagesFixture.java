package io.outpost.views.wallet;

import io.outpost.app.chain.AccountHistory;
import io.outpost.app.chain.ReplacePending;
import io.outpost.app.chain.SendFunds;
import io.outpost.app.chain.StakeTokens;
import io.outpost.app.rewards.ClaimRewards;
import io.outpost.app.settings.Settings;
import io.outpost.app.settings.SettingsStore;
import io.outpost.app.tasks.TaskRunner;
import io.outpost.app.wallet.Balances;
import io.outpost.app.wallet.WalletActions;
import io.outpost.app.wallet.WalletService;
import io.outpost.app.wallet.WalletSession;
import io.outpost.network.NetworkProfile;
import io.outpost.network.NetworkProfiles;
import io.outpost.network.rpc.Fees;
import io.outpost.views.common.SettingsKeeper;
import io.outpost.wallet.Wallet;
import io.outpost.wallet.store.AtomicFile;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The wallet pages' models on a real wallet folder (light scrypt) with a same-thread runner. The chain is
 * one that cannot be reached: the devnet UI test covers the chain; these cover the pages' own logic.
 */
final class WalletPagesFixture {
    static final int LIGHT_SCRYPT_N = 1 << 10;

    final WalletService wallet;
    final WalletSession session;
    final TaskRunner tasks = TaskRunner.sameThread();
    final WalletActions actions;
    final SettingsKeeper settings;
    final List<Object> settingsProblems = new ArrayList<>();

    WalletPagesFixture(Path folder) {
        wallet = new WalletService(new Wallet(folder.resolve("wallets"), Clock.systemUTC(), new SecureRandom(), LIGHT_SCRYPT_N,
                Wallet.DEFAULT_AUTO_LOCK, AtomicFile.Hook.NONE), new SecureRandom());
        session = new WalletSession(wallet, Duration.ofMinutes(5));
        NetworkProfile devnet = NetworkProfiles.builtIn().byIdOrDefault(NetworkProfiles.DEVNET_ID);
        actions = new WalletActions(wallet, session, () -> devnet, new Unreachable());
        settings = new SettingsKeeper(new SettingsStore(folder.resolve("settings.json"), Clock.systemUTC()), Settings.defaults(),
                tasks, settingsProblems::add);
    }

    WalletViewModel.WalletPages pages() {
        return new WalletViewModel.WalletPages(new SetupViewModel(wallet, session, tasks, new Random(7)),
                new UnlockViewModel(session, tasks), new OverviewViewModel(actions, session, tasks),
                new StakeViewModel(actions, tasks), new SendViewModel(actions, tasks), new HistoryViewModel(actions, tasks),
                new WalletSettingsViewModel(wallet, session, settings, tasks));
    }

    /** A network whose every use fails at once, as an unreachable one would after its retries. */
    private static final class Unreachable implements WalletActions.Chain {
        @Override
        public Balances balances(NetworkProfile network) {
            throw new IllegalStateException("no chain in this test");
        }

        @Override
        public ClaimRewards claimRewards(NetworkProfile network) {
            throw new IllegalStateException("no chain in this test");
        }

        @Override
        public StakeTokens staking(NetworkProfile network) {
            throw new IllegalStateException("no chain in this test");
        }

        @Override
        public SendFunds sendFunds(NetworkProfile network) {
            throw new IllegalStateException("no chain in this test");
        }

        @Override
        public AccountHistory history(NetworkProfile network) {
            throw new IllegalStateException("no chain in this test");
        }

        @Override
        public Fees fees(NetworkProfile network) {
            throw new IllegalStateException("no chain in this test");
        }

        @Override
        public ReplacePending replacePending(NetworkProfile network) {
            throw new IllegalStateException("no chain in this test");
        }
    }
}
