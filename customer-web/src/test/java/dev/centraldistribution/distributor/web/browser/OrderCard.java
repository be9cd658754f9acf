package dev.centraldistribution.distributor.web.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * One order as the history and the order page show it.
 *
 * @param id the order number
 * @param status its status as shown, such as "Placed"
 * @param total its total as shown, such as "€240.00"
 * @param lines each line as "product × quantity"
 */
record OrderCard(long id, String status, String total, List<String> lines) {

	static OrderCard of(WebElement card) {
		List<String> lines = card.findElements(By.cssSelector("tr.order-line"))
			.stream()
			.map((line) -> line.findElement(By.cssSelector("td:first-child > span")).getText() + " × "
					+ line.findElement(By.cssSelector("td:nth-child(3)")).getText())
			.toList();
		return new OrderCard(Long.parseLong(card.getDomAttribute("data-order-id")),
				card.findElement(By.cssSelector(".card-header .status")).getText(),
				card.findElement(By.cssSelector(".card-header .total")).getText(), lines);
	}

}
