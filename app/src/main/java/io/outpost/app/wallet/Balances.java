package io.outpost.app.wallet;

import io.outpost.network.NetworkProfile;
import io.outpost.network.abi.ContractAbi;
import io.outpost.network.abi.Hex;
import io.outpost.network.chain.Contract;
import io.outpost.network.oracle.OracleClient;
import io.outpost.network.oracle.Rewards;
import io.outpost.network.rpc.Eth;
import io.outpost.network.rpc.JsonRpcClient;
import io.outpost.network.rpc.RpcRequest;
import io.outpost.wallet.keys.Address;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;

/**
 * The balances of every account: native coin, token, staked and claimable. Refreshing costs at most two
 * round trips, counted as the user waits for them: ONE JSON-RPC batch with every on-chain read
 * ({@code eth_getBalance}, {@code balanceOf}, {@code stakeOf}, {@code claimed} for all accounts), sent at the
 * same time as ONE wave of oracle GETs ({@code /v1/rewards/{owner}}, one per account, all in flight together).
 * Claimable is the oracle's cumulative amount less what the account claimed on-chain.
 */
public final class Balances {
    private static final int READS_PER_ACCOUNT = 4;

    private final JsonRpcClient rpc;
    private final OracleClient oracle;
    private final Contract token;
    private final Contract staking;
    private final Contract distributor;

    public Balances(NetworkProfile network, JsonRpcClient rpc, OracleClient oracle) {
        this.rpc = rpc;
        this.oracle = oracle;
        this.token = new Contract(rpc, network.contracts().token(), ContractAbi.load("OutpostToken"));
        this.staking = new Contract(rpc, network.contracts().staking(), ContractAbi.load("Staking"));
        this.distributor = new Contract(rpc, network.contracts().rewardsDistributor(), ContractAbi.load("RewardsDistributor"));
    }

    /**
     * One account's balances in base units. {@code claimable} is empty when the oracle could not be asked
     * (the chain's figures are still shown then).
     */
    public record AccountBalance(Address address, BigInteger ether, BigInteger tokens, BigInteger staked,
                                 Optional<BigInteger> claimable) {
    }

    /** The balances of {@code accounts}, in their order; fails as the RPC client fails when the chain cannot be read. */
    public CompletableFuture<List<AccountBalance>> of(List<Address> accounts) {
        List<CompletableFuture<Optional<Rewards>>> rewards = accounts.stream()
                .map(account -> oracle.rewards(account.value())).toList();
        List<RpcRequest> requests = new ArrayList<>();
        for (Address account : accounts) {
            String owner = Hex.address(account.value());
            requests.add(RpcRequest.of("eth_getBalance", owner, "latest"));
            requests.add(token.request("balanceOf", owner));
            requests.add(staking.request("stakeOf", owner));
            requests.add(distributor.request("claimed", owner));
        }
        List<CompletableFuture<JsonNode>> answers = rpc.batch(requests);
        List<CompletableFuture<AccountBalance>> balances = new ArrayList<>();
        for (int i = 0; i < accounts.size(); i++) {
            balances.add(balance(accounts.get(i), answers.subList(i * READS_PER_ACCOUNT, (i + 1) * READS_PER_ACCOUNT),
                    rewards.get(i)));
        }
        return CompletableFuture.allOf(balances.toArray(CompletableFuture[]::new))
                .thenApply(done -> balances.stream().map(CompletableFuture::join).toList());
    }

    private CompletableFuture<AccountBalance> balance(Address account, List<CompletableFuture<JsonNode>> answers,
                                                      CompletableFuture<Optional<Rewards>> rewards) {
        CompletableFuture<BigInteger> ether = answers.get(0).thenApply(Eth::quantity);
        CompletableFuture<BigInteger> tokens = token.read("balanceOf", answers.get(1), Balances::uint);
        CompletableFuture<BigInteger> staked = staking.read("stakeOf", answers.get(2), Balances::uint);
        CompletableFuture<BigInteger> claimed = distributor.read("claimed", answers.get(3), Balances::uint);
        CompletableFuture<Optional<BigInteger>> cumulative = rewards
                .thenApply(offer -> Optional.of(offer.map(Rewards::cumulativeAmount).orElse(BigInteger.ZERO)))
                .exceptionally(error -> Optional.empty());
        return CompletableFuture.allOf(ether, tokens, staked, claimed, cumulative).thenApply(done -> new AccountBalance(
                account, ether.join(), tokens.join(), staked.join(),
                cumulative.join().map(total -> total.subtract(claimed.join()).max(BigInteger.ZERO))));
    }

    private static BigInteger uint(List<Object> values) {
        return (BigInteger) values.getFirst();
    }
}
