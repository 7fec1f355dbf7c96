#!/usr/bin/env bash
# Makes sure the PostgreSQL that the integration tests use answers, and that
# TEST_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432/postgres) can
# log in and create databases. Never stops or restarts a running server.
#
#   nothing answers, Debian cluster exists  → pg_ctlcluster … start
#   nothing answers, PostgreSQL installed   → pg_createcluster … --start
#   PostgreSQL not installed                → apt-get install -y postgresql
#   server answers, URL's role cannot login → create the role (CREATEDB; with
#                                             the URL's password, or trust for
#                                             127.0.0.1 when it has none)
# Only acts on a server on this machine (127.0.0.1 / localhost); exits 1 when
# it cannot make the URL work.
set -euo pipefail

URL="${TEST_POSTGRES_URL:-postgresql://postgres@127.0.0.1:5432/postgres}"

# Split the URL with Node (already required) rather than fragile shell parsing.
read -r PGHOST_ PGPORT_ PGUSER_ PGPASS_ PGDB_ < <(node -e '
  const u = new URL(process.argv[1]);
  const d = (s) => decodeURIComponent(s) || "-";
  console.log([u.hostname || "127.0.0.1", u.port || "5432", d(u.username) === "-" ? "postgres" : d(u.username), d(u.password), d(u.pathname.slice(1)) === "-" ? "postgres" : d(u.pathname.slice(1))].join(" "));
' "$URL")
[ "$PGPASS_" = "-" ] && PGPASS_=""

say() { echo "ensure-postgres: $*"; }
is_local() { [ "$PGHOST_" = "127.0.0.1" ] || [ "$PGHOST_" = "localhost" ] || [ "$PGHOST_" = "::1" ]; }
answers() { pg_isready -q -h "$PGHOST_" -p "$PGPORT_" -t 2 2>/dev/null || (exec 3<>"/dev/tcp/$PGHOST_/$PGPORT_") 2>/dev/null; }
can_login() { PGPASSWORD="$PGPASS_" PGCONNECT_TIMEOUT=5 psql "postgresql://$PGHOST_:$PGPORT_/$PGDB_" -U "$PGUSER_" -w -tAc 'SELECT 1' >/dev/null 2>&1; }
as_postgres() { runuser -u postgres -- "$@"; }
newest_installed_version() { ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -1; }

wait_until_answering() {
  for _ in $(seq 1 30); do answers && return 0; sleep 1; done
  say "PostgreSQL did not start answering on $PGHOST_:$PGPORT_ within 30 s"; return 1
}

start_server() {
  if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ -z "$(newest_installed_version)" ]; then
    say "PostgreSQL is not installed: installing Debian's postgresql package"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq postgresql >/dev/null
  fi
  # A cluster on the wanted port, else create one for the newest installed version.
  local cluster
  cluster="$(pg_lsclusters --no-header 2>/dev/null | awk -v port="$PGPORT_" '$3 == port { print $1 " " $2; exit }')"
  if [ -z "$cluster" ]; then
    local version; version="$(newest_installed_version)"
    say "creating cluster $version/main on port $PGPORT_"
    pg_createcluster --port "$PGPORT_" "$version" main >/dev/null
    cluster="$version main"
  fi
  say "starting cluster $cluster"
  # --skip-systemctl-redirect: containers and CI have no systemd.
  # shellcheck disable=SC2086
  pg_ctlcluster --skip-systemctl-redirect $cluster start || true
  wait_until_answering
}

# Creates the URL's role (and database) through the local superuser, and lets
# a password-less URL in with trust for loopback connections.
ensure_role() {
  local version cluster_conf
  say "role \"$PGUSER_\" cannot log in: setting it up"
  local password_sql="NULL"
  [ -n "$PGPASS_" ] && password_sql="'${PGPASS_//\'/\'\'}'"
  as_postgres psql -p "$PGPORT_" -v ON_ERROR_STOP=1 -q <<SQL
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${PGUSER_//\'/\'\'}') THEN
    CREATE ROLE "${PGUSER_//\"/\"\"}" LOGIN CREATEDB PASSWORD $password_sql;
  ELSE
    ALTER ROLE "${PGUSER_//\"/\"\"}" LOGIN CREATEDB PASSWORD $password_sql;
  END IF;
END
\$\$;
SQL
  if ! as_postgres psql -p "$PGPORT_" -tAc "SELECT 1 FROM pg_database WHERE datname = '${PGDB_//\'/\'\'}'" | grep -q 1; then
    as_postgres createdb -p "$PGPORT_" -O "$PGUSER_" "$PGDB_"
  fi
  if ! can_login && [ -z "$PGPASS_" ]; then
    version="$(pg_lsclusters --no-header | awk -v port="$PGPORT_" '$3 == port { print $1; exit }')"
    cluster_conf="/etc/postgresql/$version/main/pg_hba.conf"
    if [ -f "$cluster_conf" ] && ! grep -q "groundwork-tests" "$cluster_conf"; then
      say "allowing password-less loopback logins (trust) in $cluster_conf: a test-machine setting"
      sed -i '1i host all all 127.0.0.1/32 trust # groundwork-tests\nhost all all ::1/128 trust # groundwork-tests' "$cluster_conf"
      as_postgres psql -p "$PGPORT_" -qtAc 'SELECT pg_reload_conf()' >/dev/null
    fi
  fi
}

if ! answers; then
  is_local || { say "nothing answers at $PGHOST_:$PGPORT_ and it is not this machine: start it there"; exit 1; }
  start_server
fi

if ! can_login; then
  is_local || { say "cannot log in to $PGHOST_:$PGPORT_ as \"$PGUSER_\"; fix TEST_POSTGRES_URL or the server"; exit 1; }
  ensure_role
  can_login || { say "still cannot log in as \"$PGUSER_\" to $PGHOST_:$PGPORT_/$PGDB_"; exit 1; }
fi

say "PostgreSQL answers at $PGHOST_:$PGPORT_ and \"$PGUSER_\" can log in"
