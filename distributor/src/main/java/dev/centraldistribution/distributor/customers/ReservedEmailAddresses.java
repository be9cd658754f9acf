package dev.centraldistribution.distributor.customers;

/**
 * E-mail addresses that other kinds of account hold (the operator's), which no customer
 * may sign up or change to: everyone signs in on the same page, by address alone.
 * Implemented by the features that own such accounts.
 */
public interface ReservedEmailAddresses {

	/**
	 * Whether another kind of account uses the address.
	 * @param emailKey the address's lower-cased key ({@link EmailAddress#key()})
	 * @return {@code true} when a customer may not use it
	 */
	boolean isReserved(String emailKey);

}
