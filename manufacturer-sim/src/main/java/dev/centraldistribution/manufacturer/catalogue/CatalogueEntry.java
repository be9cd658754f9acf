package dev.centraldistribution.manufacturer.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * One product of a catalogue file. Numbers are boxed so that a missing one is reported
 * instead of read as zero.
 *
 * @param sku product code, shared with other manufacturers that sell the same product
 * @param name display name
 * @param unitPriceCents price of one unit in minor units of {@code currency}
 * @param currency ISO 4217 code
 * @param initialStock units in stock when the product is first seeded
 * @param productionRate units made per production tick
 * @param cap production stops adding stock at this many units
 * @param category what kind of product it is ({@code power tools}, {@code garden}),
 * optional: the manufacturer announces the categories of its products
 * @param description what the product is, in plain text, optional: served in the snapshot
 */
record CatalogueEntry(@NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}") String sku,
		@NotBlank @Size(max = 200) String name, @NotNull @PositiveOrZero Long unitPriceCents,
		@NotNull @Pattern(regexp = "[A-Z]{3}") String currency, @NotNull @PositiveOrZero Long initialStock,
		@NotNull @PositiveOrZero Long productionRate, @NotNull @PositiveOrZero Long cap,
		@Size(min = 1, max = 60) @Pattern(regexp = "[\\p{L}\\p{N} &,.'-]*") String category,
		@Size(min = 1, max = 2000) String description) {

	CatalogueEntry(String sku, String name, Long unitPriceCents, String currency, Long initialStock,
			Long productionRate, Long cap, String category) {
		this(sku, name, unitPriceCents, currency, initialStock, productionRate, cap, category, null);
	}

}
