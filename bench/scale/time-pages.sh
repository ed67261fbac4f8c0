#!/usr/bin/env bash
# Times pages of a running MotCua as one officer: signs in with curl, asks each page 5 times,
# prints the median and the extremes in milliseconds.
# Usage: bench/scale/time-pages.sh http://127.0.0.1:5080 giamsat /giam-sat "/giam-sat?Due=Overdue" ...
set -euo pipefail
[ $# -ge 3 ] || { echo "usage: $0 BASE_URL USER PATH..." >&2; exit 2; }
base=$1 user=$2; shift 2
jar=$(mktemp); trap 'rm -f "$jar"' EXIT
token=$(curl -s -c "$jar" -b "$jar" "$base/dang-nhap" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -n 1)
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "UserName=$user" --data-urlencode "Password=MotCua@2026" \
    --data-urlencode "__RequestVerificationToken=$token" "$base/dang-nhap"
for path in "$@"; do
    times=()
    for _ in 1 2 3 4 5; do
        read -r code seconds < <(curl -s -o /dev/null -b "$jar" -w '%{http_code} %{time_total}\n' "$base$path")
        [ "$code" = 200 ] || { echo "$path answered $code" >&2; exit 1; }
        times+=("$(awk -v s="$seconds" 'BEGIN { printf "%d", s * 1000 }')")
    done
    sorted=($(printf '%s\n' "${times[@]}" | sort -n))
    echo "$user $path median=${sorted[2]}ms min=${sorted[0]}ms max=${sorted[4]}ms"
done
