// Authors every placement example of the ECS developer guide with TaskDefKit's typed API and writes each one as a
// placement document ({"placementStrategy": [...], "placementConstraints": [...]}) into the folder given as the first
// argument (default ./out/placement). Each file is validated before it is written.
using System;
using System.Collections.Generic;
using System.IO;
using TaskDefKit.Model;
using TaskDefKit.Placement;
using TaskDefKit.Placement.Cql;
using TaskDefKit.Validation;

string folder = args.Length > 0 ? args[0] : Path.Combine(".", "out", "placement");
Directory.CreateDirectory(folder);

var examples = new List<(string File, string Description, PlacementDocument Placement)>
{
    ("binpack-memory.json", "binpack on memory",
        PlacementBuilder.Create().BinpackMemory().Build()),
    ("random.json", "random",
        PlacementBuilder.Create().Random().Build()),
    ("spread-zones.json", "spread across Availability Zones",
        PlacementBuilder.Create().SpreadAcrossZones().Build()),
    ("spread-zones-then-instances.json", "spread across zones, then across instances",
        PlacementBuilder.Create().SpreadAcrossZones().SpreadAcrossInstances().Build()),
    ("spread-zones-then-binpack-memory.json", "spread across zones, then binpack on memory",
        PlacementBuilder.Create().SpreadAcrossZones().BinpackMemory().Build()),
    ("distinct-instance.json", "each task on a different instance",
        PlacementBuilder.Create().DistinctInstance().Build()),
    ("member-of-t2.json", "only t2 instances",
        PlacementBuilder.Create().MemberOf(Cql.Attribute(EcsAttributes.InstanceType).Matches("t2.*")).Build()),
};

int errors = 0;
foreach ((string file, string description, PlacementDocument placement) in examples)
{
    IReadOnlyList<RuleDiagnostic> findings = PlacementValidator.Validate(placement);
    foreach (RuleDiagnostic finding in findings)
    {
        Console.Error.WriteLine(file + ": " + finding);
        errors++;
    }

    string path = Path.Combine(folder, file);
    PlacementJson.WriteFile(path, placement);
    Console.WriteLine("wrote " + path + "  (" + description + ")");
    Console.WriteLine(PlacementJson.Serialize(placement, indented: false));
}

return errors == 0 ? 0 : 1;
