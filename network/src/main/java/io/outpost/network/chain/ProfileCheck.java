package io.outpost.network.chain;

import io.outpost.network.NetworkProfile;
import io.outpost.network.http.Http;
import io.outpost.network.rpc.Eth;
import io.outpost.network.rpc.JsonRpcClient;
import io.outpost.network.rpc.RpcException;
import io.outpost.network.rpc.RpcRequest;
import java.math.BigInteger;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Checks a network profile against its chain: each RPC node must be on {@code chainId}, and each contract
 * address must hold code. One batch per node (chain id and every {@code eth_getCode} together); every
 * problem is reported, each naming the profile field at fault.
 */
public final class ProfileCheck {
    private final Function<URI, JsonRpcClient> clients;

    /** {@code clients} gives a client for one RPC address, e.g. {@code rpc::forUrl}. */
    public ProfileCheck(Function<URI, JsonRpcClient> clients) {
        this.clients = Objects.requireNonNull(clients, "clients");
    }

    /** A field of the profile and what is wrong with it, e.g. {@code contracts.staking: no contract at 0x…}. */
    public record Problem(String field, String message) {
        @Override
        public String toString() {
            return field + ": " + message;
        }
    }

    public record Result(NetworkProfile profile, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public CompletableFuture<Result> check(NetworkProfile profile) {
        List<CompletableFuture<List<Problem>>> perNode = new ArrayList<>();
        for (int i = 0; i < profile.rpcUrls().size(); i++) {
            perNode.add(checkNode(profile, i));
        }
        return CompletableFuture.allOf(perNode.toArray(CompletableFuture[]::new)).thenApply(ignored ->
                new Result(profile, perNode.stream().flatMap(node -> node.join().stream()).toList()));
    }

    private CompletableFuture<List<Problem>> checkNode(NetworkProfile profile, int index) {
        URI url = profile.rpcUrls().get(index);
        String node = Http.origin(url);
        List<Map.Entry<String, String>> contracts = profile.contracts().named();
        List<RpcRequest> requests = new ArrayList<>();
        requests.add(Eth.chainId());
        contracts.forEach(contract -> requests.add(Eth.getCode(contract.getValue())));
        List<CompletableFuture<JsonNode>> answers = clients.apply(url).batch(requests);
        return CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).handle((ignored, error) -> {
            List<Problem> problems = new ArrayList<>();
            BigInteger chainId;
            try {
                chainId = Eth.quantity(answers.getFirst().join());
            } catch (RuntimeException e) {
                problems.add(new Problem("rpcUrls[" + index + "]", "the node at " + node + " did not say its chain id: "
                        + Http.unwrap(e).getMessage()));
                return problems;
            }
            if (!chainId.equals(BigInteger.valueOf(profile.chainId()))) {
                problems.add(new Problem("chainId", "the node at " + node + " is chain " + chainId
                        + ", the profile says " + profile.chainId()));
                return problems;
            }
            for (int i = 0; i < contracts.size(); i++) {
                codeProblem(contracts.get(i), answers.get(i + 1), node).ifPresent(problems::add);
            }
            return problems;
        });
    }

    private static Optional<Problem> codeProblem(Map.Entry<String, String> contract,
                                                           CompletableFuture<JsonNode> answer, String node) {
        try {
            if (Eth.data(answer.join()).length == 0) {
                return Optional.of(new Problem(contract.getKey(), "no contract at " + contract.getValue()
                        + " on the node at " + node));
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            Throwable cause = Http.unwrap(e);
            String why = cause instanceof RpcException ? cause.getMessage() : cause.toString();
            return Optional.of(new Problem(contract.getKey(), "could not read the code at "
                    + contract.getValue() + ": " + why));
        }
    }
}
