package dev.centraldistribution.distributor.customers;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Whether an e-mail address is taken: by a customer, or by another kind of account
 * ({@link ReservedEmailAddresses}).
 */
@Component
class EmailAddressesInUse {

	private final CustomerRepository customers;

	private final List<ReservedEmailAddresses> reserved;

	EmailAddressesInUse(CustomerRepository customers, ObjectProvider<ReservedEmailAddresses> reserved) {
		this.customers = customers;
		this.reserved = reserved.orderedStream().toList();
	}

	boolean isInUse(String emailKey) {
		return this.customers.existsByEmailKey(emailKey)
				|| this.reserved.stream().anyMatch((addresses) -> addresses.isReserved(emailKey));
	}

}
