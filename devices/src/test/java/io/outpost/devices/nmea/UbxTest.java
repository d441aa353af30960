package io.outpost.devices.nmea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.outpost.devices.protocol.ParserStats;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** UBX frames, from real u-blox receivers and by hand; checksums of hand-built frames are u-blox's own examples. */
class UbxTest {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void ubloxEightAnswersVersionAndUniqueIdAmongItsNmea() {
        Parsed parsed = Parsed.capture("gpsd-ublox8-uniqid-monhw.log");

        // B5 62 0A 04 A0 00 "ROM CORE 3.01 (107888)" ... at offset 0x44A, sent four times
        assertThat(parsed.all(UbxMonVer.class)).hasSize(4).containsOnly(new UbxMonVer("ROM CORE 3.01 (107888)",
                "00080000", List.of("FWVER=SPG 3.01", "PROTVER=18.00", "GPS;GLO;GAL;BDS", "SBAS;IMES;QZSS")));
        // B5 62 27 03 09 00 01 00 00 00 CF FB 03 D2 59 2C 88
        assertThat(parsed.all(UbxSecUniqId.class)).containsExactly(new UbxSecUniqId(1, "cffb03d259"));
        // $GNGGA,204221.00,4624.27601,N,11701.24518,W,1,06,1.36,286.2,M,-18.2,M,,*77
        GgaSentence gga = parsed.first(GgaSentence.class);
        assertThat(gga.latitude()).hasValueCloseTo(46.4046001667, within(1e-9));
        assertThat(gga.longitude()).hasValueCloseTo(-117.020753, within(1e-9));
        assertThat(gga.satellitesUsed()).hasValue(6);
        assertThat(gga.hdop()).hasValue(1.36);
        // $GPGSV,2,1,08,06,65,086,24,12,,,28,...: satellite 12 has an SNR but no position yet
        SatelliteInView twelve = parsed.first(GsvSentence.class).satellites().get(1);
        assertThat(twelve.prn()).isEqualTo(12);
        assertThat(twelve.elevation()).isEmpty();
        assertThat(twelve.azimuth()).isEmpty();
        assertThat(twelve.snr()).hasValue(28);

        assertThat(parsed.all(NmeaSentence.class)).hasSize(52);
        assertThat(parsed.all(GenericUbx.class)).hasSize(95)
                .filteredOn(u -> u.messageClass() == 0x05 && u.messageId() == 0x01).hasSize(31);
        // The last frame, a MON-HW, is cut off by the end of the file: not returned, not (yet) corrupt.
        assertThat(parsed.stats()).extracting(ParserStats::frames, ParserStats::corrupt).containsExactly(152L, 0L);
    }

    @Test
    void neoM8nNavigationMessagesAreGeneric() {
        Parsed parsed = Parsed.capture("gpsd-ublox-neo-m8n.log");

        assertThat(parsed.frames()).hasSize(52).allMatch(GenericUbx.class::isInstance);
        assertThat(parsed.all(GenericUbx.class)).filteredOn(u -> u.messageId() == 0x07).hasSize(24)
                .containsOnly(new GenericUbx(0x01, 0x07, 92));
        assertThat(parsed.all(GenericUbx.class)).filteredOn(u -> u.messageId() == 0x20).hasSize(23)
                .containsOnly(new GenericUbx(0x01, 0x20, 16));
        assertThat(parsed.all(GenericUbx.class)).filteredOn(u -> u.messageId() == 0x35).hasSize(5);
        assertThat(parsed.stats().corrupt()).isZero();
    }

    @Test
    void zedF9pNavSigLongerThanAKilobyteIsKept() {
        Parsed parsed = Parsed.capture("gpsd-ublox-f9p-rtcm.log");

        assertThat(parsed.all(GenericUbx.class)).hasSize(16).contains(new GenericUbx(0x01, 0x43, 1208));
        assertThat(parsed.stats()).extracting(ParserStats::corrupt, ParserStats::oversized).containsExactly(0L, 0L);
    }

    @Test
    void handBuiltAckWithKnownChecksum() {
        // UBX-ACK-ACK for CFG-PRT (06 00), checksum 0E 37
        byte[] ack = HEX.parseHex("b5620501020006000e37");

        assertThat(Parsed.bytes(ack).frames()).containsExactly(new GenericUbx(0x05, 0x01, 2));

        ack[ack.length - 1] = 0x38;
        // Corrupt; its nine bytes after B5 are scanned again, find no frame and are skipped.
        assertThat(Parsed.bytes(ack).stats()).isEqualTo(new ParserStats(0, 1, 0, 9));
    }

    @Test
    void pollsAreEmptyFramesWithTheirChecksums() {
        assertThat(UbxCommands.pollMonVer()).isEqualTo(HEX.parseHex("b5620a0400000e34"));
        assertThat(UbxCommands.pollSecUniqId()).isEqualTo(HEX.parseHex("b562270300002aa5"));
        // A poll read back (a sniffed link) is a valid frame without a MON-VER layout.
        assertThat(Parsed.bytes(UbxCommands.pollMonVer()).frames()).containsExactly(new GenericUbx(0x0A, 0x04, 0));
    }

    @Test
    void uniqueIdOfSixBytesFromNewerReceivers() {
        byte[] frame = UbxCommands.frame(0x27, 0x03, HEX.parseHex("020000000123456789ab"));

        assertThat(HEX.formatHex(frame)).isEqualTo("b56227030a00020000000123456789ab3a90");
        assertThat(Parsed.bytes(frame).frames()).containsExactly(new UbxSecUniqId(2, "0123456789ab"));
    }

    @Test
    void corruptFrameDoesNotSwallowTheFramesInsideIt() {
        // A false start claims 40 bytes, which hold a whole sentence and an ACK; its checksum then fails.
        String gga = Parsed.line("GPGGA,120000,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,");
        byte[] sentence = gga.getBytes();
        byte[] ack = HEX.parseHex("b5620501020006000e37");
        byte[] stream = new byte[6 + sentence.length + ack.length];
        System.arraycopy(HEX.parseHex("b56201072800"), 0, stream, 0, 6);
        System.arraycopy(sentence, 0, stream, 6, sentence.length);
        System.arraycopy(ack, 0, stream, 6 + sentence.length, ack.length);

        Parsed parsed = Parsed.bytes(stream);

        assertThat(parsed.frames()).hasSize(2);
        assertThat(parsed.frames().getFirst()).isInstanceOf(GgaSentence.class);
        assertThat(parsed.frames().getLast()).isEqualTo(new GenericUbx(0x05, 0x01, 2));
        assertThat(parsed.stats().corrupt()).isEqualTo(1);
    }

    @Test
    void lengthAboveTheCapIsOversizedAndScanningGoesOn() {
        byte[] stream = HEX.parseHex("b562010701ff" + "b5620501020006000e37");

        Parsed parsed = Parsed.bytes(stream);

        assertThat(parsed.frames()).containsExactly(new GenericUbx(0x05, 0x01, 2));
        assertThat(parsed.stats().oversized()).isEqualTo(1);
    }
}
