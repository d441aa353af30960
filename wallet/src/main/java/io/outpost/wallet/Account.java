package io.outpost.wallet;

import io.outpost.wallet.keys.Address;
import io.outpost.wallet.keys.DerivationPath;
import java.util.Optional;

/** An account of the wallet: derived from the recovery phrase at {@code path}, or imported (no path). */
public record Account(Address address, Optional<DerivationPath> path) {
}
