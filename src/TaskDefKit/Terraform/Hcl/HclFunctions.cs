using System;
using System.Collections.Generic;

namespace TaskDefKit.Terraform.Hcl
{
    /// <summary>
    /// Terraform's built-in functions (https://developer.hashicorp.com/terraform/language/functions). A call to any
    /// other name is reported (Terraform rejects it too); provider-defined functions (<c>provider::ns::f</c>) are accepted.
    /// </summary>
    internal static class HclFunctions
    {
        private static readonly HashSet<string> s_builtIn = new HashSet<string>(StringComparer.Ordinal)
        {
            "abs", "ceil", "floor", "log", "max", "min", "parseint", "pow", "signum",
            "chomp", "endswith", "format", "formatlist", "indent", "join", "lower", "regex", "regexall", "replace", "split",
            "startswith", "strcontains", "strrev", "substr", "templatestring", "title", "trim", "trimprefix", "trimsuffix",
            "trimspace", "upper",
            "alltrue", "anytrue", "chunklist", "coalesce", "coalescelist", "compact", "concat", "contains", "distinct",
            "element", "flatten", "index", "keys", "length", "list", "lookup", "map", "matchkeys", "merge", "one", "range",
            "reverse", "setintersection", "setproduct", "setsubtract", "setunion", "slice", "sort", "sum", "transpose",
            "values", "zipmap",
            "base64decode", "base64encode", "base64gzip", "csvdecode", "jsondecode", "jsonencode", "textdecodebase64",
            "textencodebase64", "urlencode", "yamldecode", "yamlencode",
            "abspath", "dirname", "pathexpand", "basename", "file", "fileexists", "fileset", "filebase64", "templatefile",
            "formatdate", "timeadd", "timecmp", "timestamp", "plantimestamp",
            "base64sha256", "base64sha512", "bcrypt", "filebase64sha256", "filebase64sha512", "filemd5", "filesha1",
            "filesha256", "filesha512", "md5", "rsadecrypt", "sha1", "sha256", "sha512", "uuid", "uuidv5",
            "cidrhost", "cidrnetmask", "cidrsubnet", "cidrsubnets",
            "can", "ephemeralasnull", "issensitive", "nonsensitive", "sensitive", "tobool", "tolist", "tomap", "tonumber",
            "toset", "tostring", "try", "type",
        };

        public static bool IsKnown(string name) => s_builtIn.Contains(name) || name.StartsWith("provider::", StringComparison.Ordinal);
    }
}
