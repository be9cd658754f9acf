package dev.centraldistribution.distributor.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Formats amounts in minor units for templates: {@code ${@money.format(cents, 'EUR')}}.
 */
@Component("money")
public class MoneyFormat {

	private static final Locale DISPLAY_LOCALE = Locale.UK;

	/**
	 * One configured format per currency, cloned for each use (formats are not
	 * thread-safe).
	 */
	private final Map<Currency, NumberFormat> formats = new ConcurrentHashMap<>();

	public String format(long minorUnits, String currencyCode) {
		Currency currency = currencyOf(currencyCode);
		NumberFormat format = (NumberFormat) this.formats.computeIfAbsent(currency, MoneyFormat::formatOf).clone();
		return format.format(BigDecimal.valueOf(minorUnits).movePointLeft(format.getMaximumFractionDigits()));
	}

	private static NumberFormat formatOf(Currency currency) {
		NumberFormat format = NumberFormat.getCurrencyInstance(DISPLAY_LOCALE);
		format.setCurrency(currency);
		int digits = Math.max(0, currency.getDefaultFractionDigits());
		format.setMinimumFractionDigits(digits);
		format.setMaximumFractionDigits(digits);
		return format;
	}

	private static Currency currencyOf(String code) {
		try {
			return Currency.getInstance((code != null) ? code.strip() : "EUR");
		}
		catch (IllegalArgumentException ex) {
			return Currency.getInstance("EUR");
		}
	}

}
