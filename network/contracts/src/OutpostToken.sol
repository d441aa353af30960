// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Burnable} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Burnable.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";

/// @title The network's reward token.
/// @notice Minted only by the rewards distributor; anyone may burn their own tokens for service credits
///         (burn-and-mint). EIP-2612 permit lets a wallet approve with a signature instead of a transaction.
contract OutpostToken is ERC20, ERC20Burnable, ERC20Permit {
    /// @notice The only address that may mint: the rewards distributor, fixed at deployment.
    address public immutable minter;

    error NotMinter(address caller);

    constructor(address minter_) ERC20("Outpost", "OPT") ERC20Permit("Outpost") {
        minter = minter_;
    }

    function mint(address to, uint256 amount) external {
        if (msg.sender != minter) {
            revert NotMinter(msg.sender);
        }
        _mint(to, amount);
    }
}
