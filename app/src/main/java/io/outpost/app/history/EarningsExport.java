package io.outpost.app.history;

import io.outpost.app.history.History.DayEarnings;
import io.outpost.network.NetworkProfile;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Earnings per day (UTC) and device, and the owners' claim transactions, for taxes: as CSV or JSON. Amounts are
 * decimal strings of the token's smallest unit. Used by {@code outpost earnings export} and the dashboard.
 */
public record EarningsExport(NetworkProfile network, LocalDate from, LocalDate to, List<DayEarnings> days,
                             List<HistoryStore.Claim> claims) {
    private static final String CSV_HEADER = "date,kind,device,owner,amount,transaction";

    public EarningsExport {
        days = List.copyOf(days);
        claims = List.copyOf(claims);
    }

    /** What the history holds for [from, to] (read it after the recorder caught up with the network). */
    public static EarningsExport of(NetworkProfile network, HistoryStore history, LocalDate from, LocalDate to) {
        return new EarningsExport(network, from, to, history.earningsPerDay(from, to),
                history.claims(from.atStartOfDay(ZoneOffset.UTC).toInstant(), to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    /** One row per day and device ({@code earning}, with that day's claim hashes) and one per claim. */
    public String csv() {
        StringBuilder out = new StringBuilder(CSV_HEADER).append('\n');
        for (DayEarnings day : days) {
            out.append(String.join(",", day.day().toString(), "earning", day.device(), "", day.amount().toString(),
                    String.join(" ", day.claims()))).append('\n');
        }
        for (HistoryStore.Claim claim : claims) {
            out.append(String.join(",", dayOf(claim.at()).toString(), "claim", "", claim.owner(), claim.amount().toString(),
                    claim.transactionHash())).append('\n');
        }
        return out.toString();
    }

    public String json() {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode root = mapper.createObjectNode().put("network", network.id()).put("from", from.toString())
                .put("to", to.toString());
        root.putObject("token").put("symbol", network.token().symbol()).put("decimals", network.token().decimals());
        ArrayNode earnings = root.putArray("earnings");
        for (DayEarnings day : days) {
            ArrayNode hashes = earnings.addObject().put("date", day.day().toString()).put("device", day.device())
                    .put("amount", day.amount().toString()).putArray("claims");
            day.claims().forEach(hashes::add);
        }
        ArrayNode claimed = root.putArray("claims");
        claims.forEach(claim -> claimed.addObject().put("date", dayOf(claim.at()).toString()).put("time", claim.at().toString())
                .put("owner", claim.owner()).put("amount", claim.amount().toString())
                .put("transaction", claim.transactionHash()));
        root.putObject("totals")
                .put("earned", days.stream().map(DayEarnings::amount).reduce(BigInteger.ZERO, BigInteger::add).toString())
                .put("claimed", claims.stream().map(HistoryStore.Claim::amount).reduce(BigInteger.ZERO, BigInteger::add)
                        .toString());
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    private static LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }
}
