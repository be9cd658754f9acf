package dev.centraldistribution.distributor.payments;

/**
 * The payment gateway failed too often lately: the circuit breaker is open and the
 * gateway is not asked. Nothing was charged.
 */
public class PaymentUnavailableException extends RuntimeException {

	PaymentUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
