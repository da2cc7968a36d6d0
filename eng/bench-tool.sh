#!/usr/bin/env bash
# One-file `taskdef validate`, whole process, as users run it: the installed RID-specific (ReadyToRun) tool against
# the portable framework-dependent build of the same version (what the `any` package holds), in one hyperfine run.
# Packs the tool into a temporary feed, installs it with the documented command into a temporary tool path (private
# NUGET_PACKAGES, so the machine's cache is not touched), then measures. The figure goes in docs/cli.md.
# Usage: eng/bench-tool.sh [RUNS]   (default 30; uses hyperfine when installed, else a plain loop)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-30}"
work="$(mktemp -d "${TMPDIR:-/tmp}/taskdefkit-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
version="0.0.0-bench.$(date -u +%Y%m%d%H%M%S)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1 NO_COLOR=1

dotnet pack "$repo/src/TaskDefKit.Cli/TaskDefKit.Cli.csproj" -c Release -o "$work/feed" -p:Version="$version" \
  --artifacts-path "$work/artifacts" -nologo -v q > "$work/pack.log" || { cat "$work/pack.log"; exit 1; }
printf '<configuration><packageSources><clear /></packageSources></configuration>\n' > "$work/nuget.config"
(cd "$work" && NUGET_PACKAGES="$work/packages" dotnet tool install --tool-path "$work/tool" TaskDefKit.Cli \
  --add-source "$work/feed" --prerelease > "$work/install.log") || { cat "$work/install.log"; exit 1; }
mkdir -p "$work/any" && (cd "$work/any" && unzip -q "$work/feed/TaskDefKit.Cli.any.$version.nupkg")
portable="$work/any/tools/net10.0/any/taskdef.dll"
cp "$repo/tests/TaskDefKit.Cli.Tests/Fixtures/valid.json" "$work/one.json"
cd "$work"

installed="$work/tool/taskdef validate one.json"
fallback="dotnet $portable validate one.json"
echo "installed: $(ls "$work/tool/.store/taskdefkit.cli/$version" | grep -v json | tr '\n' ' ')"
if command -v hyperfine > /dev/null; then
  hyperfine -N --warmup 5 --runs "$runs" -n 'installed tool (ReadyToRun, linux RID package)' "$installed" \
    -n 'portable framework-dependent (any package)' "$fallback"
else
  for command in "$installed" "$fallback"; do
    for _ in 1 2 3 4 5; do $command > /dev/null 2>&1; done
    start=$(date +%s%N)
    for _ in $(seq "$runs"); do $command > /dev/null 2>&1; done
    echo "$command: $(( ($(date +%s%N) - start) / runs / 1000000 )) ms mean over $runs runs"
  done
fi
