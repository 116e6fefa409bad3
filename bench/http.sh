#!/usr/bin/env bash
# HTTP benchmark (not a test): start-up time, and the street page and street API at 50 concurrent
# clients on a large data set, beside a bare /actuator/health measured in the same run as the
# ceiling. Prints figures; never fails on a timing. Loopback only.
#   RESIDENTS=1000000 bench/http.sh      (default 1,000,000; the first run seeds the data set)
set -euo pipefail
cd "$(dirname "$0")/.."
RESIDENTS=${RESIDENTS:-1000000}
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-50}
PORT=${PORT:-18080}
DATA=./data/pg-bench-$RESIDENTS
STREETS=$(( (RESIDENTS * 5 / 2 + 49) / 50 ))
JAVA=$(ls -d /usr/lib/jvm/*25*/bin/java | head -1)
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 1; }

echo "== build"
./mvnw -q -B -DskipTests -Dspotless.check.skip=true package
JAR=$(ls target/buurtkracht-*.jar | grep -v plain | head -1)

echo "== start on $RESIDENTS residents ($STREETS streets), data in $DATA"
start=$(date +%s%N)
"$JAVA" -Xmx2g -jar "$JAR" --server.port="$PORT" --buurtkracht.embedded-db.data-dir="$DATA" \
  --buurtkracht.demo.residents="$RESIDENTS" \
  --logging.structured.format.console= > target/bench-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null' EXIT
until curl -sf "localhost:$PORT/" >/dev/null; do
  kill -0 $APP 2>/dev/null || { tail -30 target/bench-app.log; exit 1; }
  sleep 0.2
done
echo "start to first page: $(( ($(date +%s%N) - start) / 1000000 )) ms"
grep -o 'Seeded demo municipality.*' target/bench-app.log || echo "(data set already seeded)"

echo "== sign in as the administrator (sees every street) and make an API token"
jar=$(mktemp)
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
token=$(curl -s -c "$jar" -b "$jar" "localhost:$PORT/login" | csrf)
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=beheer@demo.buurtkracht.nl" \
  --data-urlencode "password=buurtkracht-demo" --data-urlencode "_csrf=$token" "localhost:$PORT/login"
session=$(awk '$6 == "JSESSIONID" {print $7}' "$jar")
token=$(curl -s -c "$jar" -b "$jar" "localhost:$PORT/settings/tokens" | csrf)
secret=$(curl -s -c "$jar" -b "$jar" --data-urlencode "name=bench" --data-urlencode "_csrf=$token" \
  "localhost:$PORT/settings/tokens" | grep -o 'bk_[0-9a-f]\{64\}' | head -1)
[ -n "$session" ] && [ -n "$secret" ] || { echo "could not sign in"; exit 1; }

run() { # name, then wrk arguments
  local name=$1; shift
  echo "-- $name"
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" -s bench/random-path.lua "$@" | grep -E "Requests/sec|Latency |p95|Socket errors"
}
echo "== warm-up"
PREFIX=/streets/ COUNT=$STREETS wrk -t2 -c8 -d5s -s bench/random-path.lua -H "Cookie: JSESSIONID=$session" "http://localhost:$PORT" >/dev/null
PREFIX=/api/v1/streets/ COUNT=$STREETS wrk -t2 -c8 -d5s -s bench/random-path.lua -H "Authorization: Bearer $secret" "http://localhost:$PORT" >/dev/null
echo "== measure (wrk shares the two cores with the app)"
export PREFIX=/actuator/health COUNT=0; run "ceiling: GET /actuator/health" "http://localhost:$PORT"
export PREFIX=/streets/ COUNT=$STREETS; run "street page: GET /streets/{random}" \
  -H "Cookie: JSESSIONID=$session" "http://localhost:$PORT"
export PREFIX=/api/v1/streets/ COUNT=$STREETS; run "street API: GET /api/v1/streets/{random}" \
  -H "Authorization: Bearer $secret" "http://localhost:$PORT"
# Search (issue 3): as the builder of the first three neighbourhoods, 20 concurrent clients.
token=$(curl -s -c "$jar.b" -b "$jar.b" "localhost:$PORT/login" | csrf)
curl -s -c "$jar.b" -b "$jar.b" -o /dev/null --data-urlencode "username=samira@demo.buurtkracht.nl" \
  --data-urlencode "password=buurtkracht-demo" --data-urlencode "_csrf=$token" "localhost:$PORT/login"
token=$(curl -s -c "$jar.b" -b "$jar.b" "localhost:$PORT/settings/tokens" | csrf)
builder=$(curl -s -c "$jar.b" -b "$jar.b" --data-urlencode "name=bench" --data-urlencode "_csrf=$token" \
  "localhost:$PORT/settings/tokens" | grep -o 'bk_[0-9a-f]\{64\}' | head -1)
echo "-- search: GET /api/v1/search?q={random word} as the builder, 20 clients"
wrk -t2 -c20 -d"$DURATION" -s bench/search.lua -H "Authorization: Bearer $builder" "http://localhost:$PORT" \
  | grep -E "Requests/sec|Latency |p95|Socket errors"
rm -f "$jar" "$jar.b"
