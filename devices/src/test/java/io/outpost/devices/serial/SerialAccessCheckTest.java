package io.outpost.devices.serial;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SerialAccessCheckTest {
    @TempDir
    Path temp;

    private Path groupFile(String content) throws Exception {
        return Files.writeString(temp.resolve("group"), content);
    }

    @Test
    void userOutsideTheDeviceGroupIsToldWhichGroup() throws Exception {
        Path dev = Files.createDirectories(temp.resolve("dev"));
        Path tty = Files.createFile(dev.resolve("ttyUSB0"));
        String owner = Files.readAttributes(tty, PosixFileAttributes.class).group().getName();
        SerialAccessCheck check = new SerialAccessCheck(dev, groupFile("dialout:x:20:\n"), "alice", Set::of);

        SerialAccess access = check.check(true);

        assertThat(access.status()).isEqualTo(SerialAccess.Status.MISSING_GROUP);
        assertThat(access.group()).contains(owner);
        assertThat(access.devices()).containsExactly(tty);
    }

    @Test
    void memberOfTheDeviceGroupMayOpenDevices() throws Exception {
        Path dev = Files.createDirectories(temp.resolve("dev"));
        Path tty = Files.createFile(dev.resolve("ttyACM3"));
        String owner = Files.readAttributes(tty, PosixFileAttributes.class).group().getName();
        SerialAccessCheck check = new SerialAccessCheck(dev, groupFile(""), "alice", () -> Set.of("users", owner));

        assertThat(check.check(true).status()).isEqualTo(SerialAccess.Status.GRANTED);
    }

    @Test
    void withNoDevicePluggedInTheUsualGroupIsChecked() throws Exception {
        Path dev = Files.createDirectories(temp.resolve("dev"));
        Files.createFile(dev.resolve("ttyS0"));
        SerialAccessCheck check = new SerialAccessCheck(dev, groupFile("root:x:0:\nuucp:x:14:\n"), "bob", () -> Set.of("bob"));

        SerialAccess access = check.check(true);

        assertThat(access.status()).isEqualTo(SerialAccess.Status.MISSING_GROUP);
        assertThat(access.group()).contains("uucp");
        assertThat(access.devices()).isEmpty();
    }

    @Test
    void otherSystemsNeedNoGroup() throws Exception {
        SerialAccessCheck check = new SerialAccessCheck(temp, groupFile("dialout:x:20:\n"), "carol", Set::of);
        assertThat(check.check(false).status()).isEqualTo(SerialAccess.Status.NOT_APPLICABLE);
    }

    @Test
    void readsProcessGroupsFromProcStatus() throws Exception {
        Path status = Files.writeString(temp.resolve("status"), "Name:\tjava\nUid:\t1000\nGroups:\t4 20 1000 \nVmRSS:\t1 kB\n");
        Path groups = groupFile("adm:x:4:alice\ndialout:x:20:alice\nalice:x:1000:\nplugdev:x:46:\n");

        assertThat(SerialAccessCheck.processGroups(status, groups)).containsExactlyInAnyOrder("adm", "dialout", "alice");
    }
}
