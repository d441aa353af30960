package io.outpost.devices.dsmr;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.devices.dsmr.DsmrSerialSettings.Parity;
import org.junit.jupiter.api.Test;

class DsmrSerialSettingsTest {
    @Test
    void dsmrBefore4Is9600Baud7E1() {
        DsmrSerialSettings settings = DsmrSerialSettings.forVersion("");

        assertThat(settings).isEqualTo(DsmrSerialSettings.DSMR_2_AND_3);
        assertThat(settings.baudRate()).isEqualTo(9600);
        assertThat(settings.dataBits()).isEqualTo(7);
        assertThat(settings.parity()).isEqualTo(Parity.EVEN);
        assertThat(settings.stopBits()).isEqualTo(1);
        assertThat(DsmrSerialSettings.forVersion("2.2")).isEqualTo(DsmrSerialSettings.DSMR_2_AND_3);
        assertThat(DsmrSerialSettings.forVersion("3")).isEqualTo(DsmrSerialSettings.DSMR_2_AND_3);
    }

    @Test
    void dsmr4And5AndEmucsAre115200Baud8N1() {
        DsmrSerialSettings settings = DsmrSerialSettings.forVersion("50");

        assertThat(settings).isEqualTo(DsmrSerialSettings.DSMR_4_AND_5);
        assertThat(settings.baudRate()).isEqualTo(115_200);
        assertThat(settings.dataBits()).isEqualTo(8);
        assertThat(settings.parity()).isEqualTo(Parity.NONE);
        assertThat(settings.stopBits()).isEqualTo(1);
        assertThat(DsmrSerialSettings.forVersion("42")).isEqualTo(DsmrSerialSettings.DSMR_4_AND_5);
        assertThat(DsmrSerialSettings.forVersion("50217")).isEqualTo(DsmrSerialSettings.DSMR_4_AND_5);
    }
}
