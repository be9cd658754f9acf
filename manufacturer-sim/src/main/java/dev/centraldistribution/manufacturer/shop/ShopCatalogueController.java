package dev.centraldistribution.manufacturer.shop;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shop's product list and its stock, separate resources, each paginated
 * ({@code ?page=&size=}, a {@code next} link until the last page) and tagged per page
 * ({@code ETag}, {@code 304 Not Modified}).
 */
@RestController
@ConditionalOnProperty(name = "manufacturer.api", havingValue = "shop")
class ShopCatalogueController {

	static final String PRODUCTS = "/shop/v1/products";

	static final String STOCK = "/shop/v1/stock";

	static final int MAX_PAGE_SIZE = 500;

	private final ShopCatalogue catalogue;

	private final JsonMapper json;

	ShopCatalogueController(ShopCatalogue catalogue, JsonMapper json) {
		this.catalogue = catalogue;
		this.json = json;
	}

	@GetMapping(PRODUCTS)
	ResponseEntity<byte[]> products(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "100") int size,
			@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
		if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
			return badPage();
		}
		return page(PRODUCTS, page, size, this.catalogue.products(page, size), ifNoneMatch);
	}

	@GetMapping(STOCK)
	ResponseEntity<byte[]> stock(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "100") int size,
			@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
		if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
			return badPage();
		}
		return page(STOCK, page, size, this.catalogue.stock(page, size), ifNoneMatch);
	}

	private ResponseEntity<byte[]> page(String path, int page, int size, List<Map<String, Object>> items,
			String ifNoneMatch) {
		long total = this.catalogue.count();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("items", items);
		body.put("page", page);
		body.put("size", size);
		body.put("totalItems", total);
		body.put("next", ((long) (page + 1) * size < total) ? path + "?page=" + (page + 1) + "&size=" + size : null);
		byte[] bytes = this.json.writeValueAsBytes(body);
		String tag = tag(bytes);
		if (ifNoneMatch != null && ifNoneMatch.strip().equals(tag)) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(tag).build();
		}
		return ResponseEntity.ok().eTag(tag).contentType(MediaType.APPLICATION_JSON).body(bytes);
	}

	private ResponseEntity<byte[]> badPage() {
		return ResponseEntity.badRequest()
			.contentType(MediaType.APPLICATION_JSON)
			.body(this.json.writeValueAsBytes(
					Map.of("error", "invalid-page", "reason", "page from 0, size from 1 to " + MAX_PAGE_SIZE)));
	}

	private static String tag(byte[] body) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
			return '"' + HexFormat.of().formatHex(hash, 0, 16) + '"';
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
