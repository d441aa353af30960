package io.outpost.wallet.keys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Known mnemonics give the addresses MetaMask, anvil and hardhat show for them (m/44'/60'/0'/0/i). */
class EthereumAccountsTest {
    @ParameterizedTest
    @CsvSource({
        "test test test test test test test test test test test junk, 0, 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
        "test test test test test test test test test test test junk, 1, 0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
        "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about, 0, 0x9858EfFD232B4033E47d90003D41EC34EcaEda94"
    })
    void accountAddress(String words, int index, String address) throws Exception {
        byte[] seed = Mnemonic.parse(words).seed(new char[0]);
        try (ExtendedKey master = ExtendedKey.master(seed);
                ExtendedKey account = master.derive(DerivationPath.ethereumAccount(index));
                PrivateKey key = account.privateKey()) {
            assertThat(key.address().checksummed()).isEqualTo(address);
            assertThat(key.toString()).isEqualTo("PrivateKey[" + address + "]");
        }
    }
}
