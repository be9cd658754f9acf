# Helpers for CI and scripts: make sure the local PostgreSQL and RabbitMQ answer,
# starting them if they are installed but stopped, and failing clearly otherwise.

PGHOST_ADDR=${PGHOST_ADDR:-127.0.0.1}
RABBIT_PORT=${RABBIT_PORT:-5672}

port_open() {
  (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null && exec 3>&- 3<&-
}

ensure_postgres() {
  if ! pg_isready -q -h "$PGHOST_ADDR" -p 5432 2>/dev/null; then
    echo "PostgreSQL is not answering on $PGHOST_ADDR:5432; starting it"
    if [ -d /etc/postgresql ]; then
      pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start || true
    fi
    for _ in $(seq 1 30); do pg_isready -q -h "$PGHOST_ADDR" -p 5432 2>/dev/null && break; sleep 1; done
  fi
  if ! pg_isready -q -h "$PGHOST_ADDR" -p 5432 2>/dev/null; then
    echo "FAILED: PostgreSQL is required on $PGHOST_ADDR:5432 (trust auth, database 'test') and could not be started" >&2
    exit 1
  fi
}

ensure_rabbitmq() {
  if ! port_open 127.0.0.1 "$RABBIT_PORT"; then
    echo "RabbitMQ is not answering on 127.0.0.1:$RABBIT_PORT; starting it"
    if command -v rabbitmq-server >/dev/null; then
      rabbitmq-server -detached || true
    fi
    for _ in $(seq 1 60); do port_open 127.0.0.1 "$RABBIT_PORT" && break; sleep 1; done
  fi
  if ! port_open 127.0.0.1 "$RABBIT_PORT"; then
    echo "FAILED: RabbitMQ is required on 127.0.0.1:$RABBIT_PORT (guest/guest) and could not be started" >&2
    exit 1
  fi
  if command -v rabbitmqctl >/dev/null; then
    rabbitmqctl -q await_startup >/dev/null 2>&1 || true
  fi
}

# The test database is CI's own: start every run from empty schemas so that earlier
# runs (or edited migrations during development) cannot leave state behind.
reset_test_schemas() {
  psql -q -h "$PGHOST_ADDR" -U postgres -d test -v ON_ERROR_STOP=1 <<'SQL'
do $$
declare s record;
begin
  for s in select nspname from pg_namespace where nspname = 'distributor' or nspname like 'manufacturer\_%' loop
    execute format('drop schema %I cascade', s.nspname);
  end loop;
end $$;
SQL
}
