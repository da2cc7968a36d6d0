#!/usr/bin/env bash
# Fails when a project.assets.json under src/ names a packages folder other than the machine's global packages
# folder. A test that restores the repository's own projects with a private NUGET_PACKAGES (and then deletes it)
# leaves exactly this behind, and the next build of that project fails with NETSDK1064 (package not found).
# Usage: eng/check-assets.sh            (from anywhere; .ci/run calls it after the tests)
set -uo pipefail
cd "$(dirname "$0")/.."
normal=$(dotnet nuget locals global-packages --list | sed -n 's/^global-packages: *//p')
normal="${normal%/}/"
status=0
shopt -s nullglob
for assets in src/*/obj/project.assets.json; do
  # The keys of "packageFolders" are the folders this restore read packages from.
  while IFS= read -r folder; do
    [[ "${folder%/}/" == "$normal" ]] && continue
    echo "check-assets: $assets names packages folder $folder (expected $normal): a test restored src/ with its own NUGET_PACKAGES" >&2
    status=1
  done < <(awk '/"packageFolders": *\{/ { inside = 1; next } inside && /^ *\}/ { inside = 0 } inside { if (match($0, /"[^"]+"/)) print substr($0, RSTART + 1, RLENGTH - 2) }' "$assets")
done
exit "$status"
