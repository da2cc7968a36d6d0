using System;
using System.Collections.Generic;
using System.IO;
using TaskDefKit.Cli.Config;
using TaskDefKit.Cli.Input;
using TaskDefKit.Model;
using TaskDefKit.Rules;
using TaskDefKit.Validation;
using TaskDefKit.Validation.Policy;

namespace TaskDefKit.Cli.Validation
{
    /// <summary>
    /// The command line's validation settings, and the rule filter for each file once the applicable configuration
    /// file is merged in (one filter per configuration file, built once).
    /// </summary>
    internal sealed class ValidateSettings
    {
        private readonly ConfigLoader _configs = new ConfigLoader();
        private readonly Dictionary<string, (RuleFilter Filter, long MaxBytes)> _byConfig = new Dictionary<string, (RuleFilter, long)>(StringComparer.Ordinal);

        public Compatibility? LaunchType { get; set; }

        public ISet<string>? Ignore { get; set; }

        public ISet<string>? Only { get; set; }

        public RuleSeverity Threshold { get; set; } = RuleSeverity.Info;

        /// <summary><c>--profile</c>; configuration severities apply after it.</summary>
        public RuleProfile Profile { get; set; }

        public long? MaxBytes { get; set; }

        /// <summary>From <c>--config</c>: used for every file instead of discovery.</summary>
        public string? ConfigPath { get; set; }

        public bool DiscoverConfig { get; set; } = true;

        public TaskSettings Task { get; set; } = new TaskSettings();

        /// <summary>
        /// Severities from <c>.editorconfig</c> (only <c>taskdef emit</c> sets them: its definitions are C#); a
        /// configuration file and the command line override them.
        /// </summary>
        public IReadOnlyDictionary<string, RuleSeverity?>? EditorConfig { get; set; }

        public (RuleFilter Filter, long MaxBytes) For(InputItem item, string workingDirectory)
        {
            string? configPath = ConfigPath;
            if (configPath is null && DiscoverConfig)
            {
                string folder = item.IsStandardInput ? workingDirectory : Path.GetDirectoryName(item.Path) ?? workingDirectory;
                configPath = _configs.FindFor(folder);
            }

            string key = configPath ?? string.Empty;
            if (!_byConfig.TryGetValue(key, out (RuleFilter Filter, long MaxBytes) entry))
            {
                entry = Build(configPath is null ? null : _configs.Load(configPath), configPath);
                _byConfig[key] = entry;
            }

            return entry;
        }

        /// <summary>Loads the <c>--config</c> file up front, so a bad one is a usage error before any output.</summary>
        public void CheckExplicitConfig()
        {
            if (ConfigPath != null)
            {
                _byConfig[ConfigPath] = Build(_configs.Load(ConfigPath), ConfigPath);
            }
        }

        private (RuleFilter, long) Build(ConfigFile? config, string? configPath)
        {
            var ignored = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var overrides = new Dictionary<string, RuleSeverity>(StringComparer.OrdinalIgnoreCase);
            Compatibility? launchType = LaunchType;
            ConfigPolicy policy = ConfigPolicy.None;
            foreach (KeyValuePair<string, RuleSeverity?> entry in EditorConfig ?? new Dictionary<string, RuleSeverity?>())
            {
                if (entry.Value is RuleSeverity fromEditorConfig)
                {
                    overrides[entry.Key] = fromEditorConfig;
                }
                else
                {
                    ignored.Add(entry.Key);
                }
            }

            if (config != null)
            {
                string source = configPath ?? ConfigLoader.FileName;
                if (config.Ignore != null)
                {
                    ignored.UnionWith(RuleFilter.ParseRuleIds(config.Ignore, source));
                }

                if (config.Severity != null)
                {
                    foreach (KeyValuePair<string, string> entry in config.Severity)
                    {
                        string id = RuleCatalog.Find(entry.Key)?.Id ?? throw new UsageException(source + ": unknown rule '" + entry.Key + "' in \"severity\"");
                        if (!RuleFilter.TryParseSeverity(entry.Value, out RuleSeverity? severity))
                        {
                            throw new UsageException(source + ": severity of " + id + " must be error, warning, info or none, not '" + entry.Value + "'");
                        }

                        if (severity is null)
                        {
                            ignored.Add(id);
                        }
                        else
                        {
                            overrides[id] = severity.Value;
                            ignored.Remove(id); // over an .editorconfig "none"
                        }
                    }
                }

                if (launchType is null && config.LaunchType != null)
                {
                    launchType = ParseLaunchType(config.LaunchType, source);
                }

                policy = config.ResolvedPolicy;
            }

            if (Ignore != null)
            {
                ignored.UnionWith(Ignore);
            }

            var options = new ValidationOptions
            {
                TargetLaunchType = launchType,
                Profile = Profile,
                IgnoredRules = ignored.Count > 0 ? ignored : null,
                SeverityOverrides = overrides.Count > 0 ? overrides : null,
            };
            policy.ApplyTo(options);
            long maxBytes = MaxBytes ?? config?.MaxFileSize ?? FileContentReader.DefaultMaxBytes;
            return (new RuleFilter(options, Only, Threshold), maxBytes);
        }

        public static Compatibility ParseLaunchType(string text, string source)
        {
            foreach (Compatibility known in Compatibility.KnownValues)
            {
                if (string.Equals(known.Value, text.Replace('-', '_'), StringComparison.OrdinalIgnoreCase))
                {
                    return known;
                }
            }

            throw new UsageException(source + ": unknown launch type '" + text + "' (FARGATE, EC2, EXTERNAL or MANAGED_INSTANCES)");
        }
    }
}
