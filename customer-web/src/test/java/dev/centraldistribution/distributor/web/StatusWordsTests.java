package dev.centraldistribution.distributor.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.centraldistribution.distributor.orders.OrderStatus;
import dev.centraldistribution.distributor.orders.SubOrderStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Orders and their parts speak one vocabulary, and each word has its own colour.
 */
class StatusWordsTests {

	private final StatusWords words = new StatusWords();

	@Test
	void aPartAndAnOrderInTheSameStateSayTheSameWordInTheSameColour() {
		assertThat(this.words.label(SubOrderStatus.ACCEPTED)).isEqualTo(this.words.label(OrderStatus.CONFIRMED))
			.isEqualTo("Confirmed");
		assertThat(this.words.badge(SubOrderStatus.ACCEPTED)).isEqualTo(this.words.badge(OrderStatus.CONFIRMED));
		for (SubOrderStatus status : SubOrderStatus.values()) {
			if (status != SubOrderStatus.ACCEPTED) {
				OrderStatus same = OrderStatus.valueOf(status.name());
				assertThat(this.words.label(status)).isEqualTo(this.words.label(same));
				assertThat(this.words.badge(status)).isEqualTo(this.words.badge(same));
			}
		}
	}

	@Test
	void everyStatusHasItsOwnWordAndItsOwnColourInTheStyleSheet() throws IOException {
		String css = Files.readString(Path.of("src/main/resources/static/css/shop.css"));
		List<String> labels = new ArrayList<>();
		List<String> badges = new ArrayList<>();
		Stream.of(OrderStatus.values()).forEach((status) -> {
			labels.add(this.words.label(status));
			badges.add(this.words.badge(status));
		});

		assertThat(labels).doesNotHaveDuplicates().allSatisfy((label) -> assertThat(label).matches("[A-Z][a-z ]+"));
		assertThat(badges).doesNotHaveDuplicates().allSatisfy((badge) -> {
			String colourClass = badge.substring(badge.lastIndexOf(' ') + 1);
			assertThat(css).contains("." + colourClass + " {");
		});
	}

}
