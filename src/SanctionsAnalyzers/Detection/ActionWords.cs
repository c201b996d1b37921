using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using SanctionsAnalyzers.Policy;

namespace SanctionsAnalyzers.Detection
{
    /// <summary>
    /// Name evidence of refusals and degrades (Resources/ActionWords.txt): the words of check, call, type and result names
    /// that say an action denies, as data rather than lists in code. Loaded once from the analyzer's embedded resource.
    /// </summary>
    internal sealed class ActionWords
    {
        private const string FileName = "ActionWords.txt";

        /// <summary>Every list the file must hold, and the only ones it may.</summary>
        internal static readonly string[] ListNames =
        {
            "allow-check", "block-check", "disconnect-call", "close-call", "connection-type", "member-type", "member-remove-call", "command",
            "refusing-result", "failure", "negated", "host-check", "switched-off", "switched-off-setter", "restricted", "disable-call",
            "error-result", "input-check",
        };

        private static readonly Lazy<ActionWords> EmbeddedWords = new Lazy<ActionWords>(Load, isThreadSafe: true);

        private readonly Dictionary<string, string[]> _lists;

        private ActionWords(Dictionary<string, string[]> lists)
        {
            _lists = lists;
            FailureWords = new HashSet<string>(lists["failure"], StringComparer.Ordinal);
            NegatedWords = new HashSet<string>(lists["negated"], StringComparer.Ordinal);
            RefusingResultWords = new HashSet<string>(lists["refusing-result"], StringComparer.Ordinal);
            DisconnectCalls = new HashSet<string>(lists["disconnect-call"], StringComparer.Ordinal);
            CloseCalls = new HashSet<string>(lists["close-call"], StringComparer.Ordinal);
            MemberRemoveCalls = new HashSet<string>(lists["member-remove-call"], StringComparer.Ordinal);
            ErrorResultCalls = new HashSet<string>(lists["error-result"], StringComparer.Ordinal);
        }

        /// <summary>Method names, exactly, that make an HTTP error result (BadRequest, UnprocessableEntity, Conflict...).</summary>
        public HashSet<string> ErrorResultCalls { get; }

        public static ActionWords Embedded => EmbeddedWords.Value;

        public IReadOnlyList<string> AllowCheckPrefixes => _lists["allow-check"];

        public IReadOnlyList<string> BlockCheckPrefixes => _lists["block-check"];

        /// <summary>Prefixes of an allow-check that judges a value rather than a user (IsValid, Validate).</summary>
        public IReadOnlyList<string> InputCheckPrefixes => _lists["input-check"];

        public HashSet<string> DisconnectCalls { get; }

        public HashSet<string> CloseCalls { get; }

        public IReadOnlyList<string> ConnectionTypeWords => _lists["connection-type"];

        public IReadOnlyList<string> MemberTypeEndings => _lists["member-type"];

        /// <summary>Method names, exactly, by which a member, user or player removes itself (a kick).</summary>
        public HashSet<string> MemberRemoveCalls { get; }

        /// <summary>Console commands, each followed by the space that separates it from its argument ("kickid ").</summary>
        public IEnumerable<string> CommandPrefixes => _lists["command"].Select(c => c + " ");

        public HashSet<string> RefusingResultWords { get; }

        public HashSet<string> FailureWords { get; }

        public HashSet<string> NegatedWords { get; }

        /// <summary>First words (exact case, followed by a capital) of a check's name whose bool answer the host acts on: CanSignInAsync.</summary>
        public IReadOnlyList<string> HostCheckPrefixes => _lists["host-check"];

        public IReadOnlyList<string> SwitchedOffWords => _lists["switched-off"];

        public IReadOnlyList<string> SwitchedOffSetterWords => _lists["switched-off-setter"];

        public IReadOnlyList<string> RestrictedWords => _lists["restricted"];

        public IReadOnlyList<string> DisableCallPrefixes => _lists["disable-call"];

        internal static ActionWords Parse(TextReader reader)
        {
            var lists = new Dictionary<string, string[]>(StringComparer.Ordinal);
            foreach (var (number, line) in EmbeddedResources.DataLines(reader))
            {
                var colon = line.IndexOf(':');
                var name = colon > 0 ? line.Substring(0, colon).Trim() : string.Empty;
                var words = colon > 0 ? line.Substring(colon + 1).Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries) : Array.Empty<string>();
                if (Array.IndexOf(ListNames, name) < 0 || words.Length == 0)
                {
                    throw new InvalidDataException(FileName + " line " + number + ": expected '<list>: word word ...' with a list among " + string.Join(", ", ListNames) + ", found '" + line + "'");
                }

                if (lists.ContainsKey(name))
                {
                    throw new InvalidDataException(FileName + " line " + number + ": the list '" + name + "' is given twice");
                }

                lists.Add(name, words);
            }

            var missing = ListNames.Where(n => !lists.ContainsKey(n)).ToList();
            if (missing.Count > 0)
            {
                throw new InvalidDataException(FileName + ": missing list(s) " + string.Join(", ", missing));
            }

            return new ActionWords(lists);
        }

        private static ActionWords Load()
        {
            using var reader = new StreamReader(EmbeddedResources.Open(FileName), Encoding.UTF8);
            return Parse(reader);
        }
    }
}
