using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Linq;

namespace SanctionsAnalyzers.Cli.Infrastructure
{
    /// <summary>
    /// The tool's command line as System.CommandLine sees it: which options exist, which take a value, their aliases.
    /// It splits the arguments into options with their values, in the order given (a --format right before an --output
    /// pairs with it, so the order matters), and positional arguments. What the values mean is <see cref="CliOptions"/>'s.
    /// </summary>
    internal static class CommandLineSyntax
    {
        private static readonly (string Name, string[] Aliases, bool TakesValue)[] Known =
        {
            ("--format", new[] { "-f" }, true),
            ("--output", new[] { "-o" }, true),
            ("--fail-on", new string[0], true),
            ("--root", new string[0], true),
            ("--parallel", new string[0], true),
            ("--verbosity", new[] { "-v" }, true),
            ("--no-progress", new string[0], false),
            ("--no-restore", new string[0], false),
            ("--include-tests", new string[0], false),
            ("--fail-on-incomplete", new string[0], false),
            ("--help", new[] { "-h", "-?" }, false),
            ("--version", new string[0], false),
        };

        /// <summary>The options (by their long name, with their value when they take one) in order, and the positional arguments.</summary>
        public static (List<(string Option, string? Value)> Options, List<string> Positional) Split(IReadOnlyList<string> args)
        {
            // Our own help text and version line: without System.CommandLine's built-in --help and --version.
            var root = new RootCommand();
            root.Options.Clear();
            var names = new Dictionary<Symbol, string>();
            var byAlias = new Dictionary<string, (string Name, bool TakesValue)>(System.StringComparer.Ordinal);
            foreach (var (name, aliases, takesValue) in Known)
            {
                Option option = takesValue
                    ? new Option<string[]>(name, aliases) { Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false }
                    : new Option<bool>(name, aliases) { Arity = ArgumentArity.Zero };
                root.Options.Add(option);
                names[option] = name;
                foreach (var alias in aliases.Append(name))
                {
                    byAlias[alias] = (name, takesValue);
                }
            }

            var positional = new Argument<string[]>("arguments") { Arity = ArgumentArity.ZeroOrMore };
            root.Arguments.Add(positional);

            // "@file" stays an argument: no response files.
            var result = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
            var missing = result.Errors.Select(e => e.SymbolResult).OfType<OptionResult>().FirstOrDefault(o => names.ContainsKey(o.Option));
            if (missing is not null)
            {
                throw new CliException("usage", "option " + names[missing.Option] + " needs a value");
            }

            var options = new List<(string, string?)>();
            var arguments = new List<string>();
            var tokens = result.Tokens;
            for (var i = 0; i < tokens.Count; i++)
            {
                var token = tokens[i];
                if (token.Type == TokenType.Option && byAlias.TryGetValue(token.Value, out var known))
                {
                    var (name, takesValue) = known;
                    var value = takesValue && i + 1 < tokens.Count && tokens[i + 1].Type == TokenType.Argument ? tokens[++i].Value : null;

                    // System.CommandLine would take "--output --format" as a file named "--format": an option is no value.
                    if (takesValue && (value is null || (value.StartsWith("--", System.StringComparison.Ordinal) && value.Length > 2)))
                    {
                        throw new CliException("usage", "option " + name + " needs a value");
                    }

                    options.Add((name, value));
                }
                else
                {
                    arguments.Add(token.Value);
                }
            }

            return (options, arguments.Concat(result.UnmatchedTokens.Where(t => !arguments.Contains(t))).ToList());
        }
    }
}
