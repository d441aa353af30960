package io.outpost.app.updates;

import java.net.URI;

/** A released version and its page (release notes and downloads), an https address. */
public record Release(Version version, URI page) {
}
