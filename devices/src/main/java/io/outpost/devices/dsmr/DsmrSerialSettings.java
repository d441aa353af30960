package io.outpost.devices.dsmr;

/** The serial line settings of a P1 port, which changed with DSMR 4. */
public enum DsmrSerialSettings {
    /** DSMR 2.2 and 3: 9600 baud, 7E1. */
    DSMR_2_AND_3(9_600, 7, Parity.EVEN, 1),
    /** DSMR 4 and 5, and the Belgian e-MUCS: 115200 baud, 8N1. */
    DSMR_4_AND_5(115_200, 8, Parity.NONE, 1);

    public enum Parity { NONE, EVEN }

    private final int baudRate;
    private final int dataBits;
    private final Parity parity;
    private final int stopBits;

    DsmrSerialSettings(int baudRate, int dataBits, Parity parity, int stopBits) {
        this.baudRate = baudRate;
        this.dataBits = dataBits;
        this.parity = parity;
        this.stopBits = stopBits;
    }

    /**
     * The settings for a version as a meter reports it ({@code "42"}, {@code "50"}, e-MUCS {@code "50217"})
     * or as written on it ({@code "2.2"}, {@code "5.0"}). Blank means no version line, which meters before
     * DSMR 4 do not send.
     */
    public static DsmrSerialSettings forVersion(String version) {
        String v = version.strip();
        return v.isEmpty() || v.startsWith("2") || v.startsWith("3") ? DSMR_2_AND_3 : DSMR_4_AND_5;
    }

    public int baudRate() {
        return baudRate;
    }

    public int dataBits() {
        return dataBits;
    }

    public Parity parity() {
        return parity;
    }

    public int stopBits() {
        return stopBits;
    }
}
