package dev.centraldistribution.distributor.manufacturers;

import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.centraldistribution.contracts.GeoLocation;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Registers manufacturers by code, idempotently: several distributor instances may
 * register the same manufacturer at the same moment on one database.
 */
@Service
public class ManufacturerRegistry {

	private final JdbcClient jdbc;

	private final ManufacturerDirectory directory;

	ManufacturerRegistry(JdbcClient jdbc, ManufacturerDirectory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	/**
	 * Inserts the manufacturer, or updates its name, URL, location and adapter kind when
	 * its code is known. Its sync health and presence are left as they are.
	 * @param registration who to register
	 * @return the registered manufacturer
	 */
	public Manufacturer register(ManufacturerRegistration registration) {
		// No transaction on purpose: each statement commits on its own, so when another
		// instance inserts the same code first, our insert does nothing instead of
		// failing, and the update that follows sees the committed row.
		if (update(registration) == 0 && insertIfAbsent(registration) == 0) {
			update(registration);
		}
		return this.directory.findByCode(registration.code())
			.orElseThrow(() -> new IllegalStateException("Manufacturer " + registration.code() + " vanished"));
	}

	/**
	 * Registers several manufacturers in a fixed order (by code).
	 * @param registrations who to register
	 * @return the registered manufacturers, by code
	 */
	public List<Manufacturer> registerAll(List<ManufacturerRegistration> registrations) {
		return registrations.stream().sorted((a, b) -> a.code().compareTo(b.code())).map(this::register).toList();
	}

	/** Updates a registered manufacturer; 0 when its code is unknown. */
	int update(ManufacturerRegistration registration) {
		return this.jdbc.sql("""
				update manufacturer set name = :name, base_url = :baseUrl, latitude = :latitude, longitude = :longitude,
				adapter_kind = :adapterKind where code = :code""").params(parameters(registration)).update();
	}

	/** Inserts a manufacturer; 0 when its code is taken. */
	int insertIfAbsent(ManufacturerRegistration registration) {
		// ON CONFLICT DO NOTHING without a conflict target: PostgreSQL and H2 (PostgreSQL
		// mode) both accept this form.
		return this.jdbc.sql("""
				insert into manufacturer (code, name, base_url, latitude, longitude, adapter_kind)
				values (:code, :name, :baseUrl, :latitude, :longitude, :adapterKind)
				on conflict do nothing""").params(parameters(registration)).update();
	}

	private static Map<String, Object> parameters(ManufacturerRegistration registration) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("code", registration.code());
		parameters.put("name", registration.name());
		parameters.put("baseUrl", registration.baseUrl().toString());
		parameters.put("adapterKind", registration.adapterKind().code());
		GeoLocation location = registration.location();
		parameters.put("latitude",
				new SqlParameterValue(Types.DOUBLE, (location != null) ? location.latitude() : null));
		parameters.put("longitude",
				new SqlParameterValue(Types.DOUBLE, (location != null) ? location.longitude() : null));
		return parameters;
	}

}
