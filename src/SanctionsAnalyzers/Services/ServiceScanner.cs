using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SanctionsAnalyzers.Analysis;
using SanctionsAnalyzers.Detection;

namespace SanctionsAnalyzers.Services
{
    /// <summary>
    /// The cheap first look for the service inventory, per syntax tree: does the file name a catalogued API that this
    /// compilation can use, a package whose author declared service categories, <c>[CommunicationService]</c>, or a
    /// service host? Only such files get operation trees for SANC2001 and controller-action features. The text is
    /// searched first; a hit counts only when the token there is the identifier or string literal it should be.
    /// </summary>
    internal sealed class ServiceScanner
    {
        /// <summary>Namespace parts too common to say anything on their own.</summary>
        private static readonly HashSet<string> CommonWords = new HashSet<string>(StringComparer.Ordinal)
        {
            "Microsoft", "System", "Net", "Azure", "Amazon", "Google", "Cloud", "Api", "Rest", "Item", "Users", "Me", "V1", "V2", "V3",
        };

        private readonly SanctionsCompilationContext _context;
        private readonly Lazy<Words> _words;
        private readonly ConcurrentDictionary<SyntaxTree, bool> _trees = new ConcurrentDictionary<SyntaxTree, bool>();

        public ServiceScanner(SanctionsCompilationContext context, CancellationToken cancellationToken)
        {
            _context = context;
            _words = new Lazy<Words>(() => Collect(context, cancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        /// <summary>The identifiers that name a service in this compilation (for tests and the benchmark's probe).</summary>
        public IReadOnlyCollection<string> Identifiers => _words.Value.Identifiers;

        public bool MentionsAService(SyntaxTree tree, CancellationToken cancellationToken) =>
            _trees.GetOrAdd(tree, t => Scan(t, cancellationToken));

        /// <summary>Whether any file of the compilation mentions a service; the others are scanned on demand.</summary>
        public bool AnyMention(CancellationToken cancellationToken) =>
            _context.Compilation.SyntaxTrees.Any(tree => MentionsAService(tree, cancellationToken));

        private bool Scan(SyntaxTree tree, CancellationToken cancellationToken)
        {
            var words = _words.Value;
            var text = _context.TextOf(tree, cancellationToken);
            var root = tree.GetRoot(cancellationToken);

            // Escaped identifiers and strings do not read as their values in the text: read every token instead.
            if (TextPrefilter.HasEscapes(text, 0, text.Length))
            {
                return root.DescendantTokens().Any(token => Names(token, words));
            }

            for (var at = words.Matcher.IndexIn(text, 0, text.Length, out _); at >= 0; at = words.Matcher.IndexIn(text, at + 1, text.Length, out _))
            {
                // Comments and look-alikes ("MySmtpClient", "SmtpClientOptions") do not count: the token must be the word.
                if (Names(root.FindToken(at), words))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>An identifier that is a service word, or a string literal naming a service host.</summary>
        private bool Names(SyntaxToken token, Words words) =>
            token.IsKind(SyntaxKind.IdentifierToken) ? words.Identifiers.Contains(token.ValueText) || words.Configured.Contains(token.ValueText)
                : token.IsKind(SyntaxKind.StringLiteralToken) && _context.Catalog.MatchHost(token.ValueText) is not null;

        private static Words Collect(SanctionsCompilationContext context, CancellationToken cancellationToken)
        {
            var compilation = context.Compilation;
            var identifiers = new HashSet<string>(StringComparer.Ordinal)
            {
                // Declared categories: [CommunicationService("chat")] on a method or its type.
                "CommunicationService", "CommunicationServiceAttribute",
            };

            // Catalogued types by name, catalogued namespaces by their parts; only what this compilation can reach:
            // an application without Twilio has no use of Twilio to find.
            foreach (var api in context.Catalog.Apis.Where(a => a.Use == ApiUse.Call))
            {
                if (api.TypeName is not null)
                {
                    foreach (var type in compilation.GetTypesByMetadataName(api.TypeName))
                    {
                        identifiers.Add(type.Name);
                    }
                }
                else if (FindNamespace(compilation.GlobalNamespace, api.NamespaceName!) is not null)
                {
                    AddParts(identifiers, api.NamespaceName!);
                }
            }

            // Packages whose author declared categories: any of their namespaces or public types.
            foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (context.MetadataOf(assembly) is { Categories.IsEmpty: false })
                {
                    AddDeclaredNames(identifiers, assembly.GlobalNamespace);
                }
            }

            // Categories declared in configuration (sanctions_analyzers.category.Contoso.ChatController), whose keys
            // arrive lowercased: matched ignoring case.
            var configured = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var key in context.Overrides.FeatureCategories.Keys)
            {
                configured.UnionWith(key.Split(new[] { '.', '(', ')', ',', ' ', '<', '>', '[', ']', '?' }, StringSplitOptions.RemoveEmptyEntries));
            }

            // "*.zoom.us" is found through "zoom.us"; MatchHost decides.
            var hosts = context.Catalog.Hosts.Select(h => h.Name.StartsWith("*.", StringComparison.Ordinal) ? h.Name.Substring(2) : h.Name);
            return new Words(identifiers, configured, new FragmentMatcher(identifiers.Concat(configured).Concat(hosts)));
        }

        private static INamespaceSymbol? FindNamespace(INamespaceSymbol global, string name)
        {
            var current = global;
            foreach (var part in name.Split('.'))
            {
                current = current.GetNamespaceMembers().FirstOrDefault(n => n.Name == part);
                if (current is null)
                {
                    return null;
                }
            }

            return current;
        }

        private static void AddDeclaredNames(HashSet<string> identifiers, INamespaceSymbol ns)
        {
            var pending = new Stack<INamespaceSymbol>();
            pending.Push(ns);
            while (pending.Count > 0)
            {
                var current = pending.Pop();
                var types = current.GetTypeMembers().Where(t => t.DeclaredAccessibility == Accessibility.Public).ToList();
                if (types.Count > 0 && !current.IsGlobalNamespace)
                {
                    AddParts(identifiers, current.ToDisplayString());
                }

                identifiers.UnionWith(types.Select(t => t.Name));
                foreach (var child in current.GetNamespaceMembers())
                {
                    pending.Push(child);
                }
            }
        }

        private static void AddParts(HashSet<string> identifiers, string dottedName)
        {
            foreach (var part in dottedName.Split('.'))
            {
                if (!CommonWords.Contains(part))
                {
                    identifiers.Add(part);
                }
            }
        }

        private sealed class Words
        {
            public Words(HashSet<string> identifiers, HashSet<string> configured, FragmentMatcher matcher)
            {
                Identifiers = identifiers;
                Configured = configured;
                Matcher = matcher;
            }

            public HashSet<string> Identifiers { get; }

            public HashSet<string> Configured { get; }

            /// <summary>The identifiers and host names, ignoring case: where in the text to look at the token.</summary>
            public FragmentMatcher Matcher { get; }
        }
    }
}
