"""Checks that every environment variable docker-compose.yml gives a service is read there.

For a service built from this repository (build arg MODULE), each variable must be a
Spring Boot setting of that module: its name, converted the way Spring Boot binds
environment variables, must name a property in the configuration metadata of the built
jar (META-INF/spring-configuration-metadata.json and additional-spring-configuration-
metadata.json of the application and of every library in it, Spring Boot's included).
List elements and record fields below a property of type List<SomeRecord> (for example
DISTRIBUTOR_MANUFACTURERS_0_BASE_URL) are checked against the record's components,
read with javap. For an image from elsewhere, each variable must be on ALLOWED below.

Usage: compose_env_check.py <resolved compose file, from `docker-compose config`> <repo root>
Exit status 1, with one line per unknown variable naming service and variable.
"""

import json
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import yaml

# Variables that are no Spring setting, per image, and who reads them.
ALLOWED = {
    "postgres": {
        "POSTGRES_DB": "the postgres image creates this database on first start",
        "POSTGRES_USER": "the postgres image creates this superuser on first start",
        "POSTGRES_PASSWORD": "the postgres image sets this password on first start",
    },
    "rabbitmq": {
        "RABBITMQ_DEFAULT_USER": "RabbitMQ creates this user on first start",
        "RABBITMQ_DEFAULT_PASS": "RabbitMQ sets this password on first start",
        "RABBITMQ_DEFAULT_VHOST": "RabbitMQ creates this vhost on first start",
    },
    "nginx": {},
    "prom/prometheus": {
        "OPERATOR_EMAIL": "written into the scrape configuration by the service's command",
        "OPERATOR_PASSWORD": "written into the scrape password file by the service's command",
    },
    "grafana/grafana": {
        "GF_SECURITY_ADMIN_PASSWORD": "Grafana's admin password",
        "GF_USERS_ALLOW_SIGN_UP": "Grafana: no sign-up",
        "GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH": "Grafana's home dashboard",
    },
    # Images built here: what the JVM reads before Spring starts.
    "central-distribution/customer-web": {"JAVA_TOOL_OPTIONS": "read by the JVM itself"},
    "central-distribution/manufacturer-sim": {"JAVA_TOOL_OPTIONS": "read by the JVM itself"},
}

METADATA_FILES = ("META-INF/spring-configuration-metadata.json", "META-INF/additional-spring-configuration-metadata.json")
CONTAINER = re.compile(r"^(java\.util\.(?:List|Set|Collection|Map)|.*\[\])")


def image_name(service):
    return (service.get("image") or "").split(":")[0].split("@")[0]


def boot_jar(root, module):
    jars = [j for j in (root / module / "target").glob(f"{module}-*.jar") if not j.name.endswith("-plain.jar")]
    if not jars:
        sys.exit(f"FAILED: no built jar for {module} in {module}/target: build it first")
    return jars[0]


class Module:
    """The settings one fat jar reads: metadata properties, and records for list elements."""

    def __init__(self, jar, workdir):
        self.properties = {}
        self.classpath = []
        self.fields_cache = {}
        with zipfile.ZipFile(jar) as fat:
            for name in fat.namelist():
                if name.endswith(METADATA_FILES):
                    self._read_metadata(fat.read(name))
                elif name.startswith("BOOT-INF/lib/") and name.endswith(".jar"):
                    nested = Path(workdir) / Path(name).name
                    nested.write_bytes(fat.read(name))
                    with zipfile.ZipFile(nested) as lib:
                        for entry in METADATA_FILES:
                            if entry in lib.namelist():
                                self._read_metadata(lib.read(entry))
                    self.classpath.append(str(nested))
            classes = Path(workdir) / "classes"
            for name in fat.namelist():
                if name.startswith("BOOT-INF/classes/") and not name.endswith("/"):
                    target = classes / name[len("BOOT-INF/classes/"):]
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(fat.read(name))
            self.classpath.insert(0, str(classes))

    def _read_metadata(self, data):
        for prop in json.loads(data).get("properties", []):
            self.properties.setdefault(prop["name"], prop.get("type") or "")

    def record_fields(self, type_name):
        """Components of a record of this application (javap), or None for anything else."""
        if not type_name.startswith("dev.centraldistribution."):
            return None
        if type_name not in self.fields_cache:
            out = subprocess.run(["javap", "-p", "-cp", ":".join(self.classpath), type_name],
                                 capture_output=True, text=True)
            fields = None
            if out.returncode == 0 and " extends java.lang.Record" in out.stdout:
                fields = {}
                for line in out.stdout.splitlines():
                    match = re.match(r"\s*private final (\S+) (\w+);$", line)
                    if match:
                        fields[match.group(2)] = match.group(1)
            self.fields_cache[type_name] = fields
        return self.fields_cache[type_name]


def words(segment):
    """A property name segment ('base-url') or Java field ('baseUrl') as upper-case words."""
    segment = re.sub(r"([a-z0-9])([A-Z])", r"\1-\2", segment)
    return [w.upper() for w in segment.split("-") if w]


def segment_forms(segment, legacy):
    """Spring Boot maps 'base-url' to BASEURL, and (legacy form) to BASE_URL."""
    parts = words(segment)
    return [parts] if legacy else [["".join(parts)]]


def generic_arguments(type_name):
    inner = type_name[type_name.index("<") + 1:type_name.rindex(">")]
    depth, start, args = 0, 0, []
    for i, c in enumerate(inner):
        depth += c == "<"
        depth -= c == ">"
        if c == "," and depth == 0:
            args.append(inner[start:i].strip())
            start = i + 1
    args.append(inner[start:].strip())
    return args


def matches_type(module, tokens, type_name, legacy):
    """Whether the remaining tokens of a variable name address something inside type_name."""
    if not tokens:
        return True
    if type_name.endswith("[]"):
        return tokens[0].isdigit() and matches_type(module, tokens[1:], type_name[:-2], legacy)
    if CONTAINER.match(type_name) and "<" in type_name:
        args = generic_arguments(type_name)
        if type_name.startswith("java.util.Map"):
            # The key takes one or more tokens; the value type the rest.
            return any(matches_type(module, tokens[i:], args[-1], legacy) for i in range(1, len(tokens) + 1))
        return tokens[0].isdigit() and matches_type(module, tokens[1:], args[0], legacy)
    fields = module.record_fields(type_name)
    if not fields:
        return False
    for field, field_type in fields.items():
        for form in segment_forms(field, legacy):
            if tokens[:len(form)] == form and matches_type(module, tokens[len(form):], field_type, legacy):
                return True
    return False


def is_setting(module, variable):
    tokens = variable.split("_")
    for legacy in (False, True):
        for name, type_name in module.properties.items():
            prefix = []
            for segment in name.split("."):
                prefix += segment_forms(segment, legacy)[0]
            if tokens[:len(prefix)] == prefix and matches_type(module, tokens[len(prefix):], type_name, legacy):
                return True
    return False


def main():
    compose = yaml.safe_load(Path(sys.argv[1]).read_text())
    root = Path(sys.argv[2])
    problems, checked, modules = [], 0, {}
    with tempfile.TemporaryDirectory() as workdir:
        for service_name, service in sorted(compose.get("services", {}).items()):
            environment = service.get("environment") or {}
            if isinstance(environment, list):
                environment = dict(item.split("=", 1) if "=" in item else (item, None) for item in environment)
            image = image_name(service)
            allowed = ALLOWED.get(image)
            module_name = ((service.get("build") or {}).get("args") or {}).get("MODULE")
            if allowed is None:
                problems.append(f"service {service_name}: image '{image}' has no entry in ALLOWED of {Path(__file__).name}")
                continue
            module = None
            if module_name:
                if module_name not in modules:
                    module_dir = Path(workdir) / module_name
                    module_dir.mkdir()
                    modules[module_name] = Module(boot_jar(root, module_name), module_dir)
                module = modules[module_name]
            for variable in sorted(environment):
                checked += 1
                if variable in allowed:
                    continue
                if module is not None and is_setting(module, variable):
                    continue
                where = f"a setting of {module_name}" if module else f"allowed for image '{image}'"
                problems.append(f"service {service_name}: environment variable {variable} is not {where}")
    for problem in problems:
        print(f"FAILED: {problem}")
    print(f"compose environment: {checked} variables in {len(compose.get('services', {}))} services checked, "
          f"{len(problems)} unknown")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
