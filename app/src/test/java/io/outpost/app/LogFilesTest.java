package io.outpost.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFilesTest {
    @TempDir
    Path logs;

    @Test
    void theAppsLogGoesToRollingFilesInTheLogFolder() throws IOException {
        String before = System.getProperty(LogSetup.LOG_DIR_PROPERTY);
        System.setProperty(LogSetup.LOG_DIR_PROPERTY, logs.toString());
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter()); // what logback's own start-up gives a context
        context.start();
        try {
            LogFiles.writeFiles(context);
            context.getLogger("io.outpost.Test").info("started {}", 42);
            context.getLogger("io.outpost.Test").debug("not at INFO");
        } finally {
            context.stop();
            if (before == null) {
                System.clearProperty(LogSetup.LOG_DIR_PROPERTY);
            } else {
                System.setProperty(LogSetup.LOG_DIR_PROPERTY, before);
            }
        }
        assertThat(Files.readString(logs.resolve("outpost.log")))
                .containsPattern("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3} INFO  \\[.+] io.outpost.Test - started 42")
                .doesNotContain("not at INFO");
    }

    @Test
    void aTestClassPathKeepsItsOwnLogbackTestXml() {
        assertThat(new LogFiles().configure(new LoggerContext())).isEqualTo(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
    }
}
