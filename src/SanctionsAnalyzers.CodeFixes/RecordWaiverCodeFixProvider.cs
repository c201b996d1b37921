using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using SanctionsAnalyzers.CodeFixes.Editing;
using SanctionsAnalyzers.Rules;

namespace SanctionsAnalyzers.CodeFixes
{
    /// <summary>
    /// SANC1001 and SANC1002 "Record a waiver": appends <c>rule ; target ; TODO ; TODO ; TODO</c> to the project's
    /// waiver file (docs/waivers.md), creating <c>SanctionsWaivers.txt</c> in the project folder when there is none.
    /// The target is the documentation ID of the member that holds the gate. Reason, owner and expiry stay
    /// <c>TODO</c> for a person to fill in; until then the waiver file itself is reported (SANC0001). Fix All writes
    /// every waiver of the scope in one edit per project, each once.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RecordWaiverCodeFixProvider))]
    [Shared]
    public sealed class RecordWaiverCodeFixProvider : CodeFixProvider
    {
        public const string Title = "Record a waiver";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.OverBroadGeoBlock, RuleIds.GeoBlockOfUnknownScope);

        /// <summary>One key per rule, so that Fix All records waivers for the rule it was started from.</summary>
        public static string EquivalenceKeyFor(string ruleId) => ruleId + ".RecordWaiver";

        public override FixAllProvider GetFixAllProvider() => WaiverFixAllProvider.Instance;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var project = context.Document.Project;
            foreach (var diagnostic in context.Diagnostics)
            {
                if (await WaiverFile.EntryForAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false) is not { } entry
                    || await WaiverFile.ContainsAsync(project, entry, context.CancellationToken).ConfigureAwait(false))
                {
                    continue;
                }

                var newLine = WaiverFile.NewLineOf(await context.Document.GetTextAsync(context.CancellationToken).ConfigureAwait(false), "\n");
                context.RegisterCodeFix(
                    CodeAction.Create(Title, ct => WaiverFile.AppendAsync(project.Solution, project.Id, new[] { entry }, newLine, ct), EquivalenceKeyFor(diagnostic.Id)),
                    diagnostic);
            }
        }

        /// <summary>Fix All: every waiver of the scope, one edit of each project's waiver file, no duplicates.</summary>
        private sealed class WaiverFixAllProvider : FixAllProvider
        {
            public static readonly WaiverFixAllProvider Instance = new WaiverFixAllProvider();

            public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

            public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
            {
                var key = fixAllContext.CodeActionEquivalenceKey;
                var documents = fixAllContext.Scope switch
                {
                    FixAllScope.Document when fixAllContext.Document is not null => new[] { fixAllContext.Document },
                    FixAllScope.Project => fixAllContext.Project.Documents.ToArray(),
                    FixAllScope.Solution => fixAllContext.Solution.Projects.SelectMany(p => p.Documents).ToArray(),
                    _ => System.Array.Empty<Document>(),
                };

                var byProject = new Dictionary<ProjectId, (List<WaiverEntry> Entries, string NewLine)>();
                foreach (var document in documents)
                {
                    var diagnostics = await fixAllContext.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false);
                    foreach (var diagnostic in diagnostics.Where(d => EquivalenceKeyFor(d.Id) == key).OrderBy(d => d.Location.SourceSpan.Start))
                    {
                        if (await WaiverFile.EntryForAsync(document, diagnostic, fixAllContext.CancellationToken).ConfigureAwait(false) is not { } entry)
                        {
                            continue;
                        }

                        if (!byProject.TryGetValue(document.Project.Id, out var waivers))
                        {
                            var newLine = WaiverFile.NewLineOf(await document.GetTextAsync(fixAllContext.CancellationToken).ConfigureAwait(false), "\n");
                            byProject.Add(document.Project.Id, waivers = (new List<WaiverEntry>(), newLine));
                        }

                        if (!waivers.Entries.Contains(entry))
                        {
                            waivers.Entries.Add(entry);
                        }
                    }
                }

                if (byProject.Count == 0)
                {
                    return null;
                }

                return CodeAction.Create(
                    Title,
                    async cancellationToken =>
                    {
                        var solution = fixAllContext.Solution;
                        foreach (var pair in byProject)
                        {
                            solution = await WaiverFile.AppendAsync(solution, pair.Key, pair.Value.Entries, pair.Value.NewLine, cancellationToken).ConfigureAwait(false);
                        }

                        return solution;
                    },
                    key);
            }
        }
    }
}
