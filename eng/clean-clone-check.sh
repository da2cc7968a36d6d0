#!/usr/bin/env bash
# Runs CI the way it really runs, N times in a row: each round clones the committed HEAD into a brand-new folder with
# shared/ beside it (as ../shared) and runs `bash .ci/run` there. A clean clone has no bin/, obj/ or packed feed, so
# build-order and test-isolation bugs that a warm checkout hides show up here.
# Usage: eng/clean-clone-check.sh [N]      (default 3; TASKDEFKIT_SHARED names shared/ if it is not ../shared)
# Prints one line per clone and exits non-zero if any run failed. Logs stay in the printed folder.
set -uo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
rounds="${1:-3}"
shared="${TASKDEFKIT_SHARED:-$repo/../shared}"
shared="$(cd "$shared" && pwd -P)" || { echo "clean-clone-check: no shared/ folder at $shared" >&2; exit 2; }
work="$(mktemp -d "${TMPDIR:-/tmp}/taskdefkit-clean-clone.XXXXXX")"
commit="$(git -C "$repo" rev-parse HEAD)" # every round checks the same commit, whatever is committed meanwhile
echo "clean-clone-check: $rounds clone(s) of ${commit:0:7} under $work"
failures=0
for round in $(seq 1 "$rounds"); do
  folder="$work/$round"
  mkdir -p "$folder"
  ln -s "$shared" "$folder/shared"
  git clone --quiet --no-hardlinks "$repo" "$folder/repo" && git -C "$folder/repo" checkout --quiet --detach "$commit"
  start=$SECONDS
  CI=true bash "$folder/repo/.ci/run" < /dev/null > "$folder/ci.log" 2>&1
  status=$?
  summary="$(grep -E '^tests: [0-9]+ passed, [0-9]+ failed$' "$folder/ci.log" | tail -n 1)"
  echo "clone $round: exit $status, ${summary:-no closing line}, $((SECONDS - start)) s (log: $folder/ci.log)"
  [[ $status -eq 0 ]] || failures=$((failures + 1))
done
echo "clean-clone-check: $((rounds - failures)) of $rounds clone(s) passed"
[[ $failures -eq 0 ]]
