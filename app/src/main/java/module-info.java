/** Use cases, settings, storage, the CLI and the wiring of services (the composition root). No JavaFX. */
module io.outpost.app {
    requires transitive io.outpost.i18n;
    requires transitive io.outpost.devices;
    requires transitive io.outpost.network;
    requires info.picocli;
    requires tools.jackson.databind;
    requires org.slf4j;
    requires jul.to.slf4j;
    requires java.logging;

    exports io.outpost.app;
    exports io.outpost.app.cli;
    exports io.outpost.app.devices;
    exports io.outpost.app.doctor;
    exports io.outpost.app.settings;
    exports io.outpost.app.status;
    exports io.outpost.app.storage;
    exports io.outpost.app.tasks;

    opens io.outpost.app.cli to info.picocli;
    opens io.outpost.app.settings to tools.jackson.databind;
}
