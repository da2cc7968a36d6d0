#!/usr/bin/env bash
# The deployment pipeline TaskDefKit is built for, in four steps:
#   1. build the project that authors task definitions in C#;
#   2. `taskdef emit` writes one register-input JSON file per family;
#   3. `taskdef validate --format sarif` checks them all at once (upload the SARIF to code scanning);
#   4. print the `aws ecs register-task-definition` commands a deployment would run (nothing is sent to AWS).
#
# Usage: samples/Pipeline/pipeline.sh [OUT_DIR]        (default: samples/Pipeline/out)
# TASKDEF may name an installed tool ("taskdef"); by default the tool is built from src/TaskDefKit.Cli.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out="${1:-$here/out}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
export NO_COLOR=1

# Every project, the referenced src/ ones included, builds under OUT_DIR/build (--artifacts-path): the script never
# writes into the repository's bin/ and obj/ folders, so it can run beside another build of the same checkout.
build="$out/build"
artifacts=(-c Release -nologo -v q --artifacts-path "$build")

echo "== 1. build"
dotnet build "$here/PipelineDefinitions/PipelineDefinitions.csproj" "${artifacts[@]}"
assemblies=("$build/bin/PipelineDefinitions/release/PipelineDefinitions.dll")
# The QuickStart sample's definitions go through the same pipeline when it is there and registers a source.
if compgen -G "$repo/samples/QuickStart/*.csproj" > /dev/null \
   && grep -rqs "TaskDefinitionSource" "$repo/samples/QuickStart" --include='*.cs'; then
  quickstart="$(ls "$repo"/samples/QuickStart/*.csproj | head -n 1)"
  name="$(basename "${quickstart%.csproj}")"
  dotnet build "$quickstart" "${artifacts[@]}"
  assemblies+=("$build/bin/$name/release/$name.dll")
fi

if [[ -n "${TASKDEF:-}" ]]; then
  taskdef=($TASKDEF)
else
  dotnet build "$repo/src/TaskDefKit.Cli/TaskDefKit.Cli.csproj" "${artifacts[@]}"
  taskdef=(dotnet "$build/bin/TaskDefKit.Cli/release/taskdef.dll")
fi

echo "== 2. emit"
rm -rf "$out/taskdefs"
for assembly in "${assemblies[@]}"; do
  "${taskdef[@]}" emit --assembly "$assembly" --out "$out/taskdefs"
done

echo "== 3. validate (SARIF: $out/taskdefs.sarif)"
status=0
"${taskdef[@]}" validate --format sarif --output "$out/taskdefs.sarif" "$out/taskdefs" || status=$?
if [[ $status -ne 0 ]]; then
  "${taskdef[@]}" validate "$out/taskdefs" || true
  echo "validation failed (exit $status); not deploying" >&2
  exit "$status"
fi

echo "== 4. register (commands a deployment would run)"
for file in "$out"/taskdefs/*.json; do
  echo "aws ecs register-task-definition --cli-input-json file://$file"
done
