package io.outpost.app.onboarding;

import io.outpost.app.transactions.WrongChainException;
import io.outpost.app.wallet.WalletProblem;
import io.outpost.app.wallet.WalletSession;
import io.outpost.devices.odp.OdpClient;
import io.outpost.devices.serial.PortOpenException;
import io.outpost.network.http.Http;
import io.outpost.network.rpc.RpcException;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Why an onboarding step did not happen, as the wizard explains it: one kind, one message, one action. */
public record OnboardingProblem(Kind kind, String detail) {
    public enum Kind {
        PORT_NOT_FOUND, PORT_PERMISSION, PORT_BUSY, PORT_OTHER, NO_ANSWER, UNPLUGGED, DEVICE_REFUSED, NOT_GENUINE,
        OWNED_BY_ANOTHER, NOT_REGISTERED, NOT_ENOUGH_FUNDS, NOT_RECOGNIZED, REFUSED_BY_NETWORK, WRONG_CHAIN, UNREACHABLE, WALLET_LOCKED, UNEXPECTED
    }

    public static OnboardingProblem of(Throwable failure) {
        Throwable cause = Http.unwrap(failure);
        return switch (cause) {
            case PortOpenException port -> new OnboardingProblem(switch (port.reason()) {
                case NOT_FOUND -> Kind.PORT_NOT_FOUND;
                case PERMISSION_DENIED -> Kind.PORT_PERMISSION;
                case BUSY -> Kind.PORT_BUSY;
                case OTHER -> Kind.PORT_OTHER;
            }, port.path());
            case OdpClient.OdpException odp -> new OnboardingProblem(odp.refused() ? Kind.DEVICE_REFUSED : Kind.NO_ANSWER, "");
            case OnboardingException onboarding -> new OnboardingProblem(switch (onboarding.reason()) {
                case NOT_GENUINE -> Kind.NOT_GENUINE;
                case DEVICE_REFUSED -> Kind.DEVICE_REFUSED;
                case OWNED_BY_ANOTHER -> Kind.OWNED_BY_ANOTHER;
                case NOT_REGISTERED -> Kind.NOT_REGISTERED;
                case NOT_ENOUGH_FUNDS -> Kind.NOT_ENOUGH_FUNDS;
                case NOT_RECOGNIZED -> Kind.NOT_RECOGNIZED;
            }, onboarding.reason() == OnboardingException.Reason.NOT_ENOUGH_FUNDS ? onboarding.getMessage() : "");
            case WalletSession.LockedException locked -> new OnboardingProblem(Kind.WALLET_LOCKED, "");
            case WalletProblem.Failure wallet when wallet.problem().kind() == WalletProblem.Kind.LOCKED ->
                    new OnboardingProblem(Kind.WALLET_LOCKED, "");
            case UncheckedIOException gone -> new OnboardingProblem(Kind.UNPLUGGED, "");
            case RpcException.Reverted reverted -> new OnboardingProblem(Kind.REFUSED_BY_NETWORK, reverted.errorName());
            case WrongChainException wrongChain -> new OnboardingProblem(Kind.WRONG_CHAIN, "");
            case RpcException rpc -> new OnboardingProblem(Kind.UNREACHABLE, "");
            case IOException unplugged -> new OnboardingProblem(Kind.UNPLUGGED, "");
            default -> new OnboardingProblem(Kind.UNEXPECTED, "");
        };
    }
}
