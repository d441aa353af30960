// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

/// @title Owners stake tokens behind their devices; the oracle reads the stake for its reward boost.
/// @notice Unstaking is two steps: a request starts the cooldown (7 days on production-like networks, set
///         per devnet), and the tokens can be withdrawn once it has passed. Staked or cooling, they earn no boost.
contract Staking {
    using SafeERC20 for IERC20;

    struct Unstake {
        uint256 amount;
        uint256 availableAt;
    }

    IERC20 public immutable token;
    uint256 public immutable cooldown;

    mapping(address owner => uint256) public stakeOf;
    mapping(address owner => Unstake) public pending;

    event Staked(address indexed owner, uint256 amount);
    event UnstakeRequested(address indexed owner, uint256 amount, uint256 availableAt);
    event Withdrawn(address indexed owner, uint256 amount);

    error ZeroAmount();
    error InsufficientStake(uint256 staked, uint256 requested);
    error CoolingDown(uint256 availableAt);
    error NothingPending();

    constructor(IERC20 token_, uint256 cooldownSeconds) {
        token = token_;
        cooldown = cooldownSeconds;
    }

    function stake(uint256 amount) external {
        if (amount == 0) revert ZeroAmount();
        stakeOf[msg.sender] += amount;
        token.safeTransferFrom(msg.sender, address(this), amount);
        emit Staked(msg.sender, amount);
    }

    /// @notice Moves `amount` from the stake into the cooldown; a new request adds to it and restarts the clock.
    function requestUnstake(uint256 amount) external {
        uint256 staked = stakeOf[msg.sender];
        if (amount == 0) revert ZeroAmount();
        if (amount > staked) revert InsufficientStake(staked, amount);
        stakeOf[msg.sender] = staked - amount;
        Unstake storage request = pending[msg.sender];
        request.amount += amount;
        request.availableAt = block.timestamp + cooldown;
        emit UnstakeRequested(msg.sender, amount, request.availableAt);
    }

    function withdraw() external {
        Unstake memory request = pending[msg.sender];
        if (request.amount == 0) revert NothingPending();
        if (block.timestamp < request.availableAt) revert CoolingDown(request.availableAt);
        delete pending[msg.sender];
        token.safeTransfer(msg.sender, request.amount);
        emit Withdrawn(msg.sender, request.amount);
    }
}
