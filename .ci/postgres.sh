#!/usr/bin/env bash
# A real PostgreSQL 17 + pgvector server for the test suite's server leg (TEST_DATABASE_URL).
#
# Debian bookworm has no pgvector for PostgreSQL 17, so the server lives in a minimal Debian
# trixie root (debootstrap) outside the repo and is started there with pg_ctl as `postgres`.
# No systemd, no docker, no mounts (nothing to clean up but the server process).
#
# Usage: bash .ci/postgres.sh up|down|status|url|destroy
#   up       build the root if absent, start the server if not already up, and print
#            `TEST_DATABASE_URL=postgres://...` as the only line on stdout (progress: stderr)
#   down     stop the server (the root is kept for the next `up`)
#   status   exit 0 if the server answers on the port, 1 otherwise
#   url      print the TEST_DATABASE_URL line without starting anything
#   destroy  `down`, then delete the root
#
# Environment:
#   CI_PG_ROOT    where the root lives       (default /var/tmp/cbt-ci-pg-root)
#   CI_PG_PORT    TCP port on 127.0.0.1      (default 55432)
#   CI_PG_MIRROR  Debian mirror              (default: debootstrap's own)
#   CI_PG_SUITE   Debian suite for the root  (default trixie)
# Must run as root (debootstrap, chroot).
set -euo pipefail

ROOT=${CI_PG_ROOT:-/var/tmp/cbt-ci-pg-root}
ROOT=${ROOT%/}
PORT=${CI_PG_PORT:-55432}
MIRROR=(); [[ -n ${CI_PG_MIRROR:-} ]] && MIRROR=("$CI_PG_MIRROR")
SUITE=${CI_PG_SUITE:-trixie}
PG_MAJOR=17
PG_USER=postgres
PG_PASSWORD=postgres
URL="postgres://${PG_USER}:${PG_PASSWORD}@127.0.0.1:${PORT}/postgres"

BIN=/usr/lib/postgresql/${PG_MAJOR}/bin        # paths inside the root
PGDATA=/var/lib/postgresql/${PG_MAJOR}/ci-${PORT}
SOCKDIR=/run/postgresql   # not /var/run: in the root that is an absolute symlink, which from the
                          # host would point at the host's /run
SERVER_LOG=/var/log/postgresql/ci-${PORT}.log
READY_MARK=.cbt-ci-pg-ready                      # written once the root is fully built
SETUP_LOG=${ROOT}.setup.log                      # debootstrap/apt/initdb output, on the host
LOCK=${ROOT}.lock

export DEBIAN_FRONTEND=noninteractive LC_ALL=C

say() { printf 'postgres.sh: %s\n' "$*" >&2; }

# Prints the tail of a log to stderr and exits non-zero.
die() {
  local msg=$1 log=${2:-}
  say "ERROR: $msg"
  if [[ -n $log && -s $log ]]; then
    say "--- last lines of $log ---"
    tail -n 40 "$log" >&2 || true
  fi
  exit 1
}

# Runs a command with output to the setup log; on failure shows the log's tail.
quiet() {
  local what=$1
  shift
  if ! "$@" >>"$SETUP_LOG" 2>&1; then die "$what failed" "$SETUP_LOG"; fi
}

# Runs a command inside the root with a clean environment.
in_root() {
  env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LC_ALL=C.UTF-8 LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive chroot "$ROOT" "$@"
}

# Same, as the postgres user.
as_pg() {
  env -i PATH="$BIN:/usr/sbin:/usr/bin:/sbin:/bin" HOME=/var/lib/postgresql LC_ALL=C.UTF-8 LANG=C.UTF-8 \
    chroot --userspec="$(pg_ids)" "$ROOT" "$@"
}

# The postgres user's numeric ids *inside the root* (the host may have its own, different postgres
# user, so names must not be resolved on the host). `pg_ids` -> uid:gid, `pg_ids uid|gid`.
pg_ids() {
  local ids
  ids=$(awk -F: -v u="$PG_USER" '$1 == u { print $3 ":" $4 }' "$ROOT/etc/passwd")
  [[ -n $ids ]] || die "no $PG_USER user in $ROOT/etc/passwd"
  case ${1:-} in
    uid) echo "${ids%%:*}" ;;
    gid) echo "${ids##*:}" ;;
    *) echo "$ids" ;;
  esac
}

require_root() {
  [[ $(id -u) -eq 0 ]] || die "must run as root (debootstrap and chroot need it)"
}

lock() {
  mkdir -p "$(dirname "$ROOT")"
  exec 9>"$LOCK"
  flock -w 900 9 || die "another postgres.sh holds $LOCK"
}

# True if the server on $PORT accepts our superuser over TCP and can provide pgvector.
server_works() {
  [[ -f $ROOT/$READY_MARK ]] || return 1
  local out
  out=$(env -i PATH="$BIN:/usr/sbin:/usr/bin:/sbin:/bin" PGPASSWORD="$PG_PASSWORD" PGCONNECT_TIMEOUT=3 \
    chroot "$ROOT" psql -X -At -h 127.0.0.1 -p "$PORT" -U "$PG_USER" -d postgres -c \
    "select rolsuper and rolcreatedb from pg_roles where rolname = current_user
     union all select count(*) > 0 from pg_available_extensions where name = 'vector'" 2>/dev/null) || return 1
  [[ $out == $'t\nt' ]]
}

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null
}

ensure_debootstrap() {
  command -v debootstrap >/dev/null && return
  say "installing debootstrap on the host"
  apt-get install -y -q debootstrap >>"$SETUP_LOG" 2>&1 || {
    quiet "apt-get update" apt-get update -q
    quiet "apt-get install debootstrap" apt-get install -y -q debootstrap
  }
}

# Builds the root in $ROOT.partial and moves it into place only once it is complete, so an
# interrupted build is never mistaken for a usable root.
build_root() {
  local partial=${ROOT}.partial
  ensure_debootstrap
  # Never rm -rf through a mount point (nothing is mounted by this script, but be safe).
  if [[ -e $partial ]]; then
    if findmnt -rno TARGET | grep -qF -- "$partial/"; then die "$partial has mounts under it; unmount them first"; fi
    rm -rf -- "$partial"
  fi
  local keyring=() t0=$SECONDS
  [[ -f /usr/share/keyrings/debian-archive-keyring.gpg ]] && keyring=(--keyring=/usr/share/keyrings/debian-archive-keyring.gpg)
  say "building a Debian $SUITE root with PostgreSQL $PG_MAJOR + pgvector in $ROOT (about a minute)"
  quiet "debootstrap $SUITE" debootstrap --variant=minbase "${keyring[@]}" "$SUITE" "$partial" "${MIRROR[@]}"

  # No daemon may start from package scripts, and no default cluster is wanted.
  printf '#!/bin/sh\nexit 101\n' >"$partial/usr/sbin/policy-rc.d"
  chmod 755 "$partial/usr/sbin/policy-rc.d"
  mkdir -p "$partial/etc/postgresql-common/createcluster.d"
  echo 'create_main_cluster = false' >"$partial/etc/postgresql-common/createcluster.d/ci.conf"
  printf 'APT::Install-Recommends "false";\nAPT::Install-Suggests "false";\n' >"$partial/etc/apt/apt.conf.d/99ci"
  rm -f "$partial/etc/resolv.conf"
  cp -L /etc/resolv.conf "$partial/etc/resolv.conf" 2>/dev/null || true

  local saved=$ROOT
  ROOT=$partial
  quiet "apt-get update (in root)" in_root apt-get update -q
  quiet "apt-get install postgresql-$PG_MAJOR postgresql-$PG_MAJOR-pgvector (in root)" \
    in_root apt-get install -y -q -o Dpkg::Options::=--force-confold \
    "postgresql-$PG_MAJOR" "postgresql-$PG_MAJOR-pgvector"
  in_root apt-get clean >>"$SETUP_LOG" 2>&1 || true
  rm -rf "$partial"/var/lib/apt/lists/* "$partial"/usr/share/doc/* "$partial"/usr/share/man/*
  [[ -x $partial$BIN/postgres && -f $partial/usr/share/postgresql/$PG_MAJOR/extension/vector.control ]] ||
    die "postgres or pgvector missing after install" "$SETUP_LOG"
  ROOT=$saved

  date -u +%FT%TZ >"$partial/$READY_MARK"
  mv -T -- "$partial" "$ROOT"
  say "root ready in $((SECONDS - t0))s"
}

init_cluster() {
  [[ -f $ROOT$PGDATA/PG_VERSION ]] && return
  say "initialising a cluster in $ROOT$PGDATA"
  rm -rf -- "${ROOT:?}$PGDATA"
  install -d -o "$(pg_ids uid)" -g "$(pg_ids gid)" -m 700 "$ROOT$PGDATA"
  local pwfile=/tmp/ci-pg-pw.$$
  printf '%s\n' "$PG_PASSWORD" >"$ROOT$pwfile"
  chown "$(pg_ids)" "$ROOT$pwfile"
  chmod 600 "$ROOT$pwfile"
  if ! as_pg initdb -D "$PGDATA" -U "$PG_USER" --pwfile="$pwfile" --encoding=UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256 >>"$SETUP_LOG" 2>&1; then
    rm -f "$ROOT$pwfile"
    rm -rf -- "${ROOT:?}$PGDATA"
    die "initdb failed" "$SETUP_LOG"
  fi
  rm -f "$ROOT$pwfile"
  echo "include_dir = 'conf.d'" >>"$ROOT$PGDATA/postgresql.conf"
}

# Rewritten on every start so settings follow this script.
write_config() {
  install -d -o "$(pg_ids uid)" -g "$(pg_ids gid)" -m 700 "$ROOT$PGDATA/conf.d"
  cat >"$ROOT$PGDATA/conf.d/ci.conf" <<EOF
# Written by .ci/postgres.sh on every start; edit the script, not this file.
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$SOCKDIR'
max_connections = 300
# A throwaway CI server: durability off for speed (CREATE DATABASE ... TEMPLATE per test file).
fsync = off
synchronous_commit = off
full_page_writes = off
# No /dev/shm in the root (nothing is mounted), so no POSIX shared memory.
dynamic_shared_memory_type = sysv
log_min_messages = warning
log_line_prefix = '%m [%p] %d '
EOF
  chown "$(pg_ids)" "$ROOT$PGDATA/conf.d/ci.conf"
  cat >"$ROOT$PGDATA/pg_hba.conf" <<'EOF'
# Written by .ci/postgres.sh. TCP on loopback only, with a password.
local all all                trust
host  all all 127.0.0.1/32   scram-sha-256
EOF
  install -d -o "$(pg_ids uid)" -g "$(pg_ids gid)" -m 2775 "$ROOT$SOCKDIR" "$ROOT/var/log/postgresql"
}

# The pid in the data dir's postmaster.pid (nothing if there is no such file).
pidfile_pid() {
  local pid
  pid=$(head -n1 "$ROOT$PGDATA/postmaster.pid" 2>/dev/null) || return 1
  [[ $pid =~ ^[0-9]+$ ]] && echo "$pid"
}

# True (and prints the pid) if postmaster.pid names a running postgres in this root: alive, not a
# zombie (an unreaped zombie still passes `kill -0`), called postgres, chrooted here.
live_postmaster() {
  local pid state
  pid=$(pidfile_pid) || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  state=$(sed 's/.*) //' "/proc/$pid/stat" 2>/dev/null | cut -d' ' -f1) || return 1
  [[ $state != Z ]] || return 1
  [[ $(cat "/proc/$pid/comm" 2>/dev/null) == postgres ]] || return 1
  [[ $(readlink "/proc/$pid/root") == "$(realpath "$ROOT")" ]] || return 1
  echo "$pid"
}

# After a crash or kill -9, postmaster.pid stays behind. If its pid is dead, postgres deals with it
# (and frees the old shared memory) by itself, so leave it. If the pid is alive but not our server
# (reused after a container restart, or an unreaped zombie), postgres would refuse to start:
# remove the file and the socket lock.
clear_stale_pidfile() {
  local pid
  [[ -f $ROOT$PGDATA/postmaster.pid ]] || return 0
  live_postmaster >/dev/null && return 0
  if pid=$(pidfile_pid) && ! kill -0 "$pid" 2>/dev/null; then return 0; fi
  say "removing a stale postmaster.pid (pid ${pid:-?} is not our server)"
  rm -f "$ROOT$PGDATA/postmaster.pid" "$ROOT$SOCKDIR/.s.PGSQL.$PORT" "$ROOT$SOCKDIR/.s.PGSQL.$PORT.lock"
}

# Waits until the server answers; returns 1 if the postmaster goes away first, dies after 60 s.
wait_ready() {
  local deadline=$((SECONDS + 60))
  until server_works; do
    if ((SECONDS >= deadline)); then die "server did not accept connections within 60s" "$ROOT$SERVER_LOG"; fi
    live_postmaster >/dev/null || return 1
    sleep 0.2
  done
}

start_server() {
  init_cluster
  if live_postmaster >/dev/null; then
    # Ours and running but not answering yet (still starting, or recovering): wait for it.
    say "waiting for the server already running from $ROOT$PGDATA"
    wait_ready && return
  fi
  clear_stale_pidfile
  if port_in_use; then die "port $PORT on 127.0.0.1 is taken by something that is not this server; set CI_PG_PORT"; fi
  write_config
  : >"$ROOT$SERVER_LOG"
  chown "$(pg_ids)" "$ROOT$SERVER_LOG"
  # setsid: the server outlives this shell's process group. Its fds point away from our stdout so
  # `$(postgres.sh up)` returns as soon as we do, and it must not inherit the lock (fd 9), or every
  # later `up`/`down` would wait for the server to exit.
  if ! setsid env -i PATH="$BIN:/usr/sbin:/usr/bin:/sbin:/bin" LC_ALL=C.UTF-8 LANG=C.UTF-8 \
    chroot --userspec="$(pg_ids)" "$ROOT" \
    pg_ctl start -D "$PGDATA" -l "$SERVER_LOG" -s -w -t 60 </dev/null >>"$SETUP_LOG" 2>&1 9>&-; then
    die "pg_ctl start failed" "$ROOT$SERVER_LOG"
  fi
  wait_ready || die "server exited during startup" "$ROOT$SERVER_LOG"
}

cmd_up() {
  require_root
  lock
  if [[ ! -f $ROOT/$READY_MARK ]]; then
    if [[ -e $ROOT ]]; then die "$ROOT exists but is not a finished root from this script; remove it or set CI_PG_ROOT"; fi
    : >"$SETUP_LOG"
    build_root
  fi
  if server_works; then
    say "reusing the server already up on 127.0.0.1:$PORT"
  else
    start_server
  fi
  echo "TEST_DATABASE_URL=$URL"
}

cmd_down() {
  require_root
  lock
  if [[ -f $ROOT$PGDATA/PG_VERSION ]] && live_postmaster >/dev/null; then
    if ! as_pg pg_ctl stop -D "$PGDATA" -m fast -s -w -t 60 </dev/null >>"$SETUP_LOG" 2>&1; then
      say "fast shutdown failed, trying immediate"
      as_pg pg_ctl stop -D "$PGDATA" -m immediate -s -w -t 30 </dev/null >>"$SETUP_LOG" 2>&1 ||
        die "could not stop the server" "$ROOT$SERVER_LOG"
    fi
    say "stopped the server on port $PORT"
  else
    clear_stale_pidfile 2>/dev/null || true
    say "no server of ours running on port $PORT"
  fi
  # This script mounts nothing; unmount anything someone else left inside the root anyway.
  local m
  while read -r m; do
    if [[ -n $m ]] && umount -l -- "$m"; then say "unmounted $m"; fi
  done < <(findmnt -rno TARGET | grep -F -- "$ROOT/" | sort -r || true)
}

cmd_destroy() {
  cmd_down
  if findmnt -rno TARGET | grep -qF -- "$ROOT/"; then die "mounts remain under $ROOT; not deleting"; fi
  rm -rf -- "$ROOT" "${ROOT}.partial" "$SETUP_LOG" "$LOCK"
  say "removed $ROOT"
}

case ${1:-} in
  up) cmd_up ;;
  down) cmd_down ;;
  status) require_root; server_works ;;
  url) echo "TEST_DATABASE_URL=$URL" ;;
  destroy) cmd_destroy ;;
  *)
    sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2
    exit 2
    ;;
esac
