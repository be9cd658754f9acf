package dev.centraldistribution.systemtests;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged manufacturer simulator started alone, for tests outside the drills'
 * topology (the adapter contract against each kind of simulator): an in-memory H2 of its
 * own, its own port, the given settings; its log and pid under
 * {@code system-tests/target/simulators}.
 */
public final class SimulatorProcesses {

	private SimulatorProcesses() {
	}

	/**
	 * A simulator process, not started yet.
	 * @param name what to call it (its log file, its pid file, its database)
	 * @param port its HTTP port
	 * @param settings further command-line settings, e.g.
	 * {@code --manufacturer.preset=acme}
	 * @return the process
	 */
	public static AppProcess simulator(String name, int port, List<String> settings) {
		Path root = Topology.projectRoot();
		Path runDirectory = root.resolve("system-tests/target/simulators");
		LeftoverProcesses.killThoseRecordedIn(runDirectory.resolve("pids/" + name));
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-jar",
				Jars.find(root, "manufacturer-sim").toString(), "--server.port=" + port,
				"--spring.datasource.url=jdbc:h2:mem:" + name
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"));
		command.addAll(settings);
		return new AppProcess(name, command, runDirectory.resolve(name), runDirectory.resolve("pids/" + name + "/pid"),
				runDirectory.resolve("logs/" + name + ".log"),
				URI.create("http://127.0.0.1:" + port + "/actuator/health/liveness"));
	}

}
