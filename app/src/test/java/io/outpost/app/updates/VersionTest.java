package io.outpost.app.updates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VersionTest {
    private static Version v(String text) {
        return Version.parse(text).orElseThrow(() -> new AssertionError("no version: " + text));
    }

    @Test
    void numbersCompareAsNumbersNotAsText() {
        assertThat(v("0.10.0").isNewerThan(v("0.9.0"))).isTrue();
        assertThat(v("0.9.0").isNewerThan(v("0.10.0"))).isFalse();
        assertThat(v("1.0.0")).isGreaterThan(v("0.99.99"));
        assertThat(v("0.2.10")).isGreaterThan(v("0.2.9"));
        assertThat(v("1.2").compareTo(v("1.2.0"))).as("a missing number is 0").isZero();
        assertThat(v("0.2.0").isNewerThan(v("0.2.0"))).isFalse();
    }

    @Test
    void tagNamesAndBuildMetadataAreRead() {
        assertThat(v("v0.3.0")).isEqualTo(v("0.3.0"));
        assertThat(v("V1.0.0+build.7").toString()).isEqualTo("1.0.0");
        assertThat(v(" 2.0.1 ").numbers()).containsExactly(2, 0, 1);
    }

    @Test
    void preReleasesComeBeforeTheirReleaseAndAreMarked() {
        assertThat(v("1.0.0-rc1").isPreRelease()).isTrue();
        assertThat(v("1.0.0-beta").isPreRelease()).isTrue();
        assertThat(v("1.0.0")).isGreaterThan(v("1.0.0-rc1"));
        assertThat(v("1.0.0-rc1")).isGreaterThan(v("0.9.9"));
        assertThat(v("1.0.0").isPreRelease()).isFalse();
    }

    @Test
    void developmentBuildsAreToldApart() {
        assertThat(Version.isDevelopmentBuild("0.1.0-SNAPSHOT")).isTrue();
        assertThat(Version.isDevelopmentBuild("development")).isTrue();
        assertThat(Version.isDevelopmentBuild("0.2.0-rc1")).isTrue();
        assertThat(Version.isDevelopmentBuild("0.2.0")).isFalse();
    }

    @Test
    void textWithoutAVersionsShapeIsNoVersion() {
        assertThat(Version.parse("latest")).isEmpty();
        assertThat(Version.parse("")).isEmpty();
        assertThat(Version.parse(null)).isEmpty();
        assertThat(Version.parse("1..2")).isEmpty();
        assertThat(Version.parse("Outpost 0.3.0")).as("a title with words: not a version itself").isEmpty();
        assertThat(Version.parse("99999999999.0")).as("too many digits").isEmpty();
        assertThat(Version.parse("1.2.3.4.5")).isEmpty();
    }
}
