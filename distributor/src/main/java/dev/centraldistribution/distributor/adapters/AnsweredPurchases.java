package dev.centraldistribution.distributor.adapters;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.centraldistribution.contracts.PurchaseConfirmation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applied totals of a manufacturer that reports none, kept by its adapter: the units
 * of every purchase it answered (accepted or not, like a native manufacturer's applied
 * total), counted once per purchase when its answer arrives. A manufacturer answers a
 * purchase only once it applied it, so every unit counted here before a pull starts is
 * reflected in the stock that pull reads; units answered later are not counted yet and
 * reconciliation takes them as in flight (invariant 2, "without applied totals").
 */
@Service
public class AnsweredPurchases {

	private final JdbcClient jdbc;

	AnsweredPurchases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Counts an answered purchase, once per message id.
	 * @param manufacturerCode who answered
	 * @param messageId the purchase's message id
	 * @param lines its lines
	 * @param now when the answer arrived
	 * @return whether it was counted now (not before)
	 */
	@Transactional
	boolean answered(String manufacturerCode, String messageId, List<PurchaseConfirmation.Line> lines, Instant now) {
		int inserted = this.jdbc.sql("""
				insert into shop_answered_purchase (message_id, manufacturer_code, answered_at)
				values (:messageId, :code, :now) on conflict do nothing""")
			.param("messageId", messageId)
			.param("code", manufacturerCode)
			.param("now", Timestamp.from(now))
			.update();
		if (inserted == 0) {
			return false;
		}
		Map<String, Long> units = new HashMap<>();
		lines.forEach((line) -> units.merge(line.sku(), line.quantity(), Long::sum));
		// In sku order, as every answer locks them: two answers never wait for each
		// other.
		units.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
			.forEach((entry) -> add(manufacturerCode, entry.getKey(), entry.getValue()));
		return true;
	}

	/**
	 * The applied totals as they stand, to be read before the offerings they go with.
	 * @param manufacturerCode whose
	 * @return units answered by sku; a sku never bought is absent
	 */
	@Transactional(readOnly = true)
	public Map<String, Long> totals(String manufacturerCode) {
		Map<String, Long> totals = new HashMap<>();
		this.jdbc.sql("select sku, applied_total from shop_applied_total where manufacturer_code = :code")
			.param("code", manufacturerCode)
			.query((rs) -> {
				totals.put(rs.getString("sku"), rs.getLong("applied_total"));
			});
		return totals;
	}

	private void add(String code, String sku, long quantity) {
		if (update(code, sku, quantity) == 0 && this.jdbc.sql("""
				insert into shop_applied_total (manufacturer_code, sku, applied_total)
				values (:code, :sku, :quantity) on conflict do nothing""")
			.param("code", code)
			.param("sku", sku)
			.param("quantity", quantity)
			.update() == 0) {
			update(code, sku, quantity);
		}
	}

	private int update(String code, String sku, long quantity) {
		return this.jdbc.sql("""
				update shop_applied_total set applied_total = applied_total + :quantity
				where manufacturer_code = :code and sku = :sku""")
			.param("code", code)
			.param("sku", sku)
			.param("quantity", quantity)
			.update();
	}

}
