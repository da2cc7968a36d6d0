#!/usr/bin/env bash
# Adds every public symbol of the runtime package that is not declared yet (RS0016) to
# src/TaskDefKit/PublicAPI.Unshipped.txt (or the file given as $1), sorted, one per line.
# Run it after making something public on purpose; review the diff. Removed symbols (RS0017) are for you to delete.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
file="${1:-$root/src/TaskDefKit/PublicAPI.Unshipped.txt}"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
dotnet build "$root/src/TaskDefKit/TaskDefKit.csproj" -p:TreatWarningsAsErrors=false --no-incremental -nologo >"$log" 2>&1 || true
{
  grep -v '^#nullable enable$' "$file" || true
  grep -oE "warning RS0016: Symbol '.*' is not part of the declared public API" "$log" |
    sed -E "s/^warning RS0016: Symbol '(.*)' is not part of the declared public API$/\1/"
} | LC_ALL=C sort -u >"$file.tmp"
{ echo '#nullable enable'; cat "$file.tmp"; } >"$file"
rm -f "$file.tmp"
echo "$(grep -vc '^#nullable enable$' "$file") symbols in $file"
