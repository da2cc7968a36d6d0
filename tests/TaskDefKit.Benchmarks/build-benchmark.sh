#!/usr/bin/env bash
# Build benchmark for the generator and the analyzers (issues 4 and 5).
#
# Generates, in a temporary folder:
#   attributed/  N [TaskDefinition] classes (two containers, EFS volume, secret, health checks, awslogs), one file each
#   builder/     N TaskDefinitionBuilder chains of the same shape, one class per file, each with one unrelated helper
#   nullgen/     a do-nothing generator that only calls ForAttributeWithMetadataName on [TaskDefinition] and
#                implements the partial container properties from syntax (so the project compiles), no semantic work
# and builds them against src/TaskDefKit and src/TaskDefKit.Analyzers (Release), in these variants:
#   attributed/full      our generator + all our analyzers
#   attributed/baseline  the do-nothing generator instead (the compiler still binds every attribute: that cost is
#                        the compiler's, not ours)
#   attributed/plain     the generator's output compiled as ordinary source files, none of our components: plain over
#                        baseline is the cost of compiling the generated code
#   builder/full         our analyzers
#   builder/none         no TaskDefKit analyzers (the SDK's own analyzers run in both builder variants)
# The definitions are valid and follow the best-practice rules, so the build prints no TDK warnings (thousands of
# warnings would time the logger, not the analyzers). Each timed build first touches one source file, so the compiler runs (and the compiler server stays warm).
# Printed: per variant the first build and the median of RUNS warm builds (wall time of `dotnet build` and the Csc
# task time), then, from RUNS more builds with -p:ReportAnalyzer=true, the median time the compiler reports for each
# TaskDefKit generator/analyzer.
#
# Usage: tests/TaskDefKit.Benchmarks/build-benchmark.sh [count=1000] [runs=5]
#   BENCH_ONLY=attributed|builder  time one project's variants only
#   BENCH_DIR=/path  keep the generated projects there (default: a new mktemp -d folder, kept for inspection)
set -euo pipefail

COUNT=${1:-1000}
RUNS=${2:-5}
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DIR=${BENCH_DIR:-$(mktemp -d /tmp/taskdefkit-bench.XXXXXX)}
mkdir -p "$DIR"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

echo "# TaskDefKit build benchmark: $COUNT definitions, $RUNS warm runs, in $DIR"
echo "# $(git -C "$REPO" log -1 --format='%h %s')"
echo "# $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), dotnet $(dotnet --version)," \
    "UseSharedCompilation=${UseSharedCompilation:-unset} (false: every build starts a fresh csc, so our analyzer is JIT-compiled each time)"

# ---------------------------------------------------------------------------------------------------------- projects
dotnet build "$REPO/src/TaskDefKit" -c Release -v q -nologo >/dev/null
dotnet build "$REPO/src/TaskDefKit.Analyzers" -c Release -v q -nologo >/dev/null

mkdir -p "$DIR/nullgen" "$DIR/attributed/Definitions" "$DIR/builder/Definitions"

cat >"$DIR/nullgen/NullGenerator.csproj" <<'EOF'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>netstandard2.0</TargetFramework>
    <LangVersion>latest</LangVersion>
    <EnforceExtendedAnalyzerRules>true</EnforceExtendedAnalyzerRules>
    <IsRoslynComponent>true</IsRoslynComponent>
    <NoWarn>$(NoWarn);RS1035;RS1036</NoWarn>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.CodeAnalysis.CSharp" Version="4.14.0" PrivateAssets="all" />
  </ItemGroup>
</Project>
EOF
cat >"$DIR/nullgen/NullGenerator.cs" <<'EOF'
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Bench
{
    /// <summary>Baseline: ForAttributeWithMetadataName on the same attribute, then only syntax (no semantic model).</summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class NullGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var classes = context.SyntaxProvider.ForAttributeWithMetadataName(
                "TaskDefKit.Attributes.TaskDefinitionAttribute",
                static (node, _) => node is ClassDeclarationSyntax,
                static (ctx, _) =>
                {
                    var type = (ClassDeclarationSyntax)ctx.TargetNode;
                    var text = new StringBuilder("using TaskDefKit.Model;\n");
                    var ns = type.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().FirstOrDefault();
                    text.Append("namespace ").Append(ns?.Name.ToString() ?? "Global").Append(" {\n");
                    text.Append(type.Modifiers.ToString()).Append(" class ").Append(type.Identifier.Text).Append(" {\n");
                    foreach (var property in type.Members.OfType<PropertyDeclarationSyntax>())
                    {
                        if (property.Modifiers.Any(SyntaxKind.PartialKeyword))
                        {
                            text.Append(property.Modifiers.ToString()).Append(' ').Append(property.Type.ToString()).Append(' ')
                                .Append(property.Identifier.Text).Append(" => null!;\n");
                        }
                    }

                    return (Name: (ns?.Name.ToString() ?? "Global") + "." + type.Identifier.Text, Text: text.Append("}\n}\n").ToString());
                });
            context.RegisterSourceOutput(classes, static (output, c) => output.AddSource(c.Name + ".g.cs", c.Text));
        }
    }
}
EOF

# Variant switch: -p:Variant=full|baseline|plain|none.
project_file() { # $1 = extra ItemGroups
    cat <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <LangVersion>latest</LangVersion>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <Variant Condition="'\$(Variant)' == ''">full</Variant>
    <NoWarn>\$(NoWarn);CS8603</NoWarn>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$REPO/src/TaskDefKit/TaskDefKit.csproj" />
  </ItemGroup>
  <ItemGroup Condition="'\$(Variant)' == 'full'">
    <ProjectReference Include="$REPO/src/TaskDefKit.Analyzers/TaskDefKit.Analyzers.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
  </ItemGroup>
$1
</Project>
EOF
}
project_file '  <ItemGroup Condition="'"'"'$(Variant)'"'"' == '"'"'baseline'"'"'">
    <ProjectReference Include="../nullgen/NullGenerator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
  </ItemGroup>
  <ItemGroup Condition="'"'"'$(Variant)'"'"' == '"'"'plain'"'"'">
    <Compile Include="../generated/**/*.cs" />
  </ItemGroup>' >"$DIR/attributed/Attributed.csproj"
project_file '' >"$DIR/builder/Builder.csproj"

for ((i = 0; i < COUNT; i++)); do
    n=$(printf %04d "$i")
    cat >"$DIR/attributed/Definitions/Service$n.cs" <<EOF
using TaskDefKit.Attributes;
using TaskDefKit.Model;

namespace Bench.Attributed
{
    [TaskDefinition("svc-$n",
        LaunchType = LaunchTypes.Fargate, NetworkMode = NetworkModes.AwsVpc, Cpu = "512", Memory = "1024",
        ExecutionRoleArn = "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
        TaskRoleArn = "arn:aws:iam::123456789012:role/svc-$n")]
    [EfsVolume("data", "fs-0a1b2c3d4e5f67890", TransitEncryption = true, AccessPointId = "fsap-0a1b2c3d4e5f67890")]
    [Tag("app", "svc-$n")]
    public static partial class Service$n
    {
        [Container("web", "123456789012.dkr.ecr.us-east-1.amazonaws.com/svc-$n:1.$i.0", Essential = true, Cpu = 256, Memory = 512,
            ReadonlyRootFilesystem = true, User = "1000:1000")]
        [PortMapping($((8000 + i % 1000)), Name = "http")]
        [Environment("SERVICE_INDEX", "$i")]
        [Secret("DB_PASSWORD", "arn:aws:secretsmanager:us-east-1:123456789012:secret:svc-$n-AbCdEf")]
        [MountPoint("data", "/data")]
        [DependsOn("otel", DependencyConditions.Healthy)]
        [HealthCheck("CMD-SHELL", "curl -fsS http://localhost:8080/health || exit 1", Interval = 30, Retries = 3)]
        [AwsLogs("/ecs/svc-$n", "us-east-1", StreamPrefix = "web")]
        public static partial ContainerDefinition Web { get; }

        [Container("otel", "public.ecr.aws/aws-observability/aws-otel-collector:v0.41.1", Essential = true, Cpu = 128, Memory = 256,
            ReadonlyRootFilesystem = true, User = "10001")]
        [HealthCheck("CMD", "/healthcheck", Interval = 10)]
        [AwsLogs("/ecs/svc-$n", "us-east-1", StreamPrefix = "otel")]
        public static partial ContainerDefinition Otel { get; }
    }
}
EOF
    cat >"$DIR/builder/Definitions/Service$n.cs" <<EOF
using System.Text;
using TaskDefKit.Builders;
using TaskDefKit.Model;

namespace Bench.Builders
{
    public static class Service$n
    {
        private const string Region = "us-east-1";

        public static TaskDefinitionBuildResult Definition() =>
            TaskDefinitionBuilder.Create("svc-$n")
                .Fargate(FargateSize.Cpu512.Memory1024)
                .ExecutionRole("arn:aws:iam::123456789012:role/ecsTaskExecutionRole")
                .TaskRole("arn:aws:iam::123456789012:role/svc-$n")
                .EfsVolume("data", "fs-0a1b2c3d4e5f67890", efs => efs.TransitEncryption().AccessPoint("fsap-0a1b2c3d4e5f67890"))
                .Tag("app", "svc-$n")
                .Container("web", web => web
                    .Image("123456789012.dkr.ecr.us-east-1.amazonaws.com/svc-$n:1.$i.0")
                    .Essential()
                    .Cpu(256)
                    .Memory(512)
                    .Port($((8000 + i % 1000)), port => port.Name("http"))
                    .Environment("SERVICE_INDEX", "$i")
                    .Secret("DB_PASSWORD", "arn:aws:secretsmanager:us-east-1:123456789012:secret:svc-$n-AbCdEf")
                    .MountPoint("data", "/data")
                    .DependsOn("otel", ContainerCondition.Healthy)
                    .HealthCheck(check => check.Shell("curl -fsS http://localhost:8080/health || exit 1").Interval(30).Retries(3))
                    .AwsLogs(group: "/ecs/svc-$n", region: Region, streamPrefix: "web")
                    .ReadonlyRootFilesystem()
                    .User("1000:1000"))
                .Container("otel", otel => otel
                    .Image("public.ecr.aws/aws-observability/aws-otel-collector:v0.41.1")
                    .Essential()
                    .Cpu(128)
                    .Memory(256)
                    .HealthCheck(check => check.Exec("/healthcheck").Interval(10))
                    .AwsLogs(group: "/ecs/svc-$n", region: Region, streamPrefix: "otel")
                    .ReadonlyRootFilesystem()
                    .User("10001"))
                .Build();

        /// <summary>Ordinary code beside the definition: most methods in a project never touch the builder.</summary>
        public static string Describe(int replicas, string[] zones)
        {
            var text = new StringBuilder("svc-$n: ");
            for (int i = 0; i < zones.Length; i++)
            {
                text.Append(zones[i]).Append('=').Append(replicas / zones.Length + (i < replicas % zones.Length ? 1 : 0)).Append(' ');
            }

            return text.ToString().TrimEnd();
        }
    }
}
EOF
done
cat >"$DIR/attributed/Program.cs" <<'EOF'
System.Console.WriteLine(Bench.Attributed.Service0000.Web is null);
EOF
cat >"$DIR/builder/Program.cs" <<'EOF'
System.Console.WriteLine(Bench.Builders.Service0000.Definition());
EOF
sed -i 's|<TargetFramework>|<OutputType>Exe</OutputType><TargetFramework>|' "$DIR/attributed/Attributed.csproj" "$DIR/builder/Builder.csproj"

# ------------------------------------------------------------------------------------------------------------ builds
for p in attributed builder; do
    dotnet restore "$DIR/$p" -v q -nologo >/dev/null
done
dotnet build "$DIR/nullgen" -c Release -v q -nologo >/dev/null
# The generator's output, kept as files for the `plain` variant: the same code compiled as ordinary sources with none of
# our components, so `plain` over `baseline` is what compiling the generated code itself costs.
rm -rf "$DIR/generated"
dotnet build "$DIR/attributed" -c Release --no-restore -v q -nologo -p:Variant=full -p:BuildProjectReferences=false \
    -p:EmitCompilerGeneratedFiles=true -p:CompilerGeneratedFilesOutputPath="$DIR/generated" >/dev/null

median() { sort -g | awk '{ a[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print a[(NR + 1) / 2]; else printf "%.3f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# build <project> <variant> <log> [extra msbuild args]: one build after touching a file; prints wall seconds.
build() {
    local project=$1 variant=$2 log=$3
    shift 3
    touch "$DIR/$project/Definitions/Service0000.cs"
    # GNU time: wall and CPU (user + sys, this build's whole process tree: MSBuild nodes and csc exit with it when
    # node reuse is off and the compiler server is not used, as in this repository's environment).
    if ! /usr/bin/time -f "TIME %e %U %S" -o "$log.time" dotnet build "$DIR/$project" -c Release --no-restore -nologo \
        -p:Variant="$variant" -p:BuildProjectReferences=false -clp:PerformanceSummary "$@" >"$log" 2>&1; then
        echo "build of $project/$variant failed, see $log" >&2
        grep -E "error|warning" "$log" | head -20 >&2
        exit 1
    fi
    awk '$1 == "TIME" { printf "%.2f %.2f\n", $2, $3 + $4 }' "$log.time"
}

# Csc task time (s) from the performance summary.
csc_seconds() { awk '/Task Performance Summary/ { t = 1 } t && $3 == "Csc" { printf "%.3f\n", $1 / 1000 }' "$1"; }

# Time (s) the compiler reports for one analyzer or generator type (ReportAnalyzer output, first match).
# Matched on the type's own name, whatever its namespace (it moved between versions; the script times old commits too).
# No match prints "-" instead of failing the script.
component_seconds() {
    { grep -E "^\s+[<0-9.]+\s+[<0-9]+\s+(\S+\.)?$2( |$)" "$1" || true; } | head -1 | awk '{ v = $1; sub(/^</, "", v); print v } END { if (NR == 0) print "-" }'
}

declare -A WALL CSC CPU FIRST_WALL FIRST_CSC FIRST_CPU
VARIANTS=("attributed full" "attributed baseline" "attributed plain" "builder full" "builder none")
# BENCH_ONLY=attributed (or builder) times one project's variants only.
only() { local kept=() v; for v in "$@"; do [[ -z "${BENCH_ONLY:-}" || $v == "$BENCH_ONLY "* ]] && kept+=("$v"); done; printf '%s\n' "${kept[@]}"; }
mapfile -t VARIANTS < <(only "${VARIANTS[@]}")
LOGS="$DIR/logs"
mkdir -p "$LOGS"

# The first build of each variant compiles everything after the variant switch; it is reported, not counted. The warm
# builds go round the variants in turn, so load from other work on the machine falls on all of them alike.
declare -A WALLS CPUS CSCS
for pv in "${VARIANTS[@]}"; do
    read -r project variant <<<"$pv"
    key="$project/$variant"
    read -r FIRST_WALL[$key] FIRST_CPU[$key] < <(build "$project" "$variant" "$LOGS/$project-$variant-first.log" -v:n)
    FIRST_CSC[$key]=$(csc_seconds "$LOGS/$project-$variant-first.log")
done
for ((r = 1; r <= RUNS; r++)); do
    for pv in "${VARIANTS[@]}"; do
        read -r project variant <<<"$pv"
        key="$project/$variant"
        read -r w c < <(build "$project" "$variant" "$LOGS/$project-$variant-$r.log" -v:n)
        WALLS[$key]+="$w " CPUS[$key]+="$c "
        CSCS[$key]+="$(csc_seconds "$LOGS/$project-$variant-$r.log") "
    done
done
for pv in "${VARIANTS[@]}"; do
    read -r project variant <<<"$pv"
    key="$project/$variant"
    WALL[$key]=$(printf '%s\n' ${WALLS[$key]} | median)
    CPU[$key]=$(printf '%s\n' ${CPUS[$key]} | median)
    CSC[$key]=$(printf '%s\n' ${CSCS[$key]} | median)
done

echo
echo "## Build time (no ReportAnalyzer): first build after switching variant, then median of $RUNS warm builds"
echo "(wall = dotnet build; csc = its Csc task; cpu = user + sys of the whole build, the steadiest figure on a shared machine)"
printf '%-22s %10s %10s %10s %12s %12s %12s\n' variant first-wall first-csc first-cpu median-wall median-csc median-cpu
for pv in "${VARIANTS[@]}"; do
    read -r project variant <<<"$pv"
    key="$project/$variant"
    printf '%-22s %10s %10s %10s %12s %12s %12s   (cpu runs: %s)\n' "$key" "${FIRST_WALL[$key]}" "${FIRST_CSC[$key]}" "${FIRST_CPU[$key]}" \
        "${WALL[$key]}" "${CSC[$key]}" "${CPU[$key]}" "${CPUS[$key]% }"
done
compare() { # label with without (skipped when BENCH_ONLY left one out)
    [[ -n "${WALL[$2]:-}" && -n "${WALL[$3]:-}" ]] || return 0
    awk -v l="$1" -v fw="${WALL[$2]}" -v bw="${WALL[$3]}" -v fc="${CSC[$2]}" -v bc="${CSC[$3]}" -v fu="${CPU[$2]}" -v bu="${CPU[$3]}" \
        'BEGIN { printf "%s: %+.2f s wall (%+.1f%%), %+.2f s Csc (%+.1f%%), %+.2f s CPU (%+.1f%%)\n", l, fw - bw, 100 * (fw - bw) / bw, fc - bc, 100 * (fc - bc) / bc, fu - bu, 100 * (fu - bu) / bu }'
}
compare "attributed: ours over the do-nothing baseline" attributed/full attributed/baseline
compare "attributed: compiling the generated code (plain sources, none of our components) over the baseline (goal < 1 s)" attributed/plain attributed/baseline
compare "builder: our analyzers add (goal < 10%)" builder/full builder/none

echo
echo "## Reported by the compiler (-p:ReportAnalyzer=true), median of $RUNS warm builds, seconds (wall time of the callbacks: inflated by load)"
GEN=TaskDefinitionGenerator
ATTR=TaskDefinitionAttributeAnalyzer
BUILDER=TaskDefinitionBuilderAnalyzer
PLACEMENT=PlacementAnalyzer
REPORTS=("attributed full $GEN $ATTR $BUILDER $PLACEMENT" "attributed baseline NullGenerator" "builder full $BUILDER $PLACEMENT $ATTR $GEN")
mapfile -t REPORTS < <(only "${REPORTS[@]}")
declare -A VALUES
for ((r = 1; r <= RUNS; r++)); do
    for line in "${REPORTS[@]}"; do
        read -r project variant components <<<"$line"
        log="$LOGS/$project-$variant-report-$r.log"
        build "$project" "$variant" "$log" -p:ReportAnalyzer=true -v:d >/dev/null
        for c in $components; do VALUES[$project/$variant/$c]+="$(component_seconds "$log" "$c") "; done
    done
done
for line in "${REPORTS[@]}"; do
    read -r project variant components <<<"$line"
    for c in $components; do
        printf '%-22s %-70s %8s   (runs: %s)\n' "$project/$variant" "$c" "$(printf '%s\n' ${VALUES[$project/$variant/$c]} | median)" "${VALUES[$project/$variant/$c]% }"
    done
done
echo
echo "# load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Logs: $LOGS (ReportAnalyzer tables: grep -A40 'Total analyzer execution time' $LOGS/*-report-1.log)"
