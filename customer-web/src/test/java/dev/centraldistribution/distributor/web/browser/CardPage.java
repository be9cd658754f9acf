package dev.centraldistribution.distributor.web.browser;

import java.time.YearMonth;

import org.openqa.selenium.By;

/** The payment card on file: {@code /account/card}. */
final class CardPage extends ShopPage {

	CardPage(Shop shop) {
		super(shop, "Payment card");
	}

	/** Saves a card that expires in the given month; the page shows it (or why not). */
	CardPage save(String number, YearMonth expiry) {
		this.shop.find(By.id("number")).sendKeys(number);
		this.shop.find(By.id("expiryMonth")).sendKeys(String.format("%02d", expiry.getMonthValue()));
		this.shop.find(By.id("expiryYear")).sendKeys(String.valueOf(expiry.getYear()));
		this.shop.clickToLoad(this.shop.find(By.xpath("//main//button[normalize-space()='Save card']")));
		return new CardPage(this.shop);
	}

	/** What is wrong with the number typed, or empty. */
	String numberProblem() {
		return String.join(" ", texts(By.id("number-problem")));
	}

	/** What the number field holds: it must never show a number again. */
	String numberTyped() {
		return this.shop.find(By.id("number")).getDomProperty("value");
	}

	/** The card on file as shown, such as "Visa •••• 4242, expires 07/2028", or empty. */
	String cardOnFile() {
		return String.join(" ", texts(By.cssSelector("#card-on-file > span")));
	}

}
