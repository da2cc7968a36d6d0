using System.Collections.Generic;

namespace TaskDefKit.Eng.ModelGenerator
{
    /// <summary>The C# property and the MemberSchema line for one API member.</summary>
    internal sealed record MemberCode(string PropertyName, string PropertyType, string SchemaLine)
    {
        public static MemberCode? For(PlannedType owner, ApiMember member, ModelPlan plan, Overrides overrides, List<string> errors)
        {
            string cls = owner.TypeName;
            string prop = overrides.MemberNames.TryGetValue(owner.Shape.Name + "." + member.Name, out string? named)
                ? named
                : char.ToUpperInvariant(member.Name[0]) + member.Name.Substring(1);
            string req = member.Required ? "true" : "false";
            string get = "o => ((" + cls + ")o)." + prop;
            string Set(string t) => "(o, v) => ((" + cls + ")o)." + prop + " = (" + t + ")v";
            string Quoted() => "\"" + member.Name + "\"";

            ApiShape shape = plan.Shape(member.Shape);
            switch (shape.Type)
            {
                case "string" when shape.EnumValues.Count > 0:
                {
                    string t = plan.Types[shape.Name].TypeName;
                    return new MemberCode(prop, t + "?", "MemberSchema.Enum(" + Quoted() + ", " + req + ", s => new " + t + "(s), " + get + ", " + Set(t + "?") + ")");
                }

                case "string":
                case "integer":
                case "boolean":
                case "double":
                case "long":
                case "timestamp":
                {
                    (string t, string kind) = Scalar(shape.Type);
                    return new MemberCode(prop, t + "?", "MemberSchema.Scalar(" + Quoted() + ", SchemaKind." + kind + ", " + req + ", " + get + ", " + Set(t + "?") + ")");
                }

                case "structure":
                {
                    string t = plan.Types[shape.Name].TypeName;
                    return new MemberCode(prop, t + "?", "MemberSchema.Object(" + Quoted() + ", " + req + ", () => " + t + ".Schema, " + get + ", " + Set(t + "?") + ")");
                }

                case "map" when plan.Shape(shape.ElementShape!).Type != "string":
                    errors.Add(owner.Shape.Name + "." + member.Name + ": map of '" + plan.Shape(shape.ElementShape!).Type + "' has no model kind yet (maps are string to string).");
                    return null;

                case "map":
                    return new MemberCode(prop, "Dictionary<string, string>?", "MemberSchema.Map(" + Quoted() + ", " + req + ", " + get + ", " + Set("Dictionary<string, string>?") + ")");

                case "list":
                    return List(prop, member, plan.Shape(shape.ElementShape!), plan, get, Set, req, owner, errors);

                default:
                    errors.Add(owner.Shape.Name + "." + member.Name + ": API type '" + shape.Type + "' has no model kind yet; add one to MemberSchema/SchemaKind and MemberCode.");
                    return null;
            }
        }

        private static MemberCode? List(string prop, ApiMember member, ApiShape element, ModelPlan plan, string get, System.Func<string, string> set, string req, PlannedType owner, List<string> errors)
        {
            string head = "MemberSchema.List(\"" + member.Name + "\", " + req + ", ";
            if (element.Type == "string" && element.EnumValues.Count > 0)
            {
                string full = plan.Types[element.Name].FullName;
                return new MemberCode(prop, "List<" + plan.Types[element.Name].TypeName + ">?", head + "SchemaKind.Enum, () => new List<" + full + ">(), " + get + ", " + set("List<" + full + ">?") + ", enumFactory: s => new " + full + "(s))");
            }

            if (element.Type == "structure")
            {
                string full = plan.Types[element.Name].FullName;
                return new MemberCode(prop, "List<" + plan.Types[element.Name].TypeName + ">?", head + "SchemaKind.Object, () => new List<" + full + ">(), " + get + ", " + set("List<" + full + ">?") + ", elementSchema: () => " + full + ".Schema)");
            }

            if (element.Type == "string" || element.Type == "integer" || element.Type == "boolean" || element.Type == "double" || element.Type == "long" || element.Type == "timestamp")
            {
                (string t, string kind) = Scalar(element.Type);
                return new MemberCode(prop, "List<" + t + ">?", head + "SchemaKind." + kind + ", () => new List<" + t + ">(), " + get + ", " + set("List<" + t + ">?") + ")");
            }

            if (element.Type == "map" && plan.Shape(element.ElementShape!).Type == "string")
            {
                const string map = "Dictionary<string, string>";
                return new MemberCode(prop, "List<" + map + ">?", head + "SchemaKind.Map, () => new List<" + map + ">(), " + get + ", " + set("List<" + map + ">?") + ")");
            }

            errors.Add(owner.Shape.Name + "." + member.Name + ": list of '" + element.Type + "' has no model kind yet.");
            return null;
        }

        private static (string Type, string Kind) Scalar(string apiType) => apiType switch
        {
            "integer" => ("int", "Integer"),
            "boolean" => ("bool", "Boolean"),
            "double" => ("double", "Number"),
            "long" => ("long", "Long"),
            "timestamp" => ("string", "Timestamp"),
            _ => ("string", "String"),
        };
    }
}
