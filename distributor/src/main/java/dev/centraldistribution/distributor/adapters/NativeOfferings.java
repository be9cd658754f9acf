package dev.centraldistribution.distributor.adapters;

import dev.centraldistribution.distributor.adapters.SnapshotDownloader.Download;
import dev.centraldistribution.distributor.manufacturers.Manufacturer;

/**
 * The {@code native} adapter's reading: this repository's snapshot, one
 * {@code GET /api/offerings} with {@code If-None-Match}, as {@link SnapshotDownloader}
 * fetches it and {@link SnapshotReader} reads it.
 */
final class NativeOfferings implements OfferingsSource {

	private final SnapshotDownloader downloader;

	private final SnapshotReader reader;

	NativeOfferings(SnapshotDownloader downloader, SnapshotReader reader) {
		this.downloader = downloader;
		this.reader = reader;
	}

	@Override
	public Offerings read(Manufacturer manufacturer, String ifNoneMatch) throws PullFailedException {
		Download download = this.downloader.download(manufacturer.baseUrl(), ifNoneMatch);
		if (download.notModified()) {
			return Offerings.unchanged(download.tag());
		}
		return new Offerings(this.reader.read(manufacturer.code(), download.body()), download.tag());
	}

}
