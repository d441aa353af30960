package io.outpost.devnet.oracle;

import java.io.IOException;

/** The chain's node did not answer a read a request needs: the request gets 503, the client may retry. */
final class ChainUnavailable extends IOException {
    ChainUnavailable(IOException cause) {
        super(cause.getMessage(), cause);
    }
}
