package dev.centraldistribution.distributor.catalog;

import java.math.BigDecimal;
import java.time.Duration;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The price bound: what rises beyond {@code distributor.catalog.max-price-rise}, and
 * which factors the setting accepts.
 */
class CatalogPropertiesTests {

	private final Validator validator = Validation.byDefaultProvider()
		.configure()
		.messageInterpolator(new ParameterMessageInterpolator())
		.buildValidatorFactory()
		.getValidator();

	@Test
	void aPriceRisesBeyondTheBoundOnlyWhenItIsMoreThanTheFactorTimesTheOldOne() {
		CatalogProperties tenfold = withMaxPriceRise("10");

		assertThat(tenfold.risesBeyondBound(300, 3_000)).as("exactly ten times").isFalse();
		assertThat(tenfold.risesBeyondBound(300, 3_001)).isTrue();
		assertThat(tenfold.risesBeyondBound(300, 1)).as("down").isFalse();
		assertThat(tenfold.risesBeyondBound(0, 1)).as("from free: an unbounded factor").isTrue();
		assertThat(tenfold.risesBeyondBound(0, 0)).isFalse();
		assertThat(withMaxPriceRise("1.5").risesBeyondBound(200, 301)).isTrue();
		assertThat(tenfold.risesBeyondBound(Long.MAX_VALUE, Long.MAX_VALUE)).as("no overflow").isFalse();
	}

	@Test
	void theFactorMustBeAboveOne() {
		assertThat(this.validator.validate(withMaxPriceRise("1"))).isNotEmpty();
		assertThat(this.validator.validate(withMaxPriceRise("0.5"))).isNotEmpty();
		assertThat(this.validator.validate(withMaxPriceRise("1.01"))).isEmpty();
		assertThat(this.validator.validate(new CatalogProperties(Duration.ofHours(1), 10, null))).isNotEmpty();
	}

	private static CatalogProperties withMaxPriceRise(String factor) {
		return new CatalogProperties(Duration.ofHours(1), 10, new BigDecimal(factor));
	}

}
