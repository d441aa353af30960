package io.outpost.installers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PackageVersionTest {
    @Test
    void theQualifierGoesAndUpToThreeNumbersStay() {
        assertThat(PackageVersion.numeric("0.1.0-SNAPSHOT")).isEqualTo("0.1.0");
        assertThat(PackageVersion.numeric("1.2")).isEqualTo("1.2");
        assertThat(PackageVersion.numeric("2.0.1.5")).isEqualTo("2.0.1");
        assertThat(PackageVersion.numeric("1.0-rc1")).isEqualTo("1.0");
        assertThat(PackageVersion.numeric("3.04.0")).isEqualTo("3.4.0");
    }

    @Test
    void macOsBundlesOfVersionsBeforeOneCarryOneBecauseJpackageRefusesZero() {
        assertThat(PackageVersion.forMac("0.1.0")).isEqualTo("1.0.0");
        assertThat(PackageVersion.forMac("0")).isEqualTo("1.0.0");
        assertThat(PackageVersion.forMac("1.2.3")).isEqualTo("1.2.3");
        assertThat(PackageVersion.forMac("10.0")).isEqualTo("10.0");
    }

    @Test
    void aVersionWithoutNumbersIsRefused() {
        assertThatThrownBy(() -> PackageVersion.numeric("SNAPSHOT")).hasMessageContaining("does not start with a number");
    }
}
