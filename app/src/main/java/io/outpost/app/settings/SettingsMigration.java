package io.outpost.app.settings;

import tools.jackson.databind.node.ObjectNode;

/** Rewrites a settings document of schema version {@link #from()} into version {@code from() + 1}. */
public interface SettingsMigration {
    int from();

    ObjectNode migrate(ObjectNode document);
}
