#!/usr/bin/env bash
# npm run test:postgres [-- vitest arguments]: the server test suites against a real PostgreSQL 15 with pgvector.
#
# Idempotent and quick, for CI and for a developer's machine alike:
#   1. PostgreSQL 15 from Debian (postgresql-15, postgresql-server-dev-15): installed only if missing (needs root);
#   2. pgvector from vendor/pgvector: built and installed only if this PostgreSQL lacks that version (10-20 s);
#   3. a throwaway cluster on 127.0.0.1, run by a non-root user (as root: the `postgres` user, created if missing);
#   4. what an administrator does on a managed PostgreSQL: a login role `gja` that is not a superuser, a database
#      it owns, and `CREATE EXTENSION vector` in it (and in template1, so databases the tests create have it);
#   5. the `server` test project with TEST_DATABASE_URL set (the files that use a database), then the cluster is stopped.
# The cluster's files stay in $TEST_PG_DIR between runs (initdb only once); the test database is recreated each run.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PG_MAJOR=15
PGVECTOR_VERSION=0.8.6
BIN=/usr/lib/postgresql/$PG_MAJOR/bin
PG_CONFIG=$BIN/pg_config
TEST_PG_DIR=${TEST_PG_DIR:-${TMPDIR:-/tmp}/gja-test-postgres-$(printf %s "$ROOT" | sha1sum | cut -c1-10)}
log() { echo "== test:postgres: $*"; }

# 1. PostgreSQL 15 server and headers.
if [ ! -x "$BIN/postgres" ] || [ ! -x "$PG_CONFIG" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "installing postgresql-$PG_MAJOR and postgresql-server-dev-$PG_MAJOR from Debian"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "postgresql-$PG_MAJOR" "postgresql-server-dev-$PG_MAJOR" make gcc >/dev/null
  else
    echo "PostgreSQL $PG_MAJOR is not installed: run (as root) apt-get install postgresql-$PG_MAJOR postgresql-server-dev-$PG_MAJOR" >&2
    exit 1
  fi
fi

# 2. pgvector, built from the vendored source against this server unless that version is already installed.
EXTENSION_DIR=$("$PG_CONFIG" --sharedir)/extension
if [ -f "$EXTENSION_DIR/vector--$PGVECTOR_VERSION.sql" ] && [ -f "$("$PG_CONFIG" --pkglibdir)/vector.so" ]; then
  log "pgvector $PGVECTOR_VERSION is installed"
else
  if [ ! -w "$EXTENSION_DIR" ]; then
    echo "pgvector $PGVECTOR_VERSION is not installed and $EXTENSION_DIR is not writable: run this once as root" >&2
    exit 1
  fi
  log "building pgvector $PGVECTOR_VERSION from vendor/pgvector"
  build=$(mktemp -d)
  tar -xzf "vendor/pgvector/pgvector-$PGVECTOR_VERSION.tar.gz" -C "$build"
  # OPTFLAGS="": portable code, not -march=native. with_llvm=no: no JIT bitcode, so clang is not needed.
  make -s -C "$build/pgvector-$PGVECTOR_VERSION" PG_CONFIG="$PG_CONFIG" OPTFLAGS="" with_llvm=no -j2 >/dev/null
  make -s -C "$build/pgvector-$PGVECTOR_VERSION" PG_CONFIG="$PG_CONFIG" with_llvm=no install >/dev/null
  rm -rf "$build"
fi

# 3. The cluster runs as a non-root user: PostgreSQL refuses to run as root.
if [ "$(id -u)" = 0 ]; then
  if ! id postgres >/dev/null 2>&1; then
    log "creating the system user postgres"
    useradd --system --user-group --home-dir /var/lib/postgresql --shell /usr/sbin/nologin postgres
  fi
  as_cluster_user() { runuser -u postgres -- "$@"; }
  mkdir -p "$TEST_PG_DIR" && chown postgres: "$TEST_PG_DIR"
else
  as_cluster_user() { "$@"; }
  mkdir -p "$TEST_PG_DIR"
fi
DATA=$TEST_PG_DIR/data
if [ ! -f "$DATA/PG_VERSION" ]; then
  log "initdb in $DATA"
  # C.UTF-8 like most managed PostgreSQL services; text search then reads Chinese as letters, as PGlite does.
  as_cluster_user "$BIN/initdb" -D "$DATA" --auth=trust -U postgres --encoding=UTF8 --locale=C.UTF-8 >/dev/null
fi
as_cluster_user "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null 2>&1 || true
PORT=${TEST_PG_PORT:-$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")}
stop_cluster() { as_cluster_user "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null 2>&1 || true; }
trap stop_cluster EXIT
as_cluster_user "$BIN/pg_ctl" -D "$DATA" -l "$TEST_PG_DIR/server.log" -w \
  -o "-p $PORT -k $TEST_PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off" start >/dev/null
log "PostgreSQL $PG_MAJOR on 127.0.0.1:$PORT (log: $TEST_PG_DIR/server.log)"

# 4. The administrator's part: a non-superuser role, its own database, and the extension.
admin() { as_cluster_user "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT" -U postgres "$@"; }
admin -d postgres >/dev/null <<'SQL'
SET client_min_messages = warning;
SELECT 'CREATE ROLE gja LOGIN CREATEDB' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'gja') \gexec
DROP DATABASE IF EXISTS gja_test WITH (FORCE);
SELECT format('DROP DATABASE %I WITH (FORCE)', datname) FROM pg_database WHERE datname LIKE 'gja_scratch_%' \gexec
CREATE DATABASE gja_test OWNER gja;
SQL
admin -d template1 -c 'CREATE EXTENSION IF NOT EXISTS vector' >/dev/null
admin -d gja_test -c 'CREATE EXTENSION IF NOT EXISTS vector' >/dev/null

# 5. The suites: the files that can use the database at TEST_DATABASE_URL (the rest test the embedded database, or
# no database, and ran in npm test already). The scale-out project (test/scale-out) runs on its own afterwards: its
# latency criterion compares windows of time, which the suite's other worker would only add noise to. The server
# bundle is what it starts.
export TEST_DATABASE_URL="postgresql://gja@127.0.0.1:$PORT/gja_test"
npm run build:server --silent
log "vitest with TEST_DATABASE_URL=$TEST_DATABASE_URL"
if [ $# -gt 0 ]; then
  npx vitest run --project server --project scale-out "$@"
  exit
fi
# (postgres-path serves PGlite over the wire protocol: it stands in for a PostgreSQL server in npm test.)
mapfile -t USING_DATABASE < <(grep -lE 'openTestDb|createTestApp|testDatabaseUrl' test/integration/*.test.ts | grep -v postgres-path)
status=0
npx vitest run --project server "${USING_DATABASE[@]}" || status=$?
npx vitest run --project scale-out || status=$?
exit $status
