package dev.centraldistribution.distributor.manufacturers;

import java.net.URI;

import dev.centraldistribution.contracts.GeoLocation;

/**
 * A manufacturer the distributor pulls offerings from.
 *
 * @param id the database id, referenced by offerings
 * @param code stable code, also part of queue names
 * @param name display name shown to customers
 * @param baseUrl where its REST endpoint lives
 * @param location where it is, {@code null} when unknown
 * @param adapterKind how the distributor talks to it
 */
public record Manufacturer(long id, String code, String name, URI baseUrl, GeoLocation location,
		AdapterKind adapterKind) {

}
