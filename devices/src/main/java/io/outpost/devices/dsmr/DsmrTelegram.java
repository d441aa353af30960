package io.outpost.devices.dsmr;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One DSMR P1 telegram. No component is ever null: a value the telegram does not carry, or carries in a
 * form that cannot be read (an unknown unit, say), is {@link Optional#empty()}; its text is still in
 * {@link #obis()}. Energies are in kWh and powers in kW whatever the meter printed (some print Wh and W).
 *
 * @param header                    the identification line without its leading {@code /}
 * @param version                   the P1 version: {@code 1-3:0.2.8} (DSMR 4 and later), or {@code 0-0:96.1.4}
 *                                  (Belgian e-MUCS); absent on DSMR 2.2 and 3
 * @param equipmentId               {@code 0-0:96.1.1}, or else {@code 0-0:96.1.0} (Ireland, Hungary) or
 *                                  {@code 0-0:96.1.255} (EasyMeter); decoded when it is hex-encoded text
 * @param timestamp                 {@code 0-0:1.0.0}
 * @param energyDeliveredTotalKwh   {@code 1-0:1.8.0}, or else the sum of the tariff registers
 * @param energyReturnedTotalKwh    {@code 1-0:2.8.0}, or else the sum of the tariff registers
 * @param gas                       the last gas reading of the M-Bus channels, in telegram order
 * @param crcChecked                whether the telegram carried a CRC (it matched, or it would not be here)
 * @param obis                      every OBIS line, in telegram order: the reference (a {@code *255} suffix
 *                                  dropped) to the text after it, parentheses included, continuation lines
 *                                  appended
 * @param raw                       the telegram from {@code /} through the line end after the CRC, one char
 *                                  per byte (ISO-8859-1)
 */
public record DsmrTelegram(
        String header,
        Optional<String> version,
        Optional<String> equipmentId,
        Optional<Instant> timestamp,
        Optional<BigDecimal> energyDeliveredTariff1Kwh,
        Optional<BigDecimal> energyDeliveredTariff2Kwh,
        Optional<BigDecimal> energyReturnedTariff1Kwh,
        Optional<BigDecimal> energyReturnedTariff2Kwh,
        Optional<BigDecimal> energyDeliveredTotalKwh,
        Optional<BigDecimal> energyReturnedTotalKwh,
        Optional<BigDecimal> powerDeliveredKw,
        Optional<BigDecimal> powerReturnedKw,
        Optional<GasReading> gas,
        boolean crcChecked,
        Map<String, String> obis,
        String raw) {

    public DsmrTelegram {
        obis = Collections.unmodifiableMap(new LinkedHashMap<>(obis));
    }

    /**
     * A gas meter reading.
     *
     * @param volumeM3  the meter's volume register
     * @param timestamp when the gas meter took it (it reports to the electricity meter periodically)
     */
    public record GasReading(BigDecimal volumeM3, Optional<Instant> timestamp) {
    }
}
