using System;
using System.Collections.Generic;

namespace SanctionsAnalyzers.Benchmarks.Corpus
{
    /// <summary>One generated source file.</summary>
    internal sealed class GeneratedFile
    {
        public GeneratedFile(string path, string kind, string text)
        {
            Path = path;
            Kind = kind;
            Text = text;
        }

        public string Path { get; }

        /// <summary>Which template produced it (controller, hub, gate-mail-controller, ...).</summary>
        public string Kind { get; }

        public string Text { get; }
    }

    /// <summary>Small deterministic helpers shared by the two corpus generators.</summary>
    internal static class CorpusText
    {
        public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

        /// <summary>A few distinct items, in a stable order.</summary>
        public static List<T> PickSome<T>(this Random random, IReadOnlyList<T> items, int count)
        {
            var indexes = new SortedSet<int>();
            count = Math.Min(count, items.Count);
            while (indexes.Count < count)
            {
                indexes.Add(random.Next(items.Count));
            }

            var result = new List<T>(count);
            foreach (var index in indexes)
            {
                result.Add(items[index]);
            }

            return result;
        }

        public static string Quoted(IEnumerable<string> values) => string.Join(", ", Wrap(values));

        private static IEnumerable<string> Wrap(IEnumerable<string> values)
        {
            foreach (var value in values)
            {
                yield return "\"" + value + "\"";
            }
        }

        /// <summary>A stable pseudo-random choice between templates by weight.</summary>
        public static int Weighted(this Random random, params int[] weights)
        {
            var total = 0;
            foreach (var weight in weights)
            {
                total += weight;
            }

            var roll = random.Next(total);
            for (var i = 0; i < weights.Length; i++)
            {
                if (roll < weights[i])
                {
                    return i;
                }

                roll -= weights[i];
            }

            return weights.Length - 1;
        }
    }
}
