package dev.centraldistribution.distributor.stockchanges;

import java.time.Instant;
import java.util.List;

/**
 * The message one instance sends all instances: these offerings' available quantities
 * changed. It names the offerings only; each receiver reads their current quantities once
 * per message, which gives the freshest value whatever the order of arrival.
 * <p>
 * Internal between distributor instances, so it lives here and not in {@code contracts}
 * (the manufacturers' wire format). Instances of two versions may run side by side during
 * a rolling deployment: a receiver ignores a schema version it does not know.
 *
 * @param messageId unique per message
 * @param schemaVersion version of this message
 * @param sentAt when the sending instance wrote it
 * @param offerings ids of the offerings changed
 */
record StockChangeNotice(String messageId, int schemaVersion, Instant sentAt, List<Long> offerings) {

	static final String TYPE = "stock-changes";

	static final int SCHEMA_VERSION = 1;

}
