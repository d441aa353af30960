package io.outpost.devnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.outpost.devnet.AnvilUnavailableException.Reason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Finding and installing anvil, with the PATH pointed at folders the test makes: no npm at all, or a small
 * shell script in npm's place that records its arguments and does what npm would (or fails as npm can).
 */
@DisabledOnOs(OS.WINDOWS)
class AnvilInstallerTest {
    @TempDir
    Path temp;

    private AnvilInstaller installer(String path, String os, String arch) {
        return new AnvilInstaller(Map.of("PATH", path), os, arch, temp.resolve("checkout"), temp.resolve("cache"));
    }

    @ParameterizedTest
    @CsvSource({"Linux, amd64, linux-amd64", "Linux, aarch64, linux-arm64", "Mac OS X, x86_64, darwin-amd64",
            "Mac OS X, aarch64, darwin-arm64", "Windows 11, amd64, win32-amd64"})
    void mapsJavasPlatformNamesToFoundrysPackages(String os, String arch, String platform) {
        assertThat(AnvilInstaller.platform(os, arch)).contains(platform);
    }

    @ParameterizedTest
    @CsvSource({"Windows 11, aarch64", "FreeBSD, amd64", "Linux, riscv64"})
    void knowsWhereFoundryPublishesNoAnvil(String os, String arch) {
        assertThat(AnvilInstaller.platform(os, arch)).isEmpty();
        assertThatThrownBy(() -> installer(temp.toString(), os, arch).install())
                .isInstanceOfSatisfying(AnvilUnavailableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_PLATFORM);
                    assertThat(e.getMessage()).contains(os, arch, "OUTPOST_ANVIL");
                });
    }

    @Test
    void withoutNpmItSaysWhatToInstall() throws IOException {
        Path emptyPath = Files.createDirectories(temp.resolve("bin"));
        AnvilInstaller installer = installer(emptyPath.toString(), "Linux", "amd64");

        assertThat(installer.find()).isEmpty();
        assertThatThrownBy(installer::install).isInstanceOfSatisfying(AnvilUnavailableException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.NO_NPM);
            assertThat(e.getMessage()).contains("Node.js 18 or newer", "nodejs.org", "package manager", "OUTPOST_ANVIL");
        });
    }

    @Test
    void npmInstallsThePlatformsPackageIntoTheCacheWhereTheNextStartFindsIt() throws IOException {
        Path bin = fakeNpm("""
                echo "$@" > "$(dirname "$0")/arguments"
                package="$3/node_modules/@foundry-rs/anvil-linux-arm64/bin"
                mkdir -p "$package" && printf '#!/bin/sh\\n' > "$package/anvil" && chmod +x "$package/anvil"
                """);
        AnvilInstaller installer = installer(bin + ":/usr/bin:/bin", "Linux", "aarch64");

        Path anvil = installer.install();

        Path prefix = temp.resolve("cache").resolve("anvil");
        assertThat(anvil).isEqualTo(prefix.resolve("node_modules/@foundry-rs/anvil-linux-arm64/bin/anvil"));
        assertThat(Files.readString(bin.resolve("arguments")).strip()).isEqualTo("install --prefix " + prefix
                + " --no-audit --no-fund @foundry-rs/anvil-linux-arm64@" + AnvilInstaller.VERSION);
        assertThat(installer.find()).contains(anvil);
    }

    @Test
    void aFailingNpmIsReportedWithItsOwnWords() throws IOException {
        Path bin = fakeNpm("""
                echo "npm error code ENOTFOUND" >&2
                echo "npm error network request to https://registry.npmjs.org failed" >&2
                exit 1
                """);

        assertThatThrownBy(() -> installer(bin + ":/usr/bin:/bin", "Linux", "amd64").install())
                .isInstanceOfSatisfying(AnvilUnavailableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.INSTALL_FAILED);
                    assertThat(e.detail()).contains("exit 1", "ENOTFOUND", "registry.npmjs.org failed");
                });
    }

    @Test
    void outpostAnvilWinsOverEverythingElse() throws IOException {
        Path own = Files.createFile(temp.resolve("my-anvil"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        AnvilInstaller installer = new AnvilInstaller(Map.of("PATH", temp.toString(), "OUTPOST_ANVIL", own.toString()),
                "Linux", "amd64", temp, temp.resolve("cache"));
        assertThat(installer.find()).contains(own);
    }

    /** A folder with a script named npm, first on a PATH that also has the system's tools the script uses. */
    private Path fakeNpm(String script) throws IOException {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Files.writeString(bin.resolve("npm"), "#!/bin/sh\n" + script);
        Files.setPosixFilePermissions(bin.resolve("npm"), PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }
}
