using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SanctionsAnalyzers.Detection;

namespace SanctionsAnalyzers.Configuration
{
    /// <summary>
    /// Resolves block lists bound from configuration against the project's appsettings*.json files:
    /// <c>configuration.GetSection("Geo:Blocked").Get&lt;string[]&gt;()</c>, <c>GetValue&lt;string[]&gt;("Geo:Blocked")</c>
    /// and options classes (<c>IOptions&lt;GeoOptions&gt;</c>, section from a <c>SectionName</c> constant or the class name).
    /// </summary>
    internal sealed class ConfigurationLists
    {
        private static readonly string[] OptionsSuffixes = { "Options", "Settings", "Configuration", "Config" };
        private static readonly string[] SectionNameFields = { "SectionName", "Section", "ConfigurationSectionName", "ConfigSection", "Key" };

        private readonly AppSettingsIndex _settings;
        private readonly INamedTypeSymbol? _configuration;

        public ConfigurationLists(AppSettingsIndex settings, Compilation compilation)
        {
            _settings = settings;
            _configuration = compilation.GetTypeByMetadataName("Microsoft.Extensions.Configuration.IConfiguration");
        }

        public AppSettingsIndex Settings => _settings;

        /// <summary><c>section.Get&lt;string[]&gt;()</c> and <c>configuration.GetValue&lt;string[]&gt;("key")</c>.</summary>
        public bool TryResolveBinding(IInvocationOperation invocation, out ListValues values)
        {
            values = ListValues.Unknown(string.Empty);
            if (_configuration is null)
            {
                return false;
            }

            var method = invocation.TargetMethod;
            var receiver = invocation.Instance ?? (method.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);
            if (receiver is null || !IsConfiguration(receiver.Type))
            {
                return false;
            }

            var path = SectionPath(receiver);
            string? key;
            switch (method.Name)
            {
                case "Get":
                    key = path;
                    break;
                case "GetValue":
                    var name = KeyArgument(invocation);
                    key = name is null ? null : Combine(path, name);
                    break;
                default:
                    return false;
            }

            values = key is null ? ListValues.Unknown("a configuration section built at run time") : Lookup(key);
            return true;
        }

        /// <summary>A property of an options class without an initializer: its value comes from configuration.</summary>
        public ListValues? ResolveOptionsMember(IPropertySymbol property)
        {
            var type = property.ContainingType;
            var suffix = Array.Find(OptionsSuffixes, s => type.Name.EndsWith(s, StringComparison.Ordinal) && type.Name.Length > s.Length);
            if (suffix is null)
            {
                return null;
            }

            foreach (var section in CandidateSections(type, suffix))
            {
                var key = Combine(section, property.Name);
                if (_settings.TryGetStringList(key, out var configured))
                {
                    return ListValues.Resolved(ToListValues(configured));
                }
            }

            return ListValues.Unknown("configuration key '" + Combine(type.Name.Substring(0, type.Name.Length - suffix.Length), property.Name) + "' (options " + type.Name + "." + property.Name + ")");
        }

        private ListValues Lookup(string key) =>
            _settings.TryGetStringList(key, out var configured)
                ? ListValues.Resolved(ToListValues(configured))
                : ListValues.Unknown("configuration key '" + key + "'");

        private static ImmutableArray<ListValue> ToListValues(ImmutableArray<ConfiguredValue> configured)
        {
            var builder = ImmutableArray.CreateBuilder<ListValue>(configured.Length);
            foreach (var item in configured)
            {
                builder.Add(new ListValue(item.Value, item.Location));
            }

            return builder.MoveToImmutable();
        }

        private static ImmutableArray<string> CandidateSections(INamedTypeSymbol type, string suffix)
        {
            var sections = ImmutableArray.CreateBuilder<string>();
            foreach (var member in type.GetMembers())
            {
                if (member is IFieldSymbol { IsConst: true, ConstantValue: string declared } && Array.IndexOf(SectionNameFields, member.Name) >= 0)
                {
                    sections.Add(declared);
                }
            }

            sections.Add(type.Name.Substring(0, type.Name.Length - suffix.Length));
            sections.Add(type.Name);
            return sections.ToImmutable();
        }

        /// <summary>"Geo:Blocked" for <c>configuration.GetSection("Geo").GetSection("Blocked")</c>; null when not constant.</summary>
        private string? SectionPath(IOperation receiver)
        {
            var current = SignalFinder.Unwrap(receiver);
            string? path = string.Empty;
            while (current is IInvocationOperation { TargetMethod.Name: "GetSection" or "GetRequiredSection" } call)
            {
                var name = KeyArgument(call);
                if (name is null)
                {
                    return null;
                }

                path = path.Length == 0 ? name : Combine(name, path);
                var next = call.Instance ?? (call.TargetMethod.IsExtensionMethod && call.Arguments.Length > 0 ? call.Arguments[0].Value : null);
                if (next is null)
                {
                    break;
                }

                current = SignalFinder.Unwrap(next);
            }

            return path;
        }

        private static string? KeyArgument(IInvocationOperation call)
        {
            foreach (var argument in call.Arguments)
            {
                if (argument.Parameter?.Type.SpecialType == SpecialType.System_String
                    && argument.Value.ConstantValue is { HasValue: true, Value: string key })
                {
                    return key;
                }
            }

            return null;
        }

        private bool IsConfiguration(ITypeSymbol? type)
        {
            if (type is null || _configuration is null)
            {
                return false;
            }

            if (SymbolEqualityComparer.Default.Equals(type, _configuration))
            {
                return true;
            }

            foreach (var implemented in type.AllInterfaces)
            {
                if (SymbolEqualityComparer.Default.Equals(implemented, _configuration))
                {
                    return true;
                }
            }

            return false;
        }

        private static string Combine(string? prefix, string key) => string.IsNullOrEmpty(prefix) ? key : prefix + ":" + key;
    }
}
