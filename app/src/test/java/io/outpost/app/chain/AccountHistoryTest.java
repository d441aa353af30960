package io.outpost.app.chain;

import static io.outpost.app.chain.TestWallet.signer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.outpost.app.chain.AccountHistory.Event;
import io.outpost.app.chain.AccountHistory.Item;
import io.outpost.app.transactions.JournalEntry;
import io.outpost.devnet.OracleTestNet;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** An account's history on anvil: its journal merged with the claims and staking events the chain logged. */
@Timeout(120)
class AccountHistoryTest {
    private static final String CAROL = OracleTestNet.CAROL.getAddress();
    private static final String FRIEND = "0x1234aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa5678";

    @TempDir
    Path folder;
    private TestWallet wallet;

    @BeforeEach
    void start() throws Exception {
        wallet = new TestWallet(folder);
    }

    @AfterEach
    void stop() {
        wallet.close();
    }

    @Test
    void theJournalIsMergedWithTheAccountsEventsNewestFirst() throws Exception {
        wallet.net.award(CAROL, BigInteger.valueOf(500)); // claimed for CAROL by ALICE: on-chain only
        StakeTokens staking = new StakeTokens(wallet.profile, wallet.rpc, wallet.sender);
        staking.stake(CAROL, BigInteger.valueOf(300), wallet.fee(), signer(OracleTestNet.CAROL)).get(60, TimeUnit.SECONDS);
        staking.requestUnstake(CAROL, BigInteger.valueOf(100), wallet.fee(), signer(OracleTestNet.CAROL)).get(60, TimeUnit.SECONDS);
        SendFunds send = new SendFunds(wallet.profile, wallet.rpc, wallet.journal, wallet.sender);
        send.send(send.review(CAROL, FRIEND, SendFunds.Asset.TOKEN, BigInteger.valueOf(50), SendFunds.Speed.NORMAL).join(),
                signer(OracleTestNet.CAROL)).get(60, TimeUnit.SECONDS);

        List<Item> history = new AccountHistory(wallet.profile, wallet.rpc, wallet.journal).of(CAROL).get(30, TimeUnit.SECONDS);

        assertThat(history).isSortedAccordingTo(Comparator.comparing(Item::at).reversed()).hasSize(5);
        List<Item> recorded = history.stream().filter(item -> item.transaction().isPresent()).toList();
        assertThat(recorded).extracting(item -> item.transaction().orElseThrow().state()).containsOnly(JournalEntry.State.MINED);
        assertThat(recorded).extracting(item -> item.events().stream().map(Event::name).toList())
                .containsExactly(List.of(), List.of("UnstakeRequested"), List.of("Staked"), List.of());
        assertThat(recorded.getFirst().transaction().orElseThrow().recipient()).contains(FRIEND);
        assertThat(recorded.get(2).events().getFirst().amount()).isEqualTo(300);
        assertThat(recorded.getLast().transaction().orElseThrow().to()).contains(wallet.net.token());
        assertThat(history).filteredOn(item -> item.transaction().isEmpty()).singleElement().satisfies(claim -> {
            assertThat(claim.events()).extracting(Event::name, Event::amount).containsExactly(
                    tuple("Claimed", BigInteger.valueOf(500)));
        });
        assertThat(new AccountHistory(wallet.profile, wallet.rpc, wallet.journal).of(FRIEND).join())
                .as("nothing of FRIEND's own").isEmpty();
    }
}
