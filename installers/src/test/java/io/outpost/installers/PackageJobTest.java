package io.outpost.installers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackageJobTest {
    private static final List<String> ARGS = List.of("--name=Outpost", "--version=0.1.0-SNAPSHOT", "--vendor=Outpost",
            "--description=The desktop cockpit", "--main-jar=app.jar", "--main-class=a.Main", "--input=in", "--javafx=fx",
            "--modules=java.desktop,\n   javafx.controls ", "--java-options=--enable-native-access=javafx.graphics,ALL-UNNAMED -Xss1m",
            "--icon=icon.png", "--work=work", "--dest=out");

    @Test
    void readsThePomsArguments() {
        PackageJob job = parse(TargetOs.LINUX, "--types=");

        assertThat(job.version()).isEqualTo("0.1.0");
        assertThat(job.packageName()).isEqualTo("outpost");
        assertThat(job.modules()).containsExactly("java.desktop", "javafx.controls");
        assertThat(job.javaOptions()).containsExactly("--enable-native-access=javafx.graphics,ALL-UNNAMED", "-Xss1m");
        assertThat(job.input()).isEqualTo(Path.of("in"));
        assertThat(job.types()).as("every type of the system").containsExactly("deb", "rpm");
        assertThat(job.macSigningIdentity()).as("unsigned unless asked").isEmpty();
        assertThat(job.aot()).as("with an AOT cache unless asked").isTrue();
        assertThat(job.version(TargetOs.MAC)).isEqualTo("1.0.0");
    }

    @Test
    void typesCanBeFewerOrNone() {
        assertThat(parse(TargetOs.LINUX, "--types=deb").types()).containsExactly("deb");
        assertThat(parse(TargetOs.MAC, "--types=none").types()).isEmpty();
        assertThat(parse(TargetOs.WINDOWS).types()).containsExactly("msi");
        assertThat(parse(TargetOs.LINUX, "--aot=false").aot()).isFalse();
    }

    @Test
    void aMissingArgumentIsNamed() {
        assertThatThrownBy(() -> PackageJob.parse(TargetOs.LINUX, "--name=Outpost"))
                .hasMessageContaining("--version=");
        assertThatThrownBy(() -> PackageJob.parse(TargetOs.LINUX, "name"))
                .hasMessageContaining("Expected --key=value");
    }

    private static PackageJob parse(TargetOs os, String... more) {
        List<String> args = new ArrayList<>(ARGS);
        args.addAll(List.of(more));
        return PackageJob.parse(os, args.toArray(String[]::new));
    }
}
