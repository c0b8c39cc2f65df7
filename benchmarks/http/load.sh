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
# BASELINE_JAR: a second demo jar (say, one built from an older commit) started beside the first;
# its three URLs run in the same rounds, so the two are compared under the same load.
# BASELINE_JAVA_OPTS: JVM options for it (e.g. -Dsun.net.httpserver.nodelay=true for a demo on
# the JDK's HTTP server, whose responses otherwise stall on Nagle's algorithm).
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
pids=()
cleanup() {
  for pid in "${pids[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
    fi
  done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The first publication on the root page, and the first headline on its home page.
href_of() { # $1: the class of the link
  grep -oE "<a [^>]*class=\"$1\"[^>]*>" | head -n 1 | grep -oE 'href="[^"]*"' | cut -d'"' -f2
}

# Starts a demo jar on a free loopback port over H2 in its own directory and sets "$base" to its
# URL. PORT=0 lets the demo bind a free port itself (no race between finding one and binding it);
# it prints the URL it got.
start_demo() { # $1: name, $2: jar, then JVM options
  local log="$work/$1.log" name="$1" jar_file="$2"
  shift 2
  echo "Starting $name ($jar_file, H2 in $work/$name)..."
  PORT=0 DATELINE_HOST=127.0.0.1 DATELINE_DATA_DIR="$work/$name" \
    java "$@" -jar "$jar_file" >"$log" 2>&1 &
  local pid=$!
  pids+=("$pid")
  base=""
  for _ in $(seq 1 480); do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "$name exited while starting:" >&2
      cat "$log" >&2
      exit 1
    fi
    base="$(grep -oE 'http://127\.0\.0\.1:[0-9]+/' "$log" | head -n 1 || true)"
    if [[ -n "$base" ]] && curl -fsS -o /dev/null "$base"; then
      break
    fi
    base=""
    sleep 0.5
  done
  if [[ -z "$base" ]]; then
    echo "$name did not answer within 240 s:" >&2
    cat "$log" >&2
    exit 1
  fi
  echo "$name answers at $base"
}

start_demo dateline "$jar"
home="$(curl -fsS "$base" | href_of publication)"
article="$(curl -fsS "$home" | href_of title)"
for url in "$home" "$article"; do
  case "$url" in
    http://127.0.0.1:*) ;;
    *) echo "refusing to load a non-loopback URL: '$url'" >&2; exit 1 ;;
  esac
done
names=(stylesheet home article)
urls=("${base}assets/dateline.css" "$home" "$article")
if [[ -n "${BASELINE_JAR:-}" ]]; then
  # The same pages of a second demo (the same sample content, so the same paths); its stylesheet
  # is the one its pages link.
  new_base="$base"
  # shellcheck disable=SC2086 # BASELINE_JAVA_OPTS is a list of options
  start_demo baseline "$BASELINE_JAR" ${BASELINE_JAVA_OPTS:-}
  old_home="${base}${urls[1]#"$new_base"}"
  old_article="${base}${urls[2]#"$new_base"}"
  old_css="$(curl -fsS "$old_home" | grep -oE '<link rel="stylesheet" href="[^"]*"' | head -n 1 | cut -d'"' -f4)"
  case "$old_css" in
    http://127.0.0.1:*) ;;
    /*) old_css="${base%/}$old_css" ;;
    *) echo "the baseline's home page links no loopback stylesheet: '$old_css'" >&2; exit 1 ;;
  esac
  names+=(old-stylesheet old-home old-article)
  urls+=("$old_css" "$old_home" "$old_article")
fi
for i in "${!names[@]}"; do
  printf '  %-14s %s\n' "${names[$i]}" "${urls[$i]}"
done

echo "Warming up: ${warmup} s on each URL..."
for url in "${urls[@]}"; do
  wrk -t"$threads" -c"$connections" -d"${warmup}s" "$url" >/dev/null
done

# wrk prints "Requests/sec: 12345.67" and, with --latency, "99%  1.23ms".
results="$work/results.txt"
: >"$results"
echo
printf '%-6s %-14s %12s %10s\n' round url 'requests/s' p99
for round in $(seq 1 "$rounds"); do
  for i in "${!names[@]}"; do
    out="$(wrk -t"$threads" -c"$connections" -d"${duration}s" --latency "${urls[$i]}")"
    rps="$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")"
    p99="$(awk '$1 == "99%" {print $2}' <<<"$out")"
    errors="$(awk '/Non-2xx or 3xx responses:|Socket errors:/' <<<"$out")"
    printf '%-6s %-14s %12s %10s\n' "$round" "${names[$i]}" "$rps" "$p99"
    if [[ -n "$errors" ]]; then
      echo "         $errors"
    fi
    echo "${names[$i]} $rps" >>"$results"
  done
done

echo
echo "Mean requests/s over $rounds round(s), and as a share of the same server's stylesheet:"
awk '
  { sum[$1] += $2; n[$1]++ }
  END {
    split("stylesheet home article old-stylesheet old-home old-article", order, " ")
    for (i = 1; i <= 6; i++) {
      name = order[i]
      if (!(name in n)) continue
      css_name = (name ~ /^old-/) ? "old-stylesheet" : "stylesheet"
      css = sum[css_name] / n[css_name]
      mean = sum[name] / n[name]
      printf "  %-14s %12.1f   %6.3f\n", name, mean, (css > 0 ? mean / css : 0)
    }
    if ("old-article" in n) {
      printf "  article, new / old: %.1fx   home, new / old: %.1fx\n",
        (sum["article"] / n["article"]) / (sum["old-article"] / n["old-article"]),
        (sum["home"] / n["home"]) / (sum["old-home"] / n["old-home"])
    }
  }' "$results"
