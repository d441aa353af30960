package io.outpost.views.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.app.dashboard.Fleet;
import io.outpost.app.history.EarningsExport;
import io.outpost.app.history.HistoryStore;
import io.outpost.app.tasks.TaskRunner;
import io.outpost.network.NetworkProfile;
import io.outpost.network.NetworkProfiles;
import io.outpost.network.oracle.DeviceRewards;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard's export, without a toolkit: the real history file, a chosen range, the file written. */
class DashboardExportTest {
    private static final String DEVICE = "0x" + "d".repeat(40);
    private static final String OWNER = "0x" + "a".repeat(40);
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    @TempDir
    Path temp;

    @Test
    void theChosenYearsEarningsAndClaimsGoToTheFileAndItSaysWhere() throws Exception {
        NetworkProfile devnet = NetworkProfiles.builtIn().byIdOrDefault(NetworkProfiles.DEVNET_ID);
        try (HistoryStore history = HistoryStore.open(temp.resolve("history.db"), Clock.fixed(NOW, ZoneOffset.UTC), () -> 0)) {
            history.earning(paid(1, Instant.parse("2025-06-01T00:00:00Z"), "7"));
            history.earning(paid(2, Instant.parse("2026-03-01T00:00:00Z"), "100"));
            history.claim(new HistoryStore.Claim(OWNER, "0xab", Instant.parse("2026-03-02T08:00:00Z"), new BigInteger("100")));
            DashboardViewModel model = new DashboardViewModel(TaskRunner.sameThread(), () -> (Fleet) null, fleet -> fleet,
                    (from, to) -> EarningsExport.of(devnet, history, from, to), Clock.fixed(NOW, ZoneOffset.UTC));

            Path file = temp.resolve("2026.csv");
            model.export(DashboardViewModel.ExportRange.THIS_YEAR, file, false);
            assertThat(Files.readAllLines(file)).containsExactly("date,kind,device,owner,amount,transaction",
                    "2026-03-01,earning," + DEVICE + ",,100,", "2026-03-02,claim,," + OWNER + ",100,0xab");
            assertThat(model.exportFeedbackProperty().get().key()).isEqualTo("dashboard.export.saved");

            Path everything = temp.resolve("all.json");
            model.export(DashboardViewModel.ExportRange.EVERYTHING, everything, true);
            assertThat(Files.readString(everything)).contains("\"earned\" : \"107\"", "\"claimed\" : \"100\"");

            model.export(DashboardViewModel.ExportRange.LAST_YEAR, temp.resolve("no-such-folder/2025.csv"), false);
            assertThat(model.exportFeedbackProperty().get().key()).as("a folder that is not there").isEqualTo("dashboard.export.failed");
        }
    }

    private static DeviceRewards paid(long epoch, Instant start, String amount) {
        long from = start.getEpochSecond();
        return new DeviceRewards(DEVICE, epoch, from, from + 3600, OWNER, 3600, 1.0, "881f1d4887fffff", 1, 1.0,
                BigInteger.ZERO, 1.0, new BigInteger(amount), new BigInteger(amount));
    }
}
