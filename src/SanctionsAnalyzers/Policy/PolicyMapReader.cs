using System;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using SanctionsAnalyzers.Model;

namespace SanctionsAnalyzers.Policy
{
    /// <summary>Reads Resources/PolicyMap.xml. The file is ours: an inconsistency is a build-time bug, caught by tests.</summary>
    internal static class PolicyMapReader
    {
        public static PolicyMap Read(Stream stream)
        {
            var root = XDocument.Load(stream).Root ?? throw new InvalidDataException("Policy map has no root element.");
            var version = Required(root, "version");

            var categories = root.Element("categories")!.Elements("category")
                .Select(e => new ServiceCategory(Required(e, "id"), Required(e, "name")))
                .ToImmutableArray();
            var categoryIds = categories.Select(c => c.Id).ToImmutableHashSet(StringComparer.Ordinal);

            var jurisdictions = root.Element("jurisdictions")!.Elements("jurisdiction")
                .Select(ReadJurisdiction)
                .ToImmutableArray();

            var programs = root.Element("programs")!.Elements("program")
                .Select(e => ReadProgram(e, categoryIds))
                .ToImmutableArray();

            var programIds = programs.Select(p => p.Id).ToImmutableHashSet(StringComparer.Ordinal);
            foreach (var jurisdiction in jurisdictions)
            {
                if (!programIds.Contains(jurisdiction.ProgramId))
                {
                    throw new InvalidDataException("Jurisdiction " + jurisdiction.Id + " names unknown program " + jurisdiction.ProgramId + ".");
                }
            }

            var notes = root.Element("programs")!.Elements("program")
                .ToImmutableDictionary(e => Required(e, "id"), ReadNotes, StringComparer.Ordinal);

            return new PolicyMap(version, categories, jurisdictions, programs, notes: notes);
        }

        private static Jurisdiction ReadJurisdiction(XElement element)
        {
            var identifiers = element.Elements("id")
                .Select(e => new JurisdictionIdentifier(
                    ParseIdentifierKind(Required(e, "kind")),
                    e.Value.Trim(),
                    string.Equals((string?)e.Attribute("overWide"), "true", StringComparison.Ordinal),
                    (string?)e.Attribute("note"),
                    (string?)e.Attribute("citation")))
                .ToImmutableArray();
            return new Jurisdiction(Required(element, "id"), Required(element, "name"), Required(element, "program"), identifiers);
        }

        private static SanctionsProgram ReadProgram(XElement element, ImmutableHashSet<string> categoryIds)
        {
            var authorizations = element.Elements("authorization")
                .Select(e => new Authorization(
                    Required(e, "citation"),
                    (string?)e.Attribute("alias"),
                    ParseDate(Required(e, "effective")),
                    ParseConfidence(Required(e, "confidence")),
                    ParseCondition((string?)e.Attribute("condition")),
                    Required(e, "source"),
                    e.Elements("category").Select(c => CheckCategory(Required(c, "ref"), categoryIds)).ToImmutableHashSet(StringComparer.Ordinal)))
                .ToImmutableArray();

            var exclusions = element.Elements("exclusion")
                .Select(e => new Exclusion(
                    CheckCategory(Required(e, "category"), categoryIds),
                    Required(e, "citation"),
                    ParseConfidence(Required(e, "confidence")),
                    Required(e, "source")))
                .ToImmutableArray();

            var ended = (string?)element.Attribute("ended");
            return new SanctionsProgram(
                Required(element, "id"),
                Required(element, "name"),
                Required(element, "authority"),
                ended is null ? null : ParseDate(ended),
                (string?)element.Attribute("endedCitation"),
                ended is null ? Confidence.Confirmed : ParseConfidence(Required(element, "endedConfidence")),
                ended is null ? null : Required(element, "endedSource"),
                authorizations,
                exclusions);
        }

        private static ImmutableArray<PolicyNote> ReadNotes(XElement program) =>
            program.Elements("note")
                .Select(e => new PolicyNote(
                    Required(e, "citation"),
                    ParseDate(Required(e, "effective")),
                    ParseConfidence(Required(e, "confidence")),
                    Required(e, "source"),
                    e.Value.Trim()))
                .ToImmutableArray();

        private static string CheckCategory(string id, ImmutableHashSet<string> categoryIds) =>
            categoryIds.Contains(id) ? id : throw new InvalidDataException("Unknown category '" + id + "' in policy map.");

        private static string Required(XElement element, string attribute) =>
            (string?)element.Attribute(attribute)
            ?? throw new InvalidDataException("Policy map element <" + element.Name + "> lacks attribute '" + attribute + "'.");

        private static DateTime ParseDate(string value) =>
            DateTime.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

        private static Confidence ParseConfidence(string value) => value switch
        {
            "confirmed" => Confidence.Confirmed,
            "secondary" => Confidence.Secondary,
            "unconfirmed" => Confidence.Unconfirmed,
            _ => throw new InvalidDataException("Unknown confidence '" + value + "'."),
        };

        private static AuthorizationCondition ParseCondition(string? value) => value switch
        {
            null => AuthorizationCondition.None,
            "no-cost-personal" => AuthorizationCondition.NoCostPersonal,
            _ => throw new InvalidDataException("Unknown condition '" + value + "'."),
        };

        private static IdentifierKind ParseIdentifierKind(string value) => value switch
        {
            "alpha2" => IdentifierKind.Alpha2,
            "alpha3" => IdentifierKind.Alpha3,
            "numeric" => IdentifierKind.Numeric,
            "name" => IdentifierKind.Name,
            "subdivision" => IdentifierKind.Subdivision,
            "calling-code" => IdentifierKind.CallingCode,
            "tld" => IdentifierKind.TopLevelDomain,
            "currency" => IdentifierKind.Currency,
            "culture" => IdentifierKind.Culture,
            "language" => IdentifierKind.Language,
            "time-zone" => IdentifierKind.TimeZone,
            "demonym" => IdentifierKind.Demonym,
            _ => throw new InvalidDataException("Unknown identifier kind '" + value + "'."),
        };
    }
}
