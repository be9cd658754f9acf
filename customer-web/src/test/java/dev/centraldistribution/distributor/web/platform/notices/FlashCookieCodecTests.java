package dev.centraldistribution.distributor.web.platform.notices;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.servlet.FlashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FlashCookieCodecTests {

	private final FlashCookieCodec codec = new FlashCookieCodec(JsonMapper.builder().build());

	@Test
	void givesBackWhatItWrote() {
		FlashMap written = flash("/orders/12", "notice", "Thank you! Your order is placed.");
		written.addTargetRequestParams(new LinkedMultiValueMap<>(Map.of("page", List.of("2"))));

		List<FlashMap> read = this.codec.decode(this.codec.encode(List.of(written)));

		assertThat(read).singleElement().satisfies((flash) -> {
			assertThat(flash.getTargetRequestPath()).isEqualTo("/orders/12");
			assertThat(flash.getTargetRequestParams().get("page")).containsExactly("2");
			assertThat((Map<String, Object>) flash).containsEntry("notice", "Thank you! Your order is placed.");
			assertThat(flash.getExpirationTime()).isEqualTo(written.getExpirationTime());
		});
	}

	@Test
	void readsAnythingItDidNotWriteAsNoFlash() {
		assertThat(this.codec.decode("not base64 at all!")).isNull();
		assertThat(this.codec.decode(base64("{\"notice\":\"hi\"}"))).isNull();
		assertThat(this.codec.decode(base64("[{\"path\":\"/\",\"attributes\":{\"notice\":[1,2]}}]"))).isNull();
		assertThat(this.codec.decode(base64("[{\"path\":\"/\",\"attributes\":null}]"))).isNull();
		assertThat(this.codec.decode(base64("[1, 2]"))).isNull();
		assertThat(this.codec.decode(base64("[null]"))).isNull();
		assertThat(this.codec.decode(base64("[{\"path\":\"/\",\"params\":{\"q\":null},\"attributes\":{}}]"))).isNull();
		assertThat(this.codec.decode(base64("null"))).isNull();
		assertThat(this.codec.decode("")).isNull();
		assertThat(this.codec.decode("A".repeat(FlashCookieCodec.MAX_LENGTH + 1))).isNull();
	}

	@Test
	void refusesAttributesThatAreNotText() {
		FlashMap flash = flash("/cart", "notice", "fine");
		flash.put("count", 3);

		assertThatIllegalArgumentException().isThrownBy(() -> this.codec.fitting(List.of(flash)))
			.withMessageContaining("'count'")
			.withMessageContaining("java.lang.Integer");
	}

	@Test
	void keepsTheNewestFlashMapsThatFitInOneCookie() {
		FlashMap old = flash("/cart", "notice", "x".repeat(1_500));
		FlashMap older = flash("/dashboard", "notice", "y".repeat(1_500));
		FlashMap newest = flash("/orders/1", "notice", "Thank you!");

		List<FlashMap> kept = this.codec.fitting(List.of(older, old, newest));

		assertThat(kept).containsExactly(old, newest);
		assertThat(this.codec.encode(kept).length()).isLessThanOrEqualTo(FlashCookieCodec.MAX_LENGTH);
		assertThat(this.codec.fitting(List.of(flash("/", "notice", "z".repeat(4_000))))).isEmpty();
		assertThat(this.codec.fitting(List.of(flash("/a", "notice", "1"), flash("/b", "notice", "2"), newest)))
			.hasSize(FlashCookieCodec.MAX_FLASH_MAPS)
			.last()
			.isEqualTo(newest);
	}

	private static FlashMap flash(String path, String name, String text) {
		FlashMap flash = new FlashMap();
		flash.setTargetRequestPath(path);
		flash.put(name, text);
		flash.startExpirationPeriod(180);
		return flash;
	}

	private static String base64(String json) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

}
