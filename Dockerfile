# One image per runnable module, built from the whole repository (the modules depend on
# each other):
#   docker build --build-arg MODULE=customer-web -t central-distribution/customer-web .
#   docker build --build-arg MODULE=manufacturer-sim -t central-distribution/manufacturer-sim .
# docker-compose.yml builds both. Settings come from the environment at run time
# (SPRING_PROFILES_ACTIVE, SPRING_DATASOURCE_URL, ...); see docs/scale-out.md.

# --- build: the Maven wrapper compiles the module and what it depends on --------------
FROM eclipse-temurin:17-jdk AS build
ARG MODULE
WORKDIR /src
COPY . .
RUN test -n "$MODULE" || { echo "--build-arg MODULE=customer-web|manufacturer-sim is required" >&2; exit 1; }
# Build the module, then extract Spring Boot's layers (dependencies change less often than
# the code), each copied below as an image layer of its own; --launcher keeps the layout
# that JarLauncher runs.
RUN ./mvnw -B -q -ntp -DskipTests package -pl "$MODULE" -am \
 && cp "$MODULE"/target/"$MODULE"-*.jar app.jar \
 && java -Djarmode=tools -jar app.jar extract --layers --launcher --destination extracted

# --- run: a JRE, the layers, an unprivileged user ------------------------------------
# Java 25, the current LTS: the code is built for 17 and tested on 17 and 25 (.ci/java25.sh),
# and on 25 it serves a checkout with about half the CPU of 17, on virtual threads
# (docs/benchmarks.md, "Third round").
FROM eclipse-temurin:25-jre
# docker-compose.yml's health checks call curl, which the Temurin images install; fail
# here, not at run time, should a future base image drop it.
RUN command -v curl >/dev/null \
 && useradd --system --no-create-home --uid 10001 app \
 && mkdir -p /app/data && chown app /app/data
WORKDIR /app
COPY --from=build /src/extracted/dependencies/ ./
COPY --from=build /src/extracted/spring-boot-loader/ ./
COPY --from=build /src/extracted/snapshot-dependencies/ ./
COPY --from=build /src/extracted/application/ ./
USER app
# Container-aware heap; JAVA_TOOL_OPTIONS in the environment can add to it. The other
# settings keep the resident memory down without costing throughput on a small machine
# (docs/benchmarks.md, "Second round"): the serial collector, bounded metaspace and code
# cache, smaller thread stacks, two malloc arenas.
ENV MALLOC_ARENA_MAX=2
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+UseSerialGC", "-XX:MaxMetaspaceSize=192m", "-XX:ReservedCodeCacheSize=96m", "-Xss512k", "org.springframework.boot.loader.launch.JarLauncher"]
