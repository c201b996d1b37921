using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SanctionsAnalyzers.Tests.Configuration;

namespace SanctionsAnalyzers.Tests.Robustness
{
    /// <summary>
    /// A file's text as the compiler reads it from disk: its bytes in some encoding, decoded with BOM detection and UTF-8
    /// otherwise (<see cref="SourceText.From(Stream, Encoding?, SourceHashAlgorithm, bool)"/>).
    /// </summary>
    internal static class EncodedText
    {
        public static readonly string[] Encodings =
        {
            "utf-8", "utf-8 BOM", "utf-16LE BOM", "utf-16BE BOM", "utf-32 BOM", "utf-16LE read as utf-8", "latin-1 read as utf-8",
        };

        /// <summary>Encodings whose decoding gives the text back (a BOM is not part of the text).</summary>
        public static readonly string[] Faithful = { "utf-8", "utf-8 BOM", "utf-16LE BOM", "utf-16BE BOM", "utf-32 BOM" };

        public static SourceText Decode(string text, string encoding)
        {
            using var stream = new MemoryStream(Encode(text, encoding));
            return SourceText.From(stream, encoding: null);
        }

        public static AdditionalText File(string path, string text, string encoding) => new TestAdditionalText(path, Decode(text, encoding));

        private static byte[] Encode(string text, string encoding) => encoding switch
        {
            "utf-8" => new UTF8Encoding(false).GetBytes(text),
            "utf-8 BOM" => WithPreamble(new UTF8Encoding(true), text),
            "utf-16LE BOM" => WithPreamble(new UnicodeEncoding(false, true), text),
            "utf-16BE BOM" => WithPreamble(new UnicodeEncoding(true, true), text),
            "utf-32 BOM" => WithPreamble(new UTF32Encoding(false, true), text),
            "utf-16LE read as utf-8" => new UnicodeEncoding(false, false).GetBytes(text),
            _ => Encoding.Latin1.GetBytes(text),
        };

        private static byte[] WithPreamble(Encoding encoding, string text) => encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray();
    }
}
