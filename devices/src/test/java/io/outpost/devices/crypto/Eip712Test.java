package io.outpost.devices.crypto;

import io.outpost.crypto.Hex;
import io.outpost.crypto.Keccak256;
import io.outpost.crypto.Eip712;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The "Mail" example of the EIP-712 specification, and the encoder's edges. */
class Eip712Test {
    private static final JsonNode MAIL = JsonMapper.shared().readTree("""
            {
              "types": {
                "EIP712Domain": [
                  {"name": "name", "type": "string"}, {"name": "version", "type": "string"},
                  {"name": "chainId", "type": "uint256"}, {"name": "verifyingContract", "type": "address"}
                ],
                "Person": [{"name": "name", "type": "string"}, {"name": "wallet", "type": "address"}],
                "Mail": [
                  {"name": "from", "type": "Person"}, {"name": "to", "type": "Person"},
                  {"name": "contents", "type": "string"}
                ]
              },
              "primaryType": "Mail",
              "domain": {
                "name": "Ether Mail", "version": "1", "chainId": 1,
                "verifyingContract": "0xCcCCccccCCCCcCCCCCCcCcCccCcCCCcCcccccccC"
              },
              "message": {
                "from": {"name": "Cow", "wallet": "0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826"},
                "to": {"name": "Bob", "wallet": "0xbBbBBBBbbBBBbbbBbbBbbbbBBbBbbbbBbBbbBBbB"},
                "contents": "Hello, Bob!"
              }
            }
            """);

    private static JsonNode json(String text) {
        return JsonMapper.shared().readTree(text);
    }

    @Test
    void encodesTheMailTypeWithItsDependency() {
        assertThat(Eip712.encodeType("Mail", MAIL.get("types")))
                .isEqualTo("Mail(Person from,Person to,string contents)Person(string name,address wallet)");
    }

    @Test
    void hashesTheMailExampleAsTheSpecificationDoes() {
        JsonNode types = MAIL.get("types");

        assertThat(Hex.encode(Eip712.hashStruct("EIP712Domain", MAIL.get("domain"), types)))
                .isEqualTo("0xf2cee375fa42b42143804025fc449deafd50cc031ca257e0b194a650a912090f");
        assertThat(Hex.encode(Eip712.hashStruct("Mail", MAIL.get("message"), types)))
                .isEqualTo("0xc52c0ee5d84264471806290a3f2c4cecfc5490626bf912d01f240d7a274b371e");
        assertThat(Hex.encode(Eip712.hash(MAIL)))
                .isEqualTo("0xbe609aee343fb3c4b28e1df9e632fca64fcfaede20f02e86244efddf30957bd2");
    }

    @Test
    void signsTheMailExampleWithTheCowKeyAsTheSpecificationDoes() {
        DeviceKey cow = DeviceKey.fromBytes(Keccak256.hash("cow".getBytes(StandardCharsets.US_ASCII)));

        assertThat(Hex.encode(cow.sign(Eip712.hash(MAIL)))).isEqualTo(
                "0x4355c47d63924e8a72e509b65029052eb6c299d53a04e167c5775fd466751c9d"
                        + "07299936d304c153f6443dfa05f40ff007d72911b6f72307f996231605b91562" + "1c");
    }

    @Test
    void integersMayBeNumbersOrDecimalStringsAndSignedOnesAreTwosComplement() {
        JsonNode types = json("{\"T\": [{\"name\": \"v\", \"type\": \"int8\"}, {\"name\": \"u\", \"type\": \"uint64\"}]}");
        byte[] minusOne = new byte[32];
        java.util.Arrays.fill(minusOne, (byte) 0xff);
        byte[] seven = new byte[32];
        seven[31] = 7;
        byte[] expected = Keccak256.hash(Keccak256.hash("T(int8 v,uint64 u)".getBytes(StandardCharsets.UTF_8)), minusOne, seven);

        assertThat(Eip712.hashStruct("T", json("{\"v\": -1, \"u\": 7}"), types)).isEqualTo(expected);
        assertThat(Eip712.hashStruct("T", json("{\"v\": \"-1\", \"u\": \"7\"}"), types)).isEqualTo(expected);
    }

    @Test
    void refusesValuesOutOfRangeAndUnsupportedTypes() {
        JsonNode types = json("{\"T\": [{\"name\": \"v\", \"type\": \"uint8\"}], \"A\": [{\"name\": \"v\", \"type\": \"uint8[]\"}],"
                + "\"B\": [{\"name\": \"v\", \"type\": \"bytes33\"}], \"C\": [{\"name\": \"v\", \"type\": \"address\"}]}");

        assertThatThrownBy(() -> Eip712.hashStruct("T", json("{\"v\": 256}"), types)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Eip712.hashStruct("T", json("{\"v\": -1}"), types)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Eip712.hashStruct("T", json("{\"v\": \"0x1\"}"), types)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Eip712.hashStruct("T", json("{\"v\": 1.5}"), types)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Eip712.hashStruct("T", json("{}"), types)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Eip712.hashStruct("A", json("{\"v\": [1]}"), types)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Eip712.hashStruct("B", json("{\"v\": \"0x00\"}"), types)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Eip712.hashStruct("C", json("{\"v\": \"0x1234\"}"), types)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Eip712.hash(json("{\"types\": {}}"))).isInstanceOf(IllegalArgumentException.class);
    }
}
