// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {OutpostToken} from "./OutpostToken.sol";

/// @title Pays the rewards the oracle computed, as a cumulative Merkle drop.
/// @notice Each epoch the oracle posts the root of a tree of (account, cumulative amount) leaves, made as
///         OpenZeppelin's StandardMerkleTree makes them. A claim pays what the account earned in all epochs
///         so far minus what it already claimed, so one claim covers any number of epochs.
contract RewardsDistributor {
    OutpostToken public immutable token;
    address public immutable oracle;

    uint256 public currentEpoch;
    bytes32 public merkleRoot;
    /// @notice The sum of all epochs' totals: the most that may ever be paid out.
    uint256 public totalAllocated;
    mapping(address account => uint256) public claimed;

    event RootPosted(uint256 indexed epoch, bytes32 root, uint256 totalAmount);
    event Claimed(address indexed account, uint256 amount, uint256 cumulativeAmount);

    error NotOracle(address caller);
    error EpochNotNext(uint256 epoch, uint256 expected);
    error InvalidProof(address account);
    error NothingToClaim(address account);

    /// @dev The distributor creates its token, so it is the token's only minter from the first block.
    constructor(address oracle_) {
        oracle = oracle_;
        token = new OutpostToken(address(this));
    }

    function postRoot(uint256 epoch, bytes32 root, uint256 totalAmount) external {
        if (msg.sender != oracle) revert NotOracle(msg.sender);
        if (epoch != currentEpoch + 1) revert EpochNotNext(epoch, currentEpoch + 1);
        currentEpoch = epoch;
        merkleRoot = root;
        totalAllocated += totalAmount;
        emit RootPosted(epoch, root, totalAmount);
    }

    function claim(address account, uint256 cumulativeAmount, bytes32[] calldata proof) external {
        bytes32 leaf = keccak256(bytes.concat(keccak256(abi.encode(account, cumulativeAmount))));
        if (!MerkleProof.verifyCalldata(proof, merkleRoot, leaf)) revert InvalidProof(account);
        uint256 already = claimed[account];
        if (cumulativeAmount <= already) revert NothingToClaim(account);
        claimed[account] = cumulativeAmount;
        token.mint(account, cumulativeAmount - already);
        emit Claimed(account, cumulativeAmount - already, cumulativeAmount);
    }
}
