package io.outpost.app.history;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * What the user entered so the dashboards can tell when the devices pay for themselves: each device's hardware
 * cost and onboarding fee, and per network the currency they are in and what one token is worth in it (there is
 * no price feed). Kept in the history file beside the earnings they are weighed against, written durably.
 */
public final class CostBook {
    private final HistoryDatabase database;
    private final Function<String, OptionalLong> knownDevice;
    private final DeviceIds deviceIds;

    /** What a device cost, in the network's currency; neither is negative. */
    public record DeviceCosts(BigDecimal hardware, BigDecimal onboarding) {
        public DeviceCosts {
            if (hardware.signum() < 0 || onboarding.signum() < 0) {
                throw new IllegalArgumentException("costs cannot be negative");
            }
        }

        public BigDecimal total() {
            return hardware.add(onboarding);
        }
    }

    /** What one of the network's tokens is worth in {@code currency}, as the user entered it; above zero. */
    public record TokenPrice(Currency currency, BigDecimal perToken) {
        public TokenPrice {
            if (perToken.signum() <= 0) {
                throw new IllegalArgumentException("a token's price must be above zero");
            }
        }
    }

    /** A device's number in the file, made when it has none (within the caller's transaction). */
    @FunctionalInterface
    interface DeviceIds {
        long idOf(Connection c, String device) throws SQLException;
    }

    CostBook(HistoryDatabase database, Function<String, OptionalLong> knownDevice, DeviceIds deviceIds) {
        this.database = database;
        this.knownDevice = knownDevice;
        this.deviceIds = deviceIds;
    }

    public Optional<DeviceCosts> costs(String device) {
        return Optional.ofNullable(allCosts().get(device.toLowerCase(Locale.ROOT)));
    }

    /** Every device's costs, by its address (lower case). */
    public Map<String, DeviceCosts> allCosts() {
        return database.read(c -> {
            Map<String, DeviceCosts> costs = new HashMap<>();
            try (PreparedStatement query = c.prepareStatement("SELECT d.address, k.hardware, k.onboarding"
                    + " FROM device_costs k JOIN devices d ON d.id = k.device"); ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    costs.put(rows.getString(1), new DeviceCosts(new BigDecimal(rows.getString(2)), new BigDecimal(rows.getString(3))));
                }
            }
            return costs;
        });
    }

    /** What a token of {@code network} (its profile's id) is worth, when the user said. */
    public Optional<TokenPrice> price(String network) {
        return database.read(c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT currency, price FROM token_prices WHERE network = ?")) {
                query.setString(1, network);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? Optional.of(new TokenPrice(Currency.getInstance(row.getString(1)),
                            new BigDecimal(row.getString(2)))) : Optional.empty();
                }
            }
        });
    }

    /** Keeps {@code device}'s costs and its network's token price, in one durable transaction. */
    public void save(String device, DeviceCosts costs, String network, TokenPrice price) {
        database.durably(c -> {
            HistoryStore.update(c, "INSERT OR REPLACE INTO device_costs (device, hardware, onboarding) VALUES (?, ?, ?)",
                    deviceIds.idOf(c, device), costs.hardware().toPlainString(), costs.onboarding().toPlainString());
            HistoryStore.update(c, "INSERT OR REPLACE INTO token_prices (network, currency, price) VALUES (?, ?, ?)",
                    network, price.currency().getCurrencyCode(), price.perToken().toPlainString());
            return null;
        });
    }

    /** Forgets {@code device}'s costs (the token price stays). */
    public void remove(String device) {
        OptionalLong id = knownDevice.apply(device);
        if (id.isPresent()) {
            database.durably(c -> HistoryStore.update(c, "DELETE FROM device_costs WHERE device = ?", id.getAsLong()));
        }
    }
}
