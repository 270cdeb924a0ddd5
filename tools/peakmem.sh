#!/usr/bin/env bash
# Peak memory of exporting the largest source briefing reads (just under its
# 256 MiB limit): the built-in live page repeated, exported as markdown and
# as JSON into files. Prints GNU time's maximum resident set size.
# Usage: go build -o /tmp/briefing . && bash tools/peakmem.sh /tmp/briefing
set -euo pipefail
bin=${1:?usage: peakmem.sh BINARY}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
here=$(cd "$(dirname "$0")/.." && pwd)
live="$here/seeds/white-house-talks-liveblog.txt"
cp "$live" "$dir/big.txt"
# the page's posts again and again, without its header, up to 255 MiB
tail -n +2 "$live" >"$dir/body.txt"
while [ "$(stat -c %s "$dir/big.txt")" -lt $((255 << 20)) ]; do
	cat "$dir/body.txt" "$dir/body.txt" "$dir/body.txt" "$dir/body.txt" >>"$dir/big.txt"
done
truncate -s $((255 << 20)) "$dir/big.txt"
printf 'source: %d MiB\n' $(($(stat -c %s "$dir/big.txt") >> 20))
for format in md json; do
	/usr/bin/time -f "$format: %M KiB peak, %e s" "$bin" export --format "$format" -o "$dir/out.$format" "$dir/big.txt"
done
