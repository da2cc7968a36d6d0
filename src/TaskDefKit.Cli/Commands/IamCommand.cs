using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using TaskDefKit.Cli.Input;
using TaskDefKit.Iam;
using TaskDefKit.Json;
using TaskDefKit.Model;

namespace TaskDefKit.Cli.Commands
{
    /// <summary>
    /// <c>taskdef iam --role execution|events FILE</c>: prints the least-privilege IAM policy document the task
    /// definition's execution role (or a scheduled task target's events role) needs. The policy goes to stdout; the
    /// placeholders to fill in and the advice that cannot be a statement (kms:Decrypt) go to stderr.
    /// </summary>
    internal static class IamCommand
    {
        public static Command Create(CliConsole console)
        {
            var file = new Argument<string>("file") { Description = "The task definition (any form taskdef reads: register input, describe output, CloudFormation, Terraform), or - for stdin." };
            var role = new Option<string>("--role") { Description = "execution (the task execution role) or events (the EventBridge/Scheduler role of a scheduled task target).", Required = true };
            role.AcceptOnlyFromAmong("execution", "events");
            var region = new Option<string?>("--region") { Description = "The task's Region, for values that are names rather than ARNs (else <REGION>)." };
            var account = new Option<string?>("--account-id") { Description = "The task's account (else taken from a role ARN, else <ACCOUNT_ID>)." };
            var tags = new Option<bool>("--target-tags") { Description = "events: the target sets Tags or PropagateTags, so RunTask needs ecs:TagResource." };
            var command = new Command("iam", "Print the least-privilege IAM policy a task definition's execution role (or scheduled-task events role) needs.")
            {
                file, role, region, account, tags,
            };
            command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(role)!, new IamPolicyOptions
            {
                Region = parse.GetValue(region),
                AccountId = parse.GetValue(account),
                TargetSetsTags = parse.GetValue(tags),
            }, console));
            return command;
        }

        private static int Run(string path, string role, IamPolicyOptions options, CliConsole console)
        {
            InputItem item = path == InputItem.StandardInput
                ? new InputItem(path, "<stdin>", named: true)
                : new InputItem(Path.GetFullPath(path, console.WorkingDirectory), path, named: true);
            TaskDefinition? definition = Read(item, console, out HashSet<string> unknown);
            if (definition is null)
            {
                return ExitCodes.UsageOrUnreadable;
            }

            options.UnknownPointers = unknown;
            IamPolicyDocument policy = role == "events"
                ? TaskDefinitionIamPolicies.EventsRole(definition, options)
                : TaskDefinitionIamPolicies.ExecutionRole(definition, options);
            console.Out.Write(policy.ToJson());
            foreach (string placeholder in policy.Placeholders)
            {
                console.Error.WriteLine("taskdef: " + item.DisplayPath + ": fill in " + placeholder);
            }

            foreach (string advice in policy.Advice)
            {
                console.Error.WriteLine("taskdef: " + item.DisplayPath + ": note: " + advice);
            }

            return ExitCodes.Success;
        }

        /// <summary>The definition and the pointers of its unknown values (CloudFormation intrinsics); null after reporting why not.</summary>
        private static TaskDefinition? Read(InputItem item, CliConsole console, out HashSet<string> unknown)
        {
            unknown = new HashSet<string>();
            byte[]? bytes = FileContentReader.Read(item, FileContentReader.DefaultMaxBytes, console.OpenStandardInput, out InputProblem? problem);
            string? why = problem?.Message;
            byte[]? json = null;
            if (bytes != null)
            {
                try
                {
                    DocumentKind kind = DocumentSniffer.Sniff(bytes, item.Path);
                    if (kind is DocumentKind.CloudFormationJson or DocumentKind.Yaml)
                    {
                        SourceNode root = kind == DocumentKind.Yaml ? YamlSourceReader.Read(bytes) : JsonSourceReader.Read(bytes);
                        TranslatedDocument? translated = CloudFormationTemplate.TaskDefinitions(root).FirstOrDefault();
                        json = translated?.Json;
                        unknown = translated?.Unknown ?? unknown;
                        why = translated is null ? "no task definition in the file" : null;
                    }
                    else
                    {
                        json = DefinitionJsonReader.Read(bytes, item, out why);
                    }
                }
                catch (SourceParseException exception)
                {
                    why = exception.Line + ":" + exception.Column + ": " + exception.Message;
                }
            }

            if (json != null)
            {
                TaskDefinitionDocument document = TaskDefinitionDocument.Parse(json, item.DisplayPath);
                if (document.Definition != null)
                {
                    return document.Definition;
                }

                why = string.Join("; ", document.ReadDiagnostics.Select(d => d.Message));
            }

            console.Error.WriteLine("taskdef: " + item.DisplayPath + ": error TDK0001: " + why);
            return null;
        }
    }
}
