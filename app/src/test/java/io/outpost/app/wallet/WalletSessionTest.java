package io.outpost.app.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.outpost.devnet.oracle.TestClock;
import io.outpost.wallet.Wallet;
import io.outpost.wallet.WalletState;
import io.outpost.wallet.keys.Address;
import io.outpost.wallet.keystore.WrongPasswordException;
import io.outpost.wallet.store.AtomicFile;
import io.outpost.wallet.tx.Transaction;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desktop's unlock session on a real wallet folder, with a clock the test moves. */
class WalletSessionTest {
    private static final Transaction.FeeMarket TRANSFER = new Transaction.FeeMarket(31337, BigInteger.ZERO, BigInteger.ONE,
            BigInteger.TWO, BigInteger.valueOf(21_000), Optional.of("0x" + "11".repeat(20)), BigInteger.ONE, new byte[0]);

    @TempDir
    Path folder;

    private final TestClock clock = new TestClock(1_900_000_000L);
    private final List<WalletState> heard = new ArrayList<>();

    private WalletService service() {
        return new WalletService(new Wallet(folder, clock, new SecureRandom(), WalletServiceTest.LIGHT_SCRYPT_N,
                Wallet.DEFAULT_AUTO_LOCK, AtomicFile.Hook.NONE), new SecureRandom());
    }

    @Test
    void unlocksSignsAndLocksItselfAfterTheIdleLimitTellingListeners() throws Exception {
        WalletService wallet = service();
        WalletSession session = new WalletSession(wallet, Duration.ofMinutes(1));
        session.addListener(heard::add);
        assertThat(session.state()).isEqualTo(WalletState.NONE);
        Address account = wallet.create(12, new char[0], "correct horse".toCharArray()).address();
        assertThat(session.state()).isEqualTo(WalletState.LOCKED);

        session.unlock("correct horse".toCharArray());
        assertThat(session.state()).isEqualTo(WalletState.UNLOCKED);
        assertThat(session.signerFor(account).apply(TRANSFER).raw()).isNotEmpty();

        clock.advance(59);
        session.checkIdle();
        assertThat(session.isUnlocked()).isTrue();
        clock.advance(60);
        session.checkIdle();
        assertThat(session.isUnlocked()).isFalse();
        assertThat(heard).containsExactly(WalletState.UNLOCKED, WalletState.LOCKED);
        assertThatThrownBy(() -> session.signerFor(account).apply(TRANSFER)).isInstanceOf(WalletSession.LockedException.class);
    }

    @Test
    void aWrongPasswordLeavesTheSessionAsItWas() throws Exception {
        WalletService wallet = service();
        WalletSession session = new WalletSession(wallet, Duration.ofMinutes(5));
        wallet.create(12, new char[0], "right".toCharArray());
        session.addListener(heard::add);
        char[] wrong = "wrong".toCharArray();

        assertThatThrownBy(() -> session.unlock(wrong)).isInstanceOf(WrongPasswordException.class);

        assertThat(wrong).containsOnly('\0');
        assertThat(session.state()).isEqualTo(WalletState.LOCKED);
        assertThat(heard).isEmpty();
        assertThat(WalletProblem.of(new java.util.concurrent.CompletionException(new WrongPasswordException())).kind())
                .isEqualTo(WalletProblem.Kind.WRONG_PASSWORD);
    }

    @Test
    void lockingWipesTheKeysAtOnce() throws Exception {
        WalletService wallet = service();
        WalletSession session = new WalletSession(wallet, Duration.ofMinutes(5));
        Address account = wallet.create(12, new char[0], "pw".toCharArray()).address();
        session.unlock("pw".toCharArray());
        session.addListener(heard::add);

        session.lock();

        assertThat(session.state()).isEqualTo(WalletState.LOCKED);
        assertThat(heard).containsExactly(WalletState.LOCKED);
        assertThatThrownBy(() -> session.signerFor(account).apply(TRANSFER)).isInstanceOf(WalletSession.LockedException.class);
    }
}
