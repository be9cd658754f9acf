package dev.centraldistribution.distributor.adapters;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.centraldistribution.contracts.MessagingTopology;
import dev.centraldistribution.distributor.manufacturers.AdapterKind;
import dev.centraldistribution.distributor.manufacturers.ManufacturerDirectory;

import org.springframework.stereotype.Service;

/**
 * Which courier delivers a message: the one of its manufacturer's adapter kind for a
 * message to a manufacturer, the broker for any other (and for a manufacturer not
 * registered, whose queue is all there is).
 */
@Service
public class Couriers {

	private final Map<AdapterKind, Courier> couriers = new EnumMap<>(AdapterKind.class);

	private final ManufacturerDirectory manufacturers;

	Couriers(List<Courier> couriers, ManufacturerDirectory manufacturers) {
		couriers.forEach((courier) -> this.couriers.put(courier.kind(), courier));
		for (AdapterKind kind : AdapterKind.values()) {
			if (!this.couriers.containsKey(kind)) {
				throw new IllegalStateException("No courier for adapter kind " + kind.code());
			}
		}
		this.manufacturers = manufacturers;
	}

	/**
	 * The courier for one destination.
	 * @param exchange where the native contract publishes the message
	 * @param routingKey its routing key: a manufacturer's code on the purchases exchange
	 * @return the courier
	 */
	public Courier forDestination(String exchange, String routingKey) {
		if (!MessagingTopology.PURCHASES_EXCHANGE.equals(exchange)) {
			return this.couriers.get(AdapterKind.NATIVE);
		}
		return this.couriers.get(this.manufacturers.adapterKind(routingKey).orElse(AdapterKind.NATIVE));
	}

}
