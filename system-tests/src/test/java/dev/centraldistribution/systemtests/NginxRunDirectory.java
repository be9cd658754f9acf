package dev.centraldistribution.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A run directory for the repository's {@code load-balancer/nginx.conf}: the same file,
 * with a {@code listen.conf} for the drills' port and an {@code upstreams.conf} naming
 * the drills' distributor instances. nginx runs in the foreground as a child process.
 */
final class NginxRunDirectory {

	private final Path configuration;

	private final Path directory;

	NginxRunDirectory(Path configuration, Path directory) {
		this.configuration = configuration;
		this.directory = directory;
	}

	AppProcess process(int port, List<Integer> distributorPorts, Path pidFile, Path log) {
		try {
			Files.createDirectories(this.directory);
			for (String sub : List.of("logs", "tmp")) {
				Path path = Files.createDirectories(this.directory.resolve(sub));
				// Workers run as an unprivileged user when the master runs as root.
				Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxrwxrwx"));
			}
			Files.copy(this.configuration, this.directory.resolve("nginx.conf"), StandardCopyOption.REPLACE_EXISTING);
			Files.writeString(this.directory.resolve("listen.conf"), "listen 127.0.0.1:" + port + ";\n");
			String servers = distributorPorts.stream()
				.map(p -> "    server 127.0.0.1:" + p + " max_fails=2 fail_timeout=10s;")
				.collect(Collectors.joining("\n"));
			Files.writeString(this.directory.resolve("upstreams.conf"),
					"upstream distributors {\n    zone distributors 64k;\n" + servers
							+ "\n    keepalive 32;\n    keepalive_timeout 20s;\n}\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String nginx = Files.isExecutable(Path.of("/usr/sbin/nginx")) ? "/usr/sbin/nginx" : "nginx";
		Commands.run(java.time.Duration.ofSeconds(10), nginx, "-t", "-q", "-p", this.directory.toString(), "-c",
				this.directory.resolve("nginx.conf").toString());
		return new AppProcess("nginx",
				List.of(nginx, "-p", this.directory.toString(), "-c", this.directory.resolve("nginx.conf").toString(),
						"-g", "daemon off;"),
				this.directory, pidFile, log, URI.create("http://127.0.0.1:" + port + "/actuator/health"));
	}

}
