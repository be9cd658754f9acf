package dev.centraldistribution.distributor.web.platform.notices;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.servlet.FlashMap;

/**
 * Flash maps as the value of one cookie: URL-safe Base64 of a small JSON list, newest
 * last, at most {@link #MAX_FLASH_MAPS} of them and never longer than {@link #MAX_LENGTH}
 * characters (browsers keep 4,096 bytes per cookie). A browser follows each redirect at
 * once, so one is pending at a time; a second covers two tabs redirecting together. A
 * client that never follows redirects sends the cookie with every request, and it stays
 * small.
 */
class FlashCookieCodec {

	static final int MAX_LENGTH = 3_000;

	static final int MAX_FLASH_MAPS = 2;

	private static final TypeReference<List<StoredFlash>> STORED = new TypeReference<>() {
	};

	private final JsonMapper json;

	FlashCookieCodec(JsonMapper json) {
		this.json = json;
	}

	/**
	 * The newest flash maps that fit in one cookie.
	 * @throws IllegalArgumentException if a flash attribute is not a string
	 */
	List<FlashMap> fitting(List<FlashMap> flashMaps) {
		List<FlashMap> kept = new ArrayList<>(
				flashMaps.subList(Math.max(0, flashMaps.size() - MAX_FLASH_MAPS), flashMaps.size()));
		while (!kept.isEmpty() && encode(kept).length() > MAX_LENGTH) {
			kept.remove(0);
		}
		return kept;
	}

	String encode(List<FlashMap> flashMaps) {
		List<StoredFlash> stored = flashMaps.stream().map(StoredFlash::of).toList();
		return Base64.getUrlEncoder().withoutPadding().encodeToString(this.json.writeValueAsBytes(stored));
	}

	/**
	 * The flash maps of a cookie value; null when the value is not one this codec wrote.
	 */
	List<FlashMap> decode(String value) {
		if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
			return null;
		}
		try {
			byte[] bytes = Base64.getUrlDecoder().decode(value);
			List<StoredFlash> stored = this.json.readValue(new String(bytes, StandardCharsets.UTF_8), STORED);
			if (stored == null || !stored.stream().allMatch((flash) -> flash != null && flash.isComplete())) {
				return null;
			}
			return stored.stream().map(StoredFlash::toFlashMap).collect(Collectors.toCollection(ArrayList::new));
		}
		catch (IllegalArgumentException | JacksonException ex) {
			return null;
		}
	}

	/**
	 * One flash map in the cookie: the path and parameters of the request it is for, its
	 * attributes, and when it expires (epoch milliseconds).
	 */
	record StoredFlash(String path, Map<String, List<String>> params, Map<String, String> attributes, long expires) {

		static StoredFlash of(FlashMap flashMap) {
			Map<String, String> attributes = new LinkedHashMap<>();
			flashMap.forEach((name, value) -> {
				if (!(value instanceof String text)) {
					throw new IllegalArgumentException("Flash attribute '" + name
							+ "' must be a string to travel in a cookie, not " + typeOf(value));
				}
				attributes.put(name, text);
			});
			return new StoredFlash(flashMap.getTargetRequestPath(), Map.copyOf(flashMap.getTargetRequestParams()),
					attributes, flashMap.getExpirationTime());
		}

		/**
		 * Whether it has what a flash map needs: JSON may leave any field out or null.
		 */
		boolean isComplete() {
			return this.attributes != null && (this.params == null || this.params.entrySet()
				.stream()
				.allMatch((param) -> param.getKey() != null && param.getValue() != null));
		}

		FlashMap toFlashMap() {
			FlashMap flashMap = new FlashMap();
			flashMap.setTargetRequestPath(this.path);
			if (this.params != null) {
				flashMap.addTargetRequestParams(new LinkedMultiValueMap<>(this.params));
			}
			flashMap.putAll(this.attributes);
			flashMap.setExpirationTime(this.expires);
			return flashMap;
		}

		private static String typeOf(Object value) {
			return (value != null) ? value.getClass().getName() : "null";
		}

	}

}
