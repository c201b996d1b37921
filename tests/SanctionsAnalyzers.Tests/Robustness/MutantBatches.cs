using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SanctionsAnalyzers.Tests.Configuration;

namespace SanctionsAnalyzers.Tests.Robustness
{
    /// <summary>Mutants analysed together in one compilation, with the project files and options they are analysed with.</summary>
    internal sealed class MutantBatch
    {
        public MutantBatch(string name, IReadOnlyList<Mutant> mutants, AnalyzerOptions options, CSharpCompilation project)
        {
            Name = name;
            Mutants = mutants;
            Options = options;
            Project = project;
        }

        public string Name { get; }

        public IReadOnlyList<Mutant> Mutants { get; }

        public AnalyzerOptions Options { get; }

        /// <summary>The compilation the mutants are added to.</summary>
        public CSharpCompilation Project { get; }

        public Compilation With(IEnumerable<Mutant> mutants) => Project.AddSyntaxTrees(mutants.Select(m => m.Parse()));
    }

    /// <summary>
    /// The deterministic set of mutants: rounds of the ruling corpus, where every file of a project is mutated and the
    /// project analysed as a whole, and mutants of the rule tests' sources, each in a namespace of its own and many to a
    /// compilation, with no type name declared twice (so that each is bound as it would be alone).
    /// </summary>
    internal static class MutantBatches
    {
        public const int RandomSeed = 20261128;

        /// <summary>Waivers for every waivable rule (a type, a member, paths, an expired one, a malformed line), so that the suppressor works on every mutant.</summary>
        public const string Waivers = @"// rule; target; reason; owner; expires
SANC1001 ; T:ChatRooms.Hubs.RoomHub ; legal-review ; fuzz-team ; 2099-12-31
SANC1001 ; T:MailController ; blocked-persons ; fuzz-team ; 2099-12-31
SANC1001 ; M:ChatHub.SendMessage(System.String,System.String) ; contractual ; fuzz-team ; 2099-12-31
SANC1002 ; T:ChatHub ; legal-review ; fuzz-team ; 2020-01-01
SANC1003 ; path:*.cs ; false-positive ; fuzz-team ; 2099-12-31
SANC1004 ; path:appsettings*.json ; contractual ; fuzz-team ; 2099-12-31
this line is not a waiver
";

        /// <summary>A configured block list, for the rule tests' mutants (the corpus projects bring their own).</summary>
        private const string AppSettings = @"{
  ""Geo"": { ""BlockedCountries"": [ ""IR"", ""KP"", ""SY"" ], ""Mode"": ""deny"" },
  ""Sanctions"": { ""BlockedCountries"": [ ""IR"", ""CU"", ""UA-14"" ] },
  ""Inbox"": { ""DeniedRegions"": [ ""IR"", ""SD"" ] }
}";

        /// <summary>Project-wide options: a pinned date, a mode, and a policy layer, so that every option path is taken.</summary>
        public static readonly IReadOnlyDictionary<string, string> GlobalOptions = new Dictionary<string, string>
        {
            ["build_property.SanctionsToday"] = "2026-11-15",
            ["build_property.SanctionsAnalysisMode"] = "AuditOnly",
            ["sanctions_analyzers.category.ChatRooms.Hubs.RoomHub"] = "chat",
            ["sanctions_analyzers.category.ChatHub.Send"] = "chat,email",
            ["sanctions_analyzers.identifiers.ir"] = "PERSIA-LEGACY",
            ["sanctions_analyzers.verdict.ua-43.chat"] = "authorized",
        };

        /// <summary>
        /// <paramref name="corpusRounds"/> mutations of every corpus file, <paramref name="ruleTestMutants"/> mutants of the
        /// rule tests' sources (in namespaces of their own where they can be, so that many fit in one compilation), and one
        /// mutant in <paramref name="heavyEvery"/> made huge or deep, analysed alone so that its time is its own.
        /// </summary>
        public static IReadOnlyList<MutantBatch> Create(int corpusRounds, int ruleTestMutants, int batchSize, int heavyEvery)
        {
            var random = new Random(RandomSeed);
            var batches = new List<MutantBatch>();
            var id = 0;
            int? Heavy() => id % heavyEvery == heavyEvery - 1 ? id / heavyEvery : null;

            for (var round = 0; round < corpusRounds; round++)
            {
                foreach (var project in SeedCorpus.RulingProjects)
                {
                    var options = Options(project.AppSettings);
                    var mutants = new List<Mutant>();
                    foreach (var file in project.Files)
                    {
                        var heavy = Heavy();
                        var mutant = SourceMutator.Mutate(id++, file, file.Name, random, heavy);
                        if (heavy is null)
                        {
                            mutants.Add(mutant);
                        }
                        else
                        {
                            batches.Add(new MutantBatch(project.Name + " heavy " + mutant.Id, new[] { mutant }, options, AnalyzerHarness.WebApplication));
                        }
                    }

                    batches.Add(new MutantBatch(project.Name + " round " + round, mutants, options, AnalyzerHarness.WebApplication));
                }
            }

            var seeds = SeedCorpus.RuleTestSources;
            var open = new List<(List<Mutant> Mutants, HashSet<string> Types)>();
            var defaultOptions = Options(new[] { ("appsettings.json", AppSettings) });
            for (var i = 0; i < ruleTestMutants; i++)
            {
                var seed = seeds[i % seeds.Length];
                var heavy = Heavy();
                var mutant = SourceMutator.Mutate(id, seed, "Mutants/Mutant" + id + ".cs", random, heavy, seed.CanBeWrapped ? "Fuzz.Mutant" + id : null);
                id++;
                if (heavy is not null)
                {
                    batches.Add(new MutantBatch("rule tests heavy " + mutant.Id, new[] { mutant }, defaultOptions, AnalyzerHarness.WebProject));
                    continue;
                }

                var types = seed.CanBeWrapped ? Enumerable.Empty<string>() : seed.TypeNames;
                var batch = open.FirstOrDefault(b => b.Mutants.Count < batchSize && !types.Any(b.Types.Contains));
                if (batch.Mutants is null)
                {
                    batch = (new List<Mutant>(), new HashSet<string>(StringComparer.Ordinal));
                    open.Add(batch);
                }

                batch.Mutants.Add(mutant);
                batch.Types.UnionWith(types);
            }

            batches.AddRange(open.Select((b, i) => new MutantBatch("rule tests batch " + i, b.Mutants, defaultOptions, AnalyzerHarness.WebProject)));
            return batches;
        }

        public static AnalyzerOptions Options(IEnumerable<(string Path, string Text)> appSettings) => AnalyzerHarness.Options(
            appSettings.Select(f => (AdditionalText)new TestAdditionalText(f.Path, f.Text)).Append(new TestAdditionalText("SanctionsWaivers.txt", Waivers)),
            GlobalOptions);
    }
}
