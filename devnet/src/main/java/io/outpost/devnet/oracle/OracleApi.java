package io.outpost.devnet.oracle;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The oracle's read endpoints: health, epochs, a device's uptime, coverage and an owner's rewards. */
final class OracleApi {
    private static final Pattern EPOCH_QUERY = Pattern.compile("epoch=(\\d{1,18})");
    private static final Pattern REQUIRED_EPOCH = Pattern.compile("(?:.*&)?epoch=(\\d{1,18})(?:&.*)?");

    /** What the read endpoints look at. */
    record Sources(long chainId, Epochs epochs, Clock clock, Activity activity, EpochStore store,
                   Registrations registrations, Coverage coverage, RewardRule rule) {
    }

    private final Sources sources;
    private final HeartbeatEndpoint heartbeats;

    OracleApi(Sources sources, HeartbeatEndpoint heartbeats) {
        this.sources = sources;
        this.heartbeats = heartbeats;
    }

    List<OracleHttp.Route> routes() {
        return List.of(
                new OracleHttp.Route("POST", Pattern.compile("/v1/heartbeats"), heartbeats),
                new OracleHttp.Route("GET", Pattern.compile("/v1/health"), this::health),
                new OracleHttp.Route("GET", Pattern.compile("/v1/epochs"), this::epochs),
                new OracleHttp.Route("GET", Pattern.compile("/v1/devices/([^/]+)/uptime"), this::uptime),
                new OracleHttp.Route("GET", Pattern.compile("/v1/devices/([^/]+)/rewards"), this::deviceRewards),
                new OracleHttp.Route("GET", Pattern.compile("/v1/coverage"), this::coverage),
                new OracleHttp.Route("GET", Pattern.compile("/v1/rewards/([^/]+)"), this::rewards));
    }

    private long currentEpoch() {
        return sources.epochs().numberAt(sources.clock().instant().getEpochSecond());
    }

    private void health(HttpExchange exchange, Matcher path) throws IOException {
        OracleHttp.send(exchange, 200, OracleHttp.JSON.createObjectNode().put("status", "ok")
                .put("chainId", sources.chainId()).put("epoch", currentEpoch()));
    }

    private void epochs(HttpExchange exchange, Matcher path) throws IOException, SQLException {
        Epochs epochs = sources.epochs();
        long current = currentEpoch();
        ObjectNode body = OracleHttp.JSON.createObjectNode().put("epochSeconds", epochs.seconds())
                .put("genesis", epochs.genesis());
        body.putObject("current").put("epoch", current).put("start", epochs.start(current)).put("end", epochs.end(current));
        ArrayNode posted = body.putArray("posted");
        for (EpochStore.ClosedEpoch epoch : sources.store().posted()) {
            posted.addObject().put("epoch", epoch.epoch()).put("root", epoch.root())
                    .put("totalAmount", epoch.total().toString()).put("txHash", epoch.txHash());
        }
        OracleHttp.send(exchange, 200, body);
    }

    private void uptime(HttpExchange exchange, Matcher path) throws ApiError, IOException, SQLException {
        String device = Addresses.parse(path.group(1), "device");
        long epoch = epochOf(exchange);
        List<Uptime.Interval> intervals = sources.activity().intervals(device, epoch);
        ObjectNode body = OracleHttp.JSON.createObjectNode().put("device", device).put("epoch", epoch);
        ArrayNode list = body.putArray("intervals");
        intervals.forEach(interval -> list.addObject().put("from", interval.from()).put("to", interval.to()));
        body.put("fraction", sources.activity().fraction(Uptime.covered(intervals)));
        OracleHttp.send(exchange, 200, body);
    }

    /** Coverage of a closed epoch as it was paid; of the open one, as it stands. */
    private void coverage(HttpExchange exchange, Matcher path) throws ApiError, IOException, SQLException {
        long epoch = epochOf(exchange);
        Map<String, Integer> cells = epoch <= sources.store().lastClosed() ? paidCells(epoch) : liveCells(epoch);
        ObjectNode body = OracleHttp.JSON.createObjectNode().put("epoch", epoch).put("resolution", Coverage.RESOLUTION);
        ArrayNode list = body.putArray("cells");
        cells.forEach((cell, devices) -> list.addObject().put("cell", cell).put("devices", devices)
                .put("scale", RewardRule.densityScale(devices)));
        OracleHttp.send(exchange, 200, body);
    }

    private Map<String, Integer> paidCells(long epoch) throws SQLException {
        Map<String, Integer> cells = new TreeMap<>();
        sources.store().shares(epoch).forEach(share -> cells.merge(share.cell(), 1, Integer::sum));
        return cells;
    }

    private Map<String, Integer> liveCells(long epoch) throws IOException, SQLException {
        Map<String, Integer> cells = new TreeMap<>();
        for (String device : sources.activity().coveredSeconds(epoch).keySet()) {
            Optional<OracleChain.Registration> registration = sources.registrations().of(device);
            OptionalLong cell = registration.isEmpty() ? OptionalLong.empty()
                    : sources.coverage().cellOf(registration.get().location());
            if (cell.isPresent()) {
                cells.merge(Coverage.text(cell.getAsLong()), 1, Integer::sum);
            }
        }
        return cells;
    }

    private void rewards(HttpExchange exchange, Matcher path) throws ApiError, IOException, SQLException {
        String owner = Addresses.parse(path.group(1), "owner");
        List<EpochStore.ClosedEpoch> posted = sources.store().posted();
        Optional<EpochStore.OwnerLeaf> leaf = posted.isEmpty() ? Optional.empty()
                : sources.store().leaf(posted.getLast().epoch(), owner);
        if (leaf.isEmpty()) {
            throw new ApiError(Refusal.NO_REWARDS, owner + " has nothing in the last posted tree");
        }
        ObjectNode body = OracleHttp.JSON.createObjectNode().put("owner", owner).put("epoch", posted.getLast().epoch())
                .put("cumulativeAmount", leaf.get().cumulative().toString());
        ArrayNode proof = body.putArray("proof");
        leaf.get().proof().forEach(proof::add);
        body.put("root", posted.getLast().root());
        OracleHttp.send(exchange, 200, body);
    }

    /** A device's share of a closed epoch, with every factor it was paid by. */
    private void deviceRewards(HttpExchange exchange, Matcher path) throws ApiError, IOException, SQLException {
        String device = Addresses.parse(path.group(1), "device");
        String query = exchange.getRequestURI().getRawQuery();
        Matcher matcher = REQUIRED_EPOCH.matcher(query == null ? "" : query);
        if (!matcher.matches()) {
            throw ApiError.malformed("the query is epoch=<number>");
        }
        long epoch = Long.parseLong(matcher.group(1));
        long closed = sources.store().lastClosed();
        if (epoch < 1 || epoch > closed) {
            throw new ApiError(Refusal.UNKNOWN_EPOCH, "epoch " + epoch + " is not closed: the last closed epoch is " + closed);
        }
        EpochStore.DeviceShare share = sources.store().share(epoch, device).orElseThrow(() -> new ApiError(Refusal.NOT_PAID,
                device + " was not paid in epoch " + epoch + " (no uptime, or not registered at a valid place)"));
        Epochs epochs = sources.epochs();
        RewardRule rule = sources.rule();
        OracleHttp.send(exchange, 200, OracleHttp.JSON.createObjectNode().put("device", device).put("epoch", epoch)
                .put("start", epochs.start(epoch)).put("end", epochs.end(epoch)).put("owner", share.owner())
                .put("coveredSeconds", share.covered())
                .put("networkUptime", Math.clamp(share.covered(), 0, epochs.seconds()) / (double) epochs.seconds())
                .put("cell", share.cell()).put("devicesInCell", share.cellDevices())
                .put("scale", RewardRule.densityScale(share.cellDevices())).put("stake", share.stake().toString())
                .put("boost", RewardRule.stakeBoost(share.stake())).put("emission", rule.emission().toString())
                .put("amount", share.reward().toString()));
    }

    /** The {@code epoch} query parameter, 1 to the open epoch; the open epoch when absent. */
    private long epochOf(HttpExchange exchange) throws ApiError {
        String query = exchange.getRequestURI().getRawQuery();
        long current = currentEpoch();
        if (query == null || query.isEmpty()) {
            return current;
        }
        Matcher matcher = EPOCH_QUERY.matcher(query);
        if (!matcher.matches()) {
            throw ApiError.malformed("the query is epoch=<number>");
        }
        long epoch = Long.parseLong(matcher.group(1));
        if (epoch < 1 || epoch > current) {
            throw new ApiError(Refusal.UNKNOWN_EPOCH, "epoch " + epoch + " is not between 1 and the open epoch " + current);
        }
        return epoch;
    }
}
