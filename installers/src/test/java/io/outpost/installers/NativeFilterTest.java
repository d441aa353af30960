package io.outpost.installers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The native libraries of the app's jars as they are laid out (sqlite-jdbc, jSerialComm, H3, KZG). */
class NativeFilterTest {
    private static final List<String> NATIVES = List.of(
            "org/sqlite/native/Linux/x86_64/libsqlitejdbc.so",
            "org/sqlite/native/Linux/aarch64/libsqlitejdbc.so",
            "org/sqlite/native/Linux-Musl/x86_64/libsqlitejdbc.so",
            "org/sqlite/native/FreeBSD/x86_64/libsqlitejdbc.so",
            "org/sqlite/native/Mac/aarch64/libsqlitejdbc.dylib",
            "org/sqlite/native/Windows/x86_64/sqlitejdbc.dll",
            "Linux/x86_64/libjSerialComm.so",
            "Linux/x86/libjSerialComm.so",
            "Linux/armv8_64/libjSerialComm.so",
            "Linux/armv7hf/libjSerialComm.so",
            "Android/x86_64/libjSerialComm.so",
            "Solaris/x86_64/libjSerialComm.so",
            "OSX/aarch64/libjSerialComm.jnilib",
            "Windows/x86_64/jSerialComm.dll",
            "linux-x64/libh3-java.so",
            "linux-x86/libh3-java.so",
            "linux-arm64/libh3-java.so",
            "darwin-arm64/libh3-java.dylib",
            "windows-x64/libh3-java.dll",
            "ethereum/ckzg4844/lib/amd64/libckzg4844jni.so",
            "ethereum/ckzg4844/lib/aarch64/libckzg4844jni.so",
            "ethereum/ckzg4844/lib/aarch64/libckzg4844jni.dylib",
            "ethereum/ckzg4844/lib/amd64/ckzg4844jni.dll");

    @Test
    void linuxOnIntelKeepsOneBuildOfEachLibrary() {
        assertThat(kept(TargetOs.LINUX, "amd64")).containsExactly(
                "org/sqlite/native/Linux/x86_64/libsqlitejdbc.so",
                "Linux/x86_64/libjSerialComm.so",
                "linux-x64/libh3-java.so",
                "ethereum/ckzg4844/lib/amd64/libckzg4844jni.so");
    }

    @Test
    void linuxOnArmKeepsItsOwn() {
        assertThat(kept(TargetOs.LINUX, "aarch64")).containsExactly(
                "org/sqlite/native/Linux/aarch64/libsqlitejdbc.so",
                "Linux/armv8_64/libjSerialComm.so",
                "linux-arm64/libh3-java.so",
                "ethereum/ckzg4844/lib/aarch64/libckzg4844jni.so");
    }

    @Test
    void windowsAndMacKeepTheirs() {
        assertThat(kept(TargetOs.WINDOWS, "amd64")).containsExactly(
                "org/sqlite/native/Windows/x86_64/sqlitejdbc.dll",
                "Windows/x86_64/jSerialComm.dll",
                "windows-x64/libh3-java.dll",
                "ethereum/ckzg4844/lib/amd64/ckzg4844jni.dll");
        assertThat(kept(TargetOs.MAC, "aarch64")).containsExactly(
                "org/sqlite/native/Mac/aarch64/libsqlitejdbc.dylib",
                "OSX/aarch64/libjSerialComm.jnilib",
                "darwin-arm64/libh3-java.dylib",
                "ethereum/ckzg4844/lib/aarch64/libckzg4844jni.dylib");
    }

    @Test
    void everythingElseAndUnknownLayoutsAreKept() {
        NativeFilter filter = NativeFilter.forPlatform(TargetOs.LINUX, "amd64");
        assertThat(filter.keeps("org/sqlite/JDBC.class")).isTrue();
        assertThat(filter.keeps("META-INF/MANIFEST.MF")).isTrue();
        assertThat(filter.keeps("libfoo.so")).as("a library at the top").isTrue();
        assertThat(filter.keeps("natives/libfoo.so")).as("a folder naming no platform").isTrue();
    }

    private static List<String> kept(TargetOs os, String arch) {
        NativeFilter filter = NativeFilter.forPlatform(os, arch);
        return NATIVES.stream().filter(filter::keeps).toList();
    }
}
