using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Reflection;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SanctionsAnalyzers.Benchmarks.Analyzers
{
    /// <summary>
    /// Not timed: counts the code blocks GeoBlockAnalyzer is handed and how many of them pass its token scan
    /// (CandidateScanner, internal, reached by reflection). Explains the timings; absent scanner → no counts.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    internal sealed class CandidateProbe : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Never = new DiagnosticDescriptor(
            "PROBE0001",
            "Never reported",
            "Never reported",
            "Benchmark",
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true);

        private readonly Func<SyntaxNode, bool>? _isCandidate;
        private readonly ImmutableHashSet<string>? _words;
        private readonly ImmutableArray<string> _fragments;
        private readonly ConcurrentDictionary<string, int> _triggers = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        private readonly Func<SyntaxTree, bool>? _mentionsAService;
        private readonly ImmutableHashSet<string>? _serviceWords;
        private readonly ConcurrentDictionary<string, int> _serviceTriggers = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        private int _serviceBlocks;
        private int _both;
        private int _blocks;
        private int _candidates;
        private long _scanTicks;

        public CandidateProbe()
        {
            var scannerType = typeof(SanctionsAnalyzers.Analysis.GeoBlockAnalyzer).Assembly.GetType("SanctionsAnalyzers.Detection.CandidateScanner");
            var scanner = scannerType?.GetProperty("Embedded", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)?.GetValue(null);
            var method = scannerType?.GetMethod("IsCandidate", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance, null, new[] { typeof(SyntaxNode) }, null);
            if (scanner is not null && method is not null && method.ReturnType == typeof(bool))
            {
                _isCandidate = (Func<SyntaxNode, bool>)Delegate.CreateDelegate(typeof(Func<SyntaxNode, bool>), scanner, method);
                const BindingFlags Private = BindingFlags.NonPublic | BindingFlags.Instance;
                _words = scannerType!.GetField("_jurisdictionWords", Private)?.GetValue(scanner) as ImmutableHashSet<string>;
                _fragments = scannerType.GetField("_fragments", Private)?.GetValue(scanner) is ImmutableArray<string> fragments ? fragments : ImmutableArray<string>.Empty;
            }

            var assembly = typeof(SanctionsAnalyzers.Analysis.GeoBlockAnalyzer).Assembly;
            var catalogType = assembly.GetType("SanctionsAnalyzers.Services.ServiceCatalog");
            var serviceScannerType = assembly.GetType("SanctionsAnalyzers.Services.ServiceScanner");
            var catalog = catalogType?.GetProperty("Embedded", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)?.GetValue(null);
            var constructor = catalogType is null ? null : serviceScannerType?.GetConstructor(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance, null, new[] { catalogType }, null);
            var mentions = serviceScannerType?.GetMethod("MentionsAService", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance, null, new[] { typeof(SyntaxTree) }, null);
            if (catalog is not null && constructor is not null && mentions is not null && mentions.ReturnType == typeof(bool))
            {
                var serviceScanner = constructor.Invoke(new[] { catalog });
                _mentionsAService = (Func<SyntaxTree, bool>)Delegate.CreateDelegate(typeof(Func<SyntaxTree, bool>), serviceScanner, mentions);
                _serviceWords = serviceScannerType!.GetField("_words", BindingFlags.NonPublic | BindingFlags.Instance)?.GetValue(serviceScanner) as ImmutableHashSet<string>;
            }
        }

        public bool ScannerFound => _isCandidate is not null;

        /// <summary>Whether ServiceScanner (the per-file look of ServiceInventoryAnalyzer and GeoBlockAnalyzer's controller actions) was found.</summary>
        public bool ServiceScannerFound => _mentionsAService is not null;

        /// <summary>Code blocks in files that name a catalogued service word: those get an operation tree for SANC2001.</summary>
        public int ServiceBlocks => _serviceBlocks;

        /// <summary>The first service word of each such file.</summary>
        public IReadOnlyList<KeyValuePair<string, int>> ServiceTriggers =>
            _serviceTriggers.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).ToList();

        public int Blocks => _blocks;

        public int Candidates => _candidates;

        /// <summary>Candidates with both a signal fragment and a jurisdiction word or number (what "where both meet" would keep).</summary>
        public int CandidatesWithBoth => _both;

        /// <summary>Time spent in the token scan alone, summed over code blocks (Stopwatch).</summary>
        public TimeSpan ScanTime => TimeSpan.FromSeconds(Interlocked.Read(ref _scanTicks) / (double)Stopwatch.Frequency);

        /// <summary>
        /// What made code blocks candidates: the first matching token of each candidate block, by the scanner's own
        /// word and fragment lists (private fields, read by reflection; empty when they are not found).
        /// </summary>
        public IReadOnlyList<KeyValuePair<string, int>> Triggers =>
            _triggers.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).ToList();

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Never);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(start =>
            {
                start.RegisterSyntaxTreeAction(tree =>
                {
                    if (_serviceWords is not null && _mentionsAService is not null && _mentionsAService(tree.Tree))
                    {
                        _serviceTriggers.AddOrUpdate(ServiceTrigger(tree.Tree), 1, (_, count) => count + 1);
                    }
                });

                start.RegisterCodeBlockAction(block =>
                {
                    Interlocked.Increment(ref _blocks);
                    if (_mentionsAService is not null && _mentionsAService(block.CodeBlock.SyntaxTree))
                    {
                        Interlocked.Increment(ref _serviceBlocks);
                    }

                    if (_isCandidate is null)
                    {
                        return;
                    }

                    var started = Stopwatch.GetTimestamp();
                    var candidate = _isCandidate(block.CodeBlock);
                    Interlocked.Add(ref _scanTicks, Stopwatch.GetTimestamp() - started);
                    if (candidate)
                    {
                        Interlocked.Increment(ref _candidates);
                        if (_words is not null && !_fragments.IsEmpty)
                        {
                            _triggers.AddOrUpdate(Trigger(block.CodeBlock), 1, (_, count) => count + 1);
                            if (HasBoth(block.CodeBlock))
                            {
                                Interlocked.Increment(ref _both);
                            }
                        }
                    }
                });
            });
        }

        private string ServiceTrigger(SyntaxTree tree)
        {
            foreach (var token in tree.GetRoot().DescendantTokens(descendIntoTrivia: false))
            {
                if (token.IsKind(SyntaxKind.IdentifierToken) && _serviceWords!.Contains(token.ValueText))
                {
                    return "word \"" + token.ValueText + "\"";
                }

                if (token.IsKind(SyntaxKind.StringLiteralToken))
                {
                    continue;
                }
            }

            return "a service host in a string";
        }

        private bool HasBoth(SyntaxNode codeBlock)
        {
            bool signal = false, jurisdiction = false;
            foreach (var token in codeBlock.DescendantTokens(descendIntoTrivia: false))
            {
                var kind = token.Kind();
                if (kind == SyntaxKind.NumericLiteralToken)
                {
                    jurisdiction |= token.ValueText.Length <= 5 && _words!.Contains(token.ValueText);
                }
                else if (kind is SyntaxKind.StringLiteralToken or SyntaxKind.InterpolatedStringTextToken or SyntaxKind.IdentifierToken)
                {
                    var text = token.ValueText;
                    jurisdiction |= _words!.Contains(text);
                    signal |= text.Length >= 3 && _fragments.Any(fragment => text.IndexOf(fragment, StringComparison.OrdinalIgnoreCase) >= 0);
                }

                if (signal && jurisdiction)
                {
                    return true;
                }
            }

            return false;
        }

        private string Trigger(SyntaxNode codeBlock)
        {
            foreach (var token in codeBlock.DescendantTokens(descendIntoTrivia: false))
            {
                var kind = token.Kind();
                var text = token.ValueText;
                string where;
                switch (kind)
                {
                    case SyntaxKind.StringLiteralToken:
                    case SyntaxKind.InterpolatedStringTextToken:
                        where = "string";
                        break;
                    case SyntaxKind.IdentifierToken:
                        where = token.Parent is ParameterSyntax ? "parameter" : "identifier";
                        break;
                    case SyntaxKind.NumericLiteralToken when text.Length <= 5:
                        if (_words!.Contains(text))
                        {
                            return "number " + text;
                        }

                        continue;
                    default:
                        continue;
                }

                if (_words!.Contains(text))
                {
                    return "jurisdiction word \"" + text + "\" (" + where + ")";
                }

                if (text.Length >= 3)
                {
                    foreach (var fragment in _fragments)
                    {
                        if (text.IndexOf(fragment, StringComparison.OrdinalIgnoreCase) >= 0)
                        {
                            return "fragment \"" + fragment + "\" (" + where + ")";
                        }
                    }
                }
            }

            return "unexplained";
        }
    }
}
