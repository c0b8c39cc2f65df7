#!/usr/bin/env bash
# HTTP load test of the demo news site: how many requests a second the whole request path
# (Jetty, the servlet adapter, DatelineSite's caches, rendering) serves, next to a static file.
#
# Starts examples/news-site/target/news-site.jar on a free loopback port over H2 in a temporary
# directory, warms it up, then runs wrk on the stylesheet, a tenant's home page and an article page,
# alternating, and prints requests/s and p99 latency for each, and each page's rate as a share of
# the stylesheet's. Stops the demo and deletes its data on exit.
#
#   ./mvnw -q -pl examples/news-site -am package -DskipTests
#   benchmarks/http/load.sh
#
# Settings (environment): WARMUP (seconds per URL, default 20), DURATION (seconds per run, default
# 20), ROUNDS (default 2), THREADS (default 2), CONNECTIONS (default 8), NEWS_SITE_JAR.
# Only loopback is ever loaded: the demo listens on 127.0.0.1 and wrk is pointed at it.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
jar="${NEWS_SITE_JAR:-$root/examples/news-site/target/news-site.jar}"
warmup="${WARMUP:-20}"
duration="${DURATION:-20}"
rounds="${ROUNDS:-2}"
threads="${THREADS:-2}"
connections="${CONNECTIONS:-8}"

if ! command -v wrk >/dev/null 2>&1; then
  echo "wrk is not installed: apt-get install wrk" >&2
  exit 1
fi
if ! command -v curl >/dev/null 2>&1; then
  echo "curl is not installed: apt-get install curl" >&2
  exit 1
fi
if [[ ! -f "$jar" ]]; then
  echo "no demo jar at $jar; build it with:" >&2
  echo "  ./mvnw -q -pl examples/news-site -am package -DskipTests" >&2
  exit 1
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/dateline-load.XXXXXX")"
demo_pid=""
cleanup() {
  if [[ -n "$demo_pid" ]] && kill -0 "$demo_pid" 2>/dev/null; then
    kill -TERM "$demo_pid" 2>/dev/null || true
    wait "$demo_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# PORT=0 lets the demo bind a free port itself (no race between finding one and binding it);
# it prints the URL it got.
echo "Starting the demo (H2 in $work)..."
PORT=0 DATELINE_HOST=127.0.0.1 DATELINE_DATA_DIR="$work/data" \
  java -jar "$jar" >"$work/demo.log" 2>&1 &
demo_pid=$!

base=""
for _ in $(seq 1 240); do
  if ! kill -0 "$demo_pid" 2>/dev/null; then
    echo "the demo exited while starting:" >&2
    cat "$work/demo.log" >&2
    exit 1
  fi
  base="$(grep -oE 'http://127\.0\.0\.1:[0-9]+/' "$work/demo.log" | head -n 1 || true)"
  if [[ -n "$base" ]] && curl -fsS -o /dev/null "$base"; then
    break
  fi
  base=""
  sleep 0.5
done
if [[ -z "$base" ]]; then
  echo "the demo did not answer within 120 s:" >&2
  cat "$work/demo.log" >&2
  exit 1
fi
echo "The demo answers at $base"

# The first publication on the root page, and the first headline on its home page.
href_of() { # $1: the class of the link
  grep -oE "<a [^>]*class=\"$1\"[^>]*>" | head -n 1 | grep -oE 'href="[^"]*"' | cut -d'"' -f2
}
home="$(curl -fsS "$base" | href_of publication)"
article="$(curl -fsS "$home" | href_of title)"
stylesheet="${base}assets/dateline.css"
for url in "$home" "$article"; do
  case "$url" in
    http://127.0.0.1:*) ;;
    *) echo "refusing to load a non-loopback URL: '$url'" >&2; exit 1 ;;
  esac
done
names=(stylesheet home article)
urls=("$stylesheet" "$home" "$article")
for i in "${!names[@]}"; do
  printf '  %-10s %s\n' "${names[$i]}" "${urls[$i]}"
done

echo "Warming up: ${warmup} s on each URL..."
for url in "${urls[@]}"; do
  wrk -t"$threads" -c"$connections" -d"${warmup}s" "$url" >/dev/null
done

# wrk prints "Requests/sec: 12345.67" and, with --latency, "99%  1.23ms".
declare -A rps_sum
results="$work/results.txt"
: >"$results"
echo
printf '%-6s %-10s %12s %10s\n' round url 'requests/s' p99
for round in $(seq 1 "$rounds"); do
  for i in "${!names[@]}"; do
    out="$(wrk -t"$threads" -c"$connections" -d"${duration}s" --latency "${urls[$i]}")"
    rps="$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")"
    p99="$(awk '$1 == "99%" {print $2}' <<<"$out")"
    errors="$(awk '/Non-2xx or 3xx responses:|Socket errors:/' <<<"$out")"
    printf '%-6s %-10s %12s %10s\n' "$round" "${names[$i]}" "$rps" "$p99"
    if [[ -n "$errors" ]]; then
      echo "         $errors"
    fi
    echo "${names[$i]} $rps" >>"$results"
  done
done

echo
echo "Mean requests/s over $rounds round(s), and as a share of the stylesheet's:"
awk '
  { sum[$1] += $2; n[$1]++ }
  END {
    css = sum["stylesheet"] / n["stylesheet"]
    split("stylesheet home article", order, " ")
    for (i = 1; i <= 3; i++) {
      name = order[i]
      mean = sum[name] / n[name]
      printf "  %-10s %12.1f   %6.3f\n", name, mean, (css > 0 ? mean / css : 0)
    }
  }' "$results"
