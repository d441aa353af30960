// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

/// @title Which devices belong to the network, and to whom.
/// @notice A device joins only with an EIP-712 `Onboard` signature made by its own key (ODP/1's
///         sign_typed_data), for its current nonce and before the deadline, sent by the owner it names.
contract DeviceRegistry is EIP712 {
    bytes32 public constant ONBOARD_TYPEHASH =
        keccak256("Onboard(address device,address owner,uint64 location,uint256 nonce,uint256 deadline)");

    struct Device {
        address owner;
        uint64 location;
    }

    mapping(address device => Device) public devices;
    /// @notice Grows with every registration, so a signature can be used once only.
    mapping(address device => uint256) public nonces;
    mapping(address owner => address[]) private owned;
    mapping(address device => uint256) private ownedIndex;

    event DeviceRegistered(address indexed device, address indexed owner, uint64 location);
    event LocationUpdated(address indexed device, address indexed owner, uint64 location);
    event DeviceTransferred(address indexed device, address indexed from, address indexed to);
    event DeviceDeregistered(address indexed device, address indexed owner);

    error NotOwner(address caller);
    error Expired(uint256 deadline);
    error AlreadyRegistered(address device);
    error NotRegistered(address device);
    error BadDeviceSignature(address signer);

    constructor() EIP712("Outpost DeviceRegistry", "1") {}

    function register(address device, address owner, uint64 location, uint256 deadline, bytes calldata deviceSignature)
        external
    {
        if (msg.sender != owner) revert NotOwner(msg.sender);
        if (block.timestamp > deadline) revert Expired(deadline);
        if (devices[device].owner != address(0)) revert AlreadyRegistered(device);
        bytes32 digest = _hashTypedDataV4(
            keccak256(abi.encode(ONBOARD_TYPEHASH, device, owner, location, nonces[device], deadline))
        );
        address signer = ECDSA.recover(digest, deviceSignature);
        if (signer != device) revert BadDeviceSignature(signer);
        nonces[device]++;
        devices[device] = Device(owner, location);
        _own(owner, device);
        emit DeviceRegistered(device, owner, location);
    }

    function updateLocation(address device, uint64 location) external onlyOwnerOf(device) {
        devices[device].location = location;
        emit LocationUpdated(device, msg.sender, location);
    }

    function transfer(address device, address to) external onlyOwnerOf(device) {
        _disown(msg.sender, device);
        devices[device].owner = to;
        _own(to, device);
        emit DeviceTransferred(device, msg.sender, to);
    }

    function deregister(address device) external onlyOwnerOf(device) {
        _disown(msg.sender, device);
        delete devices[device];
        emit DeviceDeregistered(device, msg.sender);
    }

    function devicesOf(address owner) external view returns (address[] memory) {
        return owned[owner];
    }

    modifier onlyOwnerOf(address device) {
        address owner = devices[device].owner;
        if (owner == address(0)) revert NotRegistered(device);
        if (owner != msg.sender) revert NotOwner(msg.sender);
        _;
    }

    function _own(address owner, address device) private {
        ownedIndex[device] = owned[owner].length;
        owned[owner].push(device);
    }

    // Swap-and-pop keeps removal O(1); the order of an owner's list is not meaningful.
    function _disown(address owner, address device) private {
        address[] storage list = owned[owner];
        uint256 index = ownedIndex[device];
        address last = list[list.length - 1];
        list[index] = last;
        ownedIndex[last] = index;
        list.pop();
        delete ownedIndex[device];
    }
}
