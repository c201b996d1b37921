using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SanctionsAnalyzers.Model;
using SanctionsAnalyzers.Policy;

namespace SanctionsAnalyzers.Detection
{
    /// <summary>
    /// The cheap first look at a method, on text and tokens only. A gate needs a signal (country, phone, culture,
    /// CF-IPCountry, IsoCode...) and something to compare it with: a jurisdiction ("IR", Country.Iran, 98), a list
    /// lookup (Blocked.Contains(country), whose list may live in a field or in configuration), a constant of the
    /// compilation holding a jurisdiction, or a helper whose body is a gate (<see cref="DeclarationWords"/>). Only
    /// methods where both meet get operation trees, gate finding and flow analysis (DESIGN §7).
    /// </summary>
    internal sealed class CandidateScanner
    {
        private static readonly Lazy<CandidateScanner> EmbeddedScanner =
            new Lazy<CandidateScanner>(() => new CandidateScanner(PolicyMap.Embedded, SignalCatalog.Embedded), isThreadSafe: true);

        /// <summary>
        /// Words that announce a signal besides the name fragments of Signals.xml: catalogued members and types
        /// (RegionInfo, IsoCode, TimeZoneInfo, Uri.Host), geo headers and claim types. Signals.xml's exclusions are
        /// not applied: a pre-filter may let too much through, never too little.
        /// </summary>
        private static readonly string[] ExtraSignalFragments = { "geo", "isocode", "region", "timezone", "tld", "host", "ctry", "ipaddress" };

        /// <summary>
        /// Calls that look a value up in a list: a block list or allow-list may hold the jurisdictions. A regex match is one
        /// too: its pattern, often a field declared elsewhere (<c>new Regex("^(IR|KP)$")</c>), is the list.
        /// </summary>
        private static readonly HashSet<string> MembershipCalls = new HashSet<string>(
            new[] { "Contains", "ContainsKey", "TryGetValue", "Exists", "Any", "HasClaim", "IsMatch", "Match" }
                .Concat(ApiKnowledge.Embedded.MemberNames(ApiRole.IndexOf))
                .Concat(ApiKnowledge.Embedded.MemberNames(ApiRole.Exists)),
            StringComparer.Ordinal);

        /// <summary>
        /// Calls that are a lookup only when handed a predicate (<c>Count(c =&gt; c == country)</c>, <c>Where(...)</c>,
        /// <c>FirstOrDefault(...)</c>): without one they are everywhere, and counting them would bind many more methods.
        /// </summary>
        private static readonly HashSet<string> PredicateCalls = new HashSet<string>(
            ApiKnowledge.Embedded.MemberNames(ApiRole.Count)
                .Concat(ApiKnowledge.Embedded.MemberNames(ApiRole.Filter))
                .Concat(ApiKnowledge.Embedded.PickNames()),
            StringComparer.Ordinal);

        /// <summary>
        /// Calls handed a delegate whose answer the host branches on (<c>RequireAssertion</c>, the <c>verdict</c> rows): a
        /// test returned from it is a branch, though the code holds no <c>if</c>.
        /// </summary>
        private static readonly HashSet<string> VerdictCalls = new HashSet<string>(ApiKnowledge.Embedded.MemberNames(ApiRole.Verdict), StringComparer.Ordinal);

        private static readonly FragmentMatcher VerdictCallWords = new FragmentMatcher(VerdictCalls);

        private readonly HashSet<string> _jurisdictionWords;
        private readonly HashSet<int> _jurisdictionNumbers;

        /// <summary>Jurisdiction words and list lookups, for the text look (as whole words, ignoring case).</summary>
        private readonly FragmentMatcher _comparables;

        /// <summary>Parts of identifiers named after a place (IranBlocks, IsIranian): name evidence for a jurisdiction.</summary>
        private readonly FragmentMatcher _placeNames;

        private CandidateScanner(PolicyMap policy, SignalCatalog signals)
        {
            _jurisdictionWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            _jurisdictionNumbers = new HashSet<int>();
            foreach (var identifier in policy.Jurisdictions.SelectMany(j => j.Identifiers))
            {
                _jurisdictionWords.Add(identifier.Value);
                if (identifier.Kind == IdentifierKind.Name)
                {
                    // Enum members and constants spell names without spaces: NorthKorea, IslamicRepublicOfIran.
                    _jurisdictionWords.Add(identifier.Value.Replace(" ", string.Empty).Replace("'", string.Empty).Replace(",", string.Empty));
                }

                // Calling and numeric codes compared as numbers: number.CountryCode == 98.
                if (identifier.Value.Length <= 9 && identifier.Value.All(c => c is >= '0' and <= '9'))
                {
                    _jurisdictionNumbers.Add(int.Parse(identifier.Value, System.Globalization.CultureInfo.InvariantCulture));
                }
            }

            _comparables = new FragmentMatcher(_jurisdictionWords.Concat(MembershipCalls).Concat(PredicateCalls).Concat(new[] { "foreach", "for" }));
            _placeNames = new FragmentMatcher(PlaceNames.For(policy).Fragments);

            var fragments = new List<string>(ExtraSignalFragments);
            fragments.AddRange(signals.Names.Select(n => n.Fragment));

            // Headers, claim types and member names no fragment covers (X-Akamai-Edgescape, StandardName) count whole.
            var whole = signals.Headers.Keys.Concat(signals.Claims.Keys).Concat(signals.Members.Select(m => m.MemberName).Where(n => n.Length >= 5));
            fragments.AddRange(whole.Where(w => !fragments.Any(f => w.IndexOf(f, StringComparison.OrdinalIgnoreCase) >= 0)).ToList());

            SignalFragments = fragments.Select(f => f.ToLowerInvariant()).Distinct().ToArray();
            Signals = new FragmentMatcher(SignalFragments);
        }

        public static CandidateScanner Embedded => EmbeddedScanner.Value;

        /// <summary>The lowercase fragments whose presence (ignoring case) makes text a possible signal.</summary>
        public IReadOnlyList<string> SignalFragments { get; }

        /// <summary>Matches <see cref="SignalFragments"/>.</summary>
        public FragmentMatcher Signals { get; }

        /// <summary>A scanner for a policy with configured extra identifiers.</summary>
        public static CandidateScanner For(PolicyMap policy, SignalCatalog signals) => new CandidateScanner(policy, signals);

        /// <summary>
        /// Whether a code block may hold a gate: a cheap text look first (most methods never mention a signal or a
        /// gate helper), then one pass over its tokens.
        /// </summary>
        public bool IsCandidate(SyntaxNode codeBlock, string treeText, DeclarationWords declarations) =>
            MentionsSignalOrHelper(codeBlock, treeText, declarations) && MakeCandidate(Scan(codeBlock, declarations, stopWhenCandidate: true));

        /// <summary>What the scan saw in a code block ("signal, jurisdiction"), for tests and the benchmark's probe.</summary>
        public string Explain(SyntaxNode codeBlock, string treeText, DeclarationWords declarations)
        {
            if (!MentionsSignalOrHelper(codeBlock, treeText, declarations))
            {
                return "text: no signal, branch and jurisdiction or list lookup together";
            }

            var facts = Scan(codeBlock, declarations, stopWhenCandidate: false);
            var seen = Enum.GetValues(typeof(Facts)).Cast<Facts>().Where(f => f != Facts.None && (facts & f) != 0).Select(f => f.ToString());
            return (MakeCandidate(facts) ? "candidate: " : "not a candidate: ") + string.Join(", ", seen);
        }

        /// <summary>
        /// The text must name a signal (or a constant or helper standing for one), hold a branch, and name a jurisdiction,
        /// a list lookup or a constant or helper standing for one; only then are the tokens read. Where the text may spell
        /// a value differently from its token (escapes, hex numbers, literals joined by +), the tokens decide.
        /// </summary>
        private bool MentionsSignalOrHelper(SyntaxNode codeBlock, string treeText, DeclarationWords declarations)
        {
            var span = codeBlock.Span;
            var (start, end) = (span.Start, span.End);
            if (TextPrefilter.HasEscapes(treeText, start, end) || TextPrefilter.HasLiteralConcatenation(treeText, start, end))
            {
                return true;
            }

            return (Signals.FoundIn(treeText, start, end) || declarations.SignalNames.FoundIn(treeText, start, end))
                && (TextPrefilter.MayBranch(treeText, start, end) || VerdictCallWords.FoundIn(treeText, start, end))
                && (_comparables.FoundWord(treeText, start, end) || declarations.ComparableNames.FoundIn(treeText, start, end)
                    || _placeNames.FoundIn(treeText, start, end)
                    || TextPrefilter.HasUnusualNumbers(treeText, start, end));
        }

        /// <summary>Whether a tree mentions a signal, read from its tokens: for text with escapes or joined literals, which the text search cannot read.</summary>
        public bool TokensMentionSignal(SyntaxNode root) => (Scan(root, DeclarationWords.Empty, stopWhenCandidate: false) & Facts.Signal) != 0;

        /// <summary>The names of the compilation's members that hold a jurisdiction or a signal, and of its gate helpers.</summary>
        public DeclarationWords IndexDeclarations(IEnumerable<SyntaxTree> trees, CancellationToken cancellationToken)
        {
            var jurisdictionConstants = new HashSet<string>(StringComparer.Ordinal);
            var signalConstants = new HashSet<string>(StringComparer.Ordinal);
            var boolMethods = new List<MethodDeclarationSyntax>();
            var boolProperties = new List<PropertyDeclarationSyntax>();
            var textMethods = new List<MethodDeclarationSyntax>();
            var flagHolders = new HashSet<TypeDeclarationSyntax>();
            var flagProperties = new HashSet<string>(StringComparer.Ordinal);
            foreach (var tree in trees)
            {
                foreach (var member in DeclarationWords.Members(tree.GetRoot(cancellationToken)))
                {
                    switch (member)
                    {
                        case FieldDeclarationSyntax field when DeclarationWords.IsNamedConstant(field):
                            foreach (var variable in field.Declaration.Variables)
                            {
                                if (variable.Initializer is not null)
                                {
                                    AddConstant(Scan(variable.Initializer, DeclarationWords.Empty, stopWhenCandidate: false), variable.Identifier.ValueText, jurisdictionConstants, signalConstants);
                                }
                            }

                            break;
                        case FieldDeclarationSyntax flag when flag.Parent is TypeDeclarationSyntax holder && IsPrivateBool(flag):
                            flagHolders.Add(holder);
                            break;
                        case EnumDeclarationSyntax enumeration when enumeration.Members.Any(m => (Scan(m, DeclarationWords.Empty, stopWhenCandidate: false) & Facts.Jurisdiction) != 0):
                            // enum EmbargoedRegion { CU, IR, KP }: where the type is named (Enum.TryParse<EmbargoedRegion>), its members are.
                            jurisdictionConstants.Add(enumeration.Identifier.ValueText);
                            break;
                        case MethodDeclarationSyntax method when DeclarationWords.MayBeHelper(method):
                            boolMethods.Add(method);
                            break;
                        case MethodDeclarationSyntax method when DeclarationWords.MayReturnSignal(method):
                            textMethods.Add(method);
                            break;
                        case PropertyDeclarationSyntax property when DeclarationWords.GetterOfBoolProperty(property) is not null:
                            boolProperties.Add(property);
                            break;
                        case PropertyDeclarationSyntax auto when IsBoolAutoProperty(auto):
                            flagProperties.Add(auto.Identifier.ValueText);
                            break;
                    }

                    // A classifier (Admission Classify(string country) => country switch { "IR" => ... }) and a method returning a
                    // decision object (GeoDecision Evaluate() => blocked ? GeoDecision.Blocked(code) : ...) are asked like bool helpers.
                    if (member is MethodDeclarationSyntax classifier && (DeclarationWords.MayBeClassifier(classifier) || DeclarationWords.MayBeDecider(classifier)))
                    {
                        boolMethods.Add(classifier);
                    }
                }
            }

            // ReturnedSignals: a text method whose body reads a signal (string ResolveIso(ip) => reader.Country(ip).Country.IsoCode)
            // stands for that signal where it is called.
            foreach (var method in textMethods)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if ((Scan((SyntaxNode?)method.Body ?? method.ExpressionBody!, DeclarationWords.Empty, stopWhenCandidate: false) & Facts.Signal) != 0)
                {
                    signalConstants.Add(method.Identifier.ValueText);
                }
            }

            // HelperSummaries: a bool method whose body compares its parameter (or a signal it reads) with jurisdictions or a list.
            var constants = new DeclarationWords(jurisdictionConstants, signalConstants, null, null);
            var takingSignal = new HashSet<string>(StringComparer.Ordinal);
            var readingSignal = new HashSet<string>(StringComparer.Ordinal);
            foreach (var method in boolMethods)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var facts = Scan((SyntaxNode?)method.Body ?? method.ExpressionBody!, constants, stopWhenCandidate: false);
                if ((facts & (Facts.Jurisdiction | Facts.Membership | Facts.JurisdictionConstant)) == 0)
                {
                    continue;
                }

                if (method.ParameterList.Parameters.Count > 0)
                {
                    takingSignal.Add(method.Identifier.ValueText);
                }

                if ((facts & Facts.Signal) != 0)
                {
                    readingSignal.Add(method.Identifier.ValueText);
                }
            }

            // A bool property whose getter is a gate on a signal it reads (bool ReadOnlyRegion => Request.Headers[...] == "IR").
            foreach (var property in boolProperties)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var facts = Scan(DeclarationWords.GetterOfBoolProperty(property)!, constants, stopWhenCandidate: false);
                if ((facts & Facts.Signal) != 0 && (facts & (Facts.Jurisdiction | Facts.Membership | Facts.JurisdictionConstant)) != 0)
                {
                    readingSignal.Add(property.Identifier.ValueText);
                }
            }

            // A private bool flag set from a gate (_unavailable = Blocked.Contains(region.Country)) and tested in another member.
            foreach (var holder in flagHolders)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var flags = new HashSet<string>(holder.Members.OfType<FieldDeclarationSyntax>().Where(IsPrivateBool)
                    .SelectMany(f => f.Declaration.Variables).Select(v => v.Identifier.ValueText), StringComparer.Ordinal);
                foreach (var assignment in holder.DescendantNodes().OfType<AssignmentExpressionSyntax>())
                {
                    var target = assignment.Left is MemberAccessExpressionSyntax access ? access.Name : assignment.Left;
                    if (target is SimpleNameSyntax name && flags.Contains(name.Identifier.ValueText))
                    {
                        // ... or from a helper that reads one (_available = AccessPolicy.CanAccess(student)).
                        var facts = Scan(assignment.Right, constants, stopWhenCandidate: false);
                        if (((facts & Facts.Signal) != 0 && (facts & (Facts.Jurisdiction | Facts.Membership | Facts.JurisdictionConstant)) != 0)
                            || assignment.Right.DescendantTokens().Any(t => t.IsKind(SyntaxKind.IdentifierToken) && readingSignal.Contains(t.ValueText)))
                        {
                            readingSignal.Add(name.Identifier.ValueText);
                        }
                    }
                }
            }

            // A bool auto-property written from a gate anywhere (new CallerSession { CallsAllowed = !Embargoed.Contains(country) })
            // and tested in another member: one pass over the identifiers of the files whose text names a signal (the
            // value written must read one), then only the assignments to such a property.
            if (flagProperties.Count > 0)
            {
                foreach (var tree in trees)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var text = tree.GetText(cancellationToken).ToString();
                    if (!Signals.FoundIn(text, 0, text.Length))
                    {
                        continue;
                    }

                    foreach (var token in tree.GetRoot(cancellationToken).DescendantTokens())
                    {
                        if (token.IsKind(SyntaxKind.IdentifierToken) && flagProperties.Contains(token.ValueText)
                            && token.Parent is IdentifierNameSyntax written && AssignmentTo(written) is { } assignment)
                        {
                            var facts = Scan(assignment.Right, constants, stopWhenCandidate: false);
                            if (((facts & Facts.Signal) != 0 && (facts & (Facts.Jurisdiction | Facts.Membership | Facts.JurisdictionConstant)) != 0)
                                || assignment.Right.DescendantTokens().Any(t => t.IsKind(SyntaxKind.IdentifierToken) && readingSignal.Contains(t.ValueText)))
                            {
                                readingSignal.Add(token.ValueText);
                            }
                        }
                    }
                }
            }

            return new DeclarationWords(jurisdictionConstants, signalConstants, takingSignal, readingSignal);
        }

        /// <summary>The assignment whose target is <paramref name="name"/> (<c>CallsAllowed = ...</c>, <c>session.CallsAllowed = ...</c>).</summary>
        private static AssignmentExpressionSyntax? AssignmentTo(IdentifierNameSyntax name)
        {
            SyntaxNode target = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : name;
            return target.Parent is AssignmentExpressionSyntax assignment && assignment.Left == target ? assignment : null;
        }

        private static bool IsBoolAutoProperty(PropertyDeclarationSyntax property) =>
            property.Type is PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.BoolKeyword }
            && property.ExpressionBody is null
            && property.AccessorList is { } accessors && accessors.Accessors.All(a => a.Body is null && a.ExpressionBody is null)
            && !property.Modifiers.Any(m => m.IsKind(SyntaxKind.StaticKeyword));

        /// <summary>
        /// Whether a foreach's collection is, or is a local written in the same method from, a call handed a lambda
        /// (<c>logs.Where(e =&gt; ...).Select(...)</c>): read on the syntax, as the pre-filter is.
        /// </summary>
        private static bool LoopsOverAFilter(SyntaxToken token)
        {
            if (token.Parent is not ForEachStatementSyntax loop)
            {
                return false;
            }

            var collection = loop.Expression;
            if (collection is IdentifierNameSyntax name && loop.FirstAncestorOrSelf<BaseMethodDeclarationSyntax>() is { } method)
            {
                collection = method.DescendantNodes().OfType<VariableDeclaratorSyntax>()
                    .FirstOrDefault(v => v.Identifier.ValueText == name.Identifier.ValueText)?.Initializer?.Value ?? collection;
            }

            return collection.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>()
                .Any(call => call.ArgumentList.Arguments.Any(a => a.Expression is LambdaExpressionSyntax));
        }

        private static bool IsPrivateBool(FieldDeclarationSyntax field) =>
            field.Declaration.Type is PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.BoolKeyword }
            && !field.Modifiers.Any(m => m.IsKind(SyntaxKind.ConstKeyword) || m.IsKind(SyntaxKind.PublicKeyword) || m.IsKind(SyntaxKind.InternalKeyword) || m.IsKind(SyntaxKind.ProtectedKeyword));

        /// <summary>
        /// A branch (GeoBlockFinder looks at if, ?: and switch only) and either a call to a helper that reads the signal
        /// itself or a signal with something to compare it with.
        /// </summary>
        private static bool MakeCandidate(Facts facts) =>
            (facts & Facts.Branch) != 0
            && ((facts & Facts.GateHelper) != 0
                || ((facts & Facts.Signal) != 0 && (facts & (Facts.Jurisdiction | Facts.Membership | Facts.JurisdictionConstant | Facts.HelperTakingSignal)) != 0));

        private static void AddConstant(Facts facts, string name, HashSet<string> jurisdictionConstants, HashSet<string> signalConstants)
        {
            if ((facts & Facts.Jurisdiction) != 0)
            {
                jurisdictionConstants.Add(name);
            }

            if ((facts & Facts.Signal) != 0)
            {
                signalConstants.Add(name);
            }
        }

        /// <summary>One pass over the tokens, in no particular order; a code block's stops once it is known to be a candidate.</summary>
        private Facts Scan(SyntaxNode node, DeclarationWords declarations, bool stopWhenCandidate)
        {
            var facts = Facts.None;
            var joinedValues = new Dictionary<SyntaxNode, string?>();
            var pending = new Stack<SyntaxNode>();
            pending.Push(node);
            while (pending.Count > 0)
            {
                foreach (var child in pending.Pop().ChildNodesAndTokens())
                {
                    if (child.IsNode)
                    {
                        pending.Push(child.AsNode()!);
                        continue;
                    }

                    facts |= Classify(child.AsToken(), facts, declarations, joinedValues);
                    if (stopWhenCandidate && MakeCandidate(facts))
                    {
                        return facts;
                    }
                }
            }

            return facts;
        }

        private Facts Classify(SyntaxToken token, Facts known, DeclarationWords declarations, Dictionary<SyntaxNode, string?> joinedValues)
        {
            switch (token.Kind())
            {
                case SyntaxKind.ForEachKeyword:
                    // A loop over a list that tests each entry in an if is a lookup too; most loops are not. A loop over a
                    // filtered collection (foreach (var id in logs.Where(e => ...))) branches on the filter: a branch.
                    return (TestsItsEntry(token) ? Facts.Membership : Facts.None) | (LoopsOverAFilter(token) ? Facts.Branch : Facts.None);

                case SyntaxKind.ForKeyword:
                    // for (var i = 0; i < Blocked.Length; i++) if (Blocked[i] == country): the same lookup by position.
                    return TestsEntryAtIndex(token) ? Facts.Membership : Facts.None;

                case SyntaxKind.IdentifierToken:
                    var name = token.ValueText;
                    var facts = Facts.None;
                    if ((known & Facts.Signal) == 0 && (Signals.FoundIn(name) || declarations.SignalConstants.Contains(name)))
                    {
                        facts |= Facts.Signal;
                    }

                    if ((known & Facts.Jurisdiction) == 0 && (_jurisdictionWords.Contains(name) || _placeNames.FoundIn(name)))
                    {
                        facts |= Facts.Jurisdiction;
                    }

                    if (VerdictCalls.Contains(name))
                    {
                        facts |= Facts.Branch;
                    }

                    if (MembershipCalls.Contains(name) || (PredicateCalls.Contains(name) && IsCalledWithALambda(token)))
                    {
                        facts |= Facts.Membership;
                    }

                    if (declarations.JurisdictionConstants.Contains(name))
                    {
                        facts |= Facts.JurisdictionConstant;
                    }

                    if (declarations.HelpersTakingSignal.Contains(name))
                    {
                        facts |= Facts.HelperTakingSignal;
                    }

                    if (declarations.HelpersReadingSignal.Contains(name))
                    {
                        facts |= Facts.GateHelper;
                    }

                    return facts;

                case SyntaxKind.StringLiteralToken:
                case SyntaxKind.InterpolatedStringTextToken:
                case SyntaxKind.SingleLineRawStringLiteralToken:
                case SyntaxKind.MultiLineRawStringLiteralToken:
                case SyntaxKind.CharacterLiteralToken:
                    var text = FoldedValue(token, joinedValues);
                    return ((known & Facts.Jurisdiction) == 0 && IsJurisdictionText(text) ? Facts.Jurisdiction : Facts.None)
                        | ((known & Facts.Signal) == 0 && Signals.FoundIn(text) ? Facts.Signal : Facts.None);

                case SyntaxKind.NumericLiteralToken when (known & Facts.Jurisdiction) == 0:
                    return IsJurisdictionNumber(token) ? Facts.Jurisdiction : Facts.None;

                // if, switch (statement or expression) and ?:; not string? or ?.
                case SyntaxKind.IfKeyword:
                case SyntaxKind.SwitchKeyword:
                    return Facts.Branch;

                case SyntaxKind.QuestionToken when token.Parent.IsKind(SyntaxKind.ConditionalExpression):
                    return Facts.Branch;

                default:
                    return Facts.None;
            }
        }

        /// <summary><c>foreach (var code in Blocked) if (phone.StartsWith(code)) ...</c>: an if in the body names the loop variable.</summary>
        private static bool TestsItsEntry(SyntaxToken foreachKeyword)
        {
            if (foreachKeyword.Parent is not ForEachStatementSyntax loop)
            {
                return false;
            }

            var variable = loop.Identifier.ValueText;
            return loop.Statement.DescendantNodesAndSelf().OfType<IfStatementSyntax>()
                .Any(test => test.Condition.DescendantTokens().Any(t => t.IsKind(SyntaxKind.IdentifierToken) && t.ValueText == variable));
        }

        /// <summary><c>for (var i = 0; ...; i++) if (Blocked[i] == country)</c>: an if in the body reads an element at the loop index.</summary>
        private static bool TestsEntryAtIndex(SyntaxToken forKeyword)
        {
            if (forKeyword.Parent is not ForStatementSyntax { Declaration.Variables: { Count: 1 } variables } loop)
            {
                return false;
            }

            var index = variables[0].Identifier.ValueText;
            return loop.Statement.DescendantNodesAndSelf().OfType<IfStatementSyntax>()
                .Any(test => test.Condition.DescendantNodesAndSelf().OfType<ElementAccessExpressionSyntax>()
                    .Any(access => access.ArgumentList.Arguments.Count == 1 && access.ArgumentList.Arguments[0].Expression is IdentifierNameSyntax { Identifier.ValueText: var name } && name == index));
        }

        /// <summary><c>list.Count(c =&gt; ...)</c>: the name is invoked with a lambda argument.</summary>
        private static bool IsCalledWithALambda(SyntaxToken name)
        {
            var invoked = name.Parent is { Parent: MemberAccessExpressionSyntax access } && access.Name == name.Parent ? access : name.Parent;
            return invoked?.Parent is InvocationExpressionSyntax { ArgumentList: { } arguments }
                && arguments.Arguments.Any(a => a.Expression is LambdaExpressionSyntax);
        }

        /// <summary>
        /// A literal's value, or the value of the whole constant it is joined into by <c>+</c> with other literals:
        /// <c>"CF-IPC" + "ountry"</c> compares as "CF-IPCountry". A chain is read once per scan (<paramref name="joinedValues"/>):
        /// a thousand literals joined by + would otherwise read the chain a thousand times.
        /// </summary>
        private static string FoldedValue(SyntaxToken token, Dictionary<SyntaxNode, string?> joinedValues)
        {
            SyntaxNode? joined = null;
            for (var node = token.Parent?.Parent; node is ParenthesizedExpressionSyntax || node.IsKind(SyntaxKind.AddExpression); node = node!.Parent)
            {
                if (node.IsKind(SyntaxKind.AddExpression))
                {
                    joined = node;
                }
            }

            if (joined is null)
            {
                return token.ValueText;
            }

            if (!joinedValues.TryGetValue(joined, out var value))
            {
                value = joined.DescendantNodes().All(n => n is LiteralExpressionSyntax or ParenthesizedExpressionSyntax || n.IsKind(SyntaxKind.AddExpression))
                    ? string.Concat(joined.DescendantTokens().Where(t => t.IsKind(SyntaxKind.StringLiteralToken) || t.IsKind(SyntaxKind.CharacterLiteralToken)).Select(t => t.ValueText))
                    : null;
                joinedValues.Add(joined, value);
            }

            return value ?? token.ValueText;
        }

        /// <summary>PolicyMap.MatchIdentifier trims its input: " IR " names Iran too.</summary>
        private bool IsJurisdictionText(string text) =>
            text.Length > 0
            && (_jurisdictionWords.Contains(text)
                || ((char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[text.Length - 1])) && _jurisdictionWords.Contains(text.Trim())));

        /// <summary>The literal's digits, read without formatting its value into a new string.</summary>
        private bool IsJurisdictionNumber(SyntaxToken token)
        {
            var text = token.Text;
            if (text.Length > 9)
            {
                return false;
            }

            var value = 0;
            foreach (var c in text)
            {
                if (c is < '0' or > '9')
                {
                    // 0x62, 98_0: rare spellings, read through the parsed value.
                    return token.Value is int parsed && _jurisdictionNumbers.Contains(parsed);
                }

                value = (value * 10) + (c - '0');
            }

            return _jurisdictionNumbers.Contains(value);
        }

        [Flags]
        private enum Facts
        {
            None = 0,
            Signal = 1,
            Jurisdiction = 2,
            Membership = 4,
            JurisdictionConstant = 8,
            HelperTakingSignal = 16,
            GateHelper = 32,
            Branch = 64,
        }
    }
}
