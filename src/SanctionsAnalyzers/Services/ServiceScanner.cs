using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SanctionsAnalyzers.Services
{
    /// <summary>
    /// The cheap first look for the service inventory, per syntax tree: does the file name a catalogued namespace or
    /// type, or a service host? Only such files get operation trees for SANC2001.
    /// </summary>
    internal sealed class ServiceScanner
    {
        private readonly ImmutableHashSet<string> _words;
        private readonly ServiceCatalog _catalog;
        private readonly ConcurrentDictionary<SyntaxTree, bool> _trees = new ConcurrentDictionary<SyntaxTree, bool>();

        public ServiceScanner(ServiceCatalog catalog)
        {
            _catalog = catalog;
            var words = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
            foreach (var api in catalog.Apis)
            {
                var name = api.NamespaceName ?? api.TypeName!;
                foreach (var part in name.Split('.'))
                {
                    var tick = part.IndexOf('`');
                    words.Add(tick < 0 ? part : part.Substring(0, tick));
                }
            }

            // Too common to say anything on their own.
            foreach (var common in new[] { "Microsoft", "System", "Net", "Azure", "Amazon", "Google", "Cloud", "Api", "Rest", "Item", "Users", "Me", "V1", "V2", "V3" })
            {
                words.Remove(common);
            }

            _words = words.ToImmutable();
        }

        public bool MentionsAService(SyntaxTree tree) => _trees.GetOrAdd(tree, Scan);

        private bool Scan(SyntaxTree tree)
        {
            foreach (var token in tree.GetRoot().DescendantTokens(descendIntoTrivia: false))
            {
                if (token.IsKind(SyntaxKind.IdentifierToken) && _words.Contains(token.ValueText))
                {
                    return true;
                }

                if (token.IsKind(SyntaxKind.StringLiteralToken) && _catalog.MatchHost(token.ValueText) is not null)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
