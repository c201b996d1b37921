using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml;
using NuGet.Packaging;
using NuGet.Packaging.Core;

namespace SanctionsAnalyzers.Cli.Packages
{
    /// <summary>
    /// A .nupkg opened for reading only, with every entry checked before anything is read: entry names that would
    /// escape an extraction folder (zip-slip), oversized entries and archives, and a missing or invalid .nuspec are
    /// refused with a <see cref="PackageException"/>. Entries are read into memory with a hard limit, never extracted.
    /// </summary>
    public sealed class SafePackage : IDisposable
    {
        public const long MaxPackageBytes = 1L << 30;
        public const long MaxEntryBytes = 256L << 20;
        public const long MaxTotalBytes = 2L << 30;
        public const int MaxEntries = 100_000;
        public const long MaxNuspecBytes = 4L << 20;

        private readonly ZipArchive _zip;
        private readonly Dictionary<string, ZipArchiveEntry> _entries;

        private SafePackage(ZipArchive zip, Dictionary<string, ZipArchiveEntry> entries, PackageIdentity identity, string display)
        {
            _zip = zip;
            _entries = entries;
            Identity = identity;
            Display = display;
        }

        public PackageIdentity Identity { get; }

        public string Display { get; }

        public IEnumerable<string> EntryNames => _entries.Keys;

        public static SafePackage Open(string path, string display)
        {
            FileStream stream;
            try
            {
                var info = new FileInfo(path);
                if (!info.Exists)
                {
                    throw new PackageException(display + ": file not found");
                }

                if (info.Length > MaxPackageBytes)
                {
                    throw new PackageException(display + ": " + info.Length + " bytes, over the " + MaxPackageBytes + "-byte limit for a package");
                }

                stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new PackageException(display + ": cannot read: " + CliApp.FirstLine(e.Message));
            }

            return Open(stream, display);
        }

        public static SafePackage Open(Stream stream, string display)
        {
            ZipArchive zip;
            try
            {
                zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false);
            }
            catch (InvalidDataException e)
            {
                stream.Dispose();
                throw new PackageException(display + ": not a valid .nupkg (zip archive truncated or corrupt: " + CliApp.FirstLine(e.Message) + ")");
            }

            try
            {
                var entries = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
                long total = 0;
                var count = 0;
                foreach (var entry in zip.Entries)
                {
                    if (++count > MaxEntries)
                    {
                        throw new PackageException(display + ": more than " + MaxEntries + " entries");
                    }

                    var name = entry.FullName;
                    CheckName(name, display);
                    if (entry.Length > MaxEntryBytes || entry.Length < 0)
                    {
                        throw new PackageException(display + ": entry '" + name + "' is " + entry.Length + " bytes uncompressed, over the " + MaxEntryBytes + "-byte limit");
                    }

                    total += entry.Length;
                    if (total > MaxTotalBytes)
                    {
                        throw new PackageException(display + ": expands to more than " + MaxTotalBytes + " bytes");
                    }

                    if (!name.EndsWith("/", StringComparison.Ordinal))
                    {
                        entries[name.Replace('\\', '/')] = entry;
                    }
                }

                var nuspecs = entries.Keys.Where(n => n.IndexOf('/') < 0 && n.EndsWith(".nuspec", StringComparison.OrdinalIgnoreCase)).ToList();
                if (nuspecs.Count == 0)
                {
                    throw new PackageException(display + ": no .nuspec at the package root (not a NuGet package)");
                }

                if (nuspecs.Count > 1)
                {
                    throw new PackageException(display + ": several .nuspec files at the package root (" + string.Join(", ", nuspecs) + ")");
                }

                var bytes = ReadEntry(entries[nuspecs[0]], MaxNuspecBytes, display);
                PackageIdentity identity;
                try
                {
                    identity = new NuspecReader(new MemoryStream(bytes)).GetIdentity();
                }
                catch (Exception e) when (e is XmlException or InvalidDataException or ArgumentException or FormatException or PackagingException or NullReferenceException)
                {
                    throw new PackageException(display + ": invalid " + nuspecs[0] + ": " + CliApp.FirstLine(e.Message));
                }

                return new SafePackage(zip, entries, identity, display);
            }
            catch (InvalidDataException e)
            {
                zip.Dispose();
                throw new PackageException(display + ": corrupt zip archive: " + CliApp.FirstLine(e.Message));
            }
            catch
            {
                zip.Dispose();
                throw;
            }
        }

        public bool Contains(string name) => _entries.ContainsKey(name);

        /// <summary>The entry's bytes, or null when the package has no such entry.</summary>
        public byte[]? Read(string name, long limit)
        {
            if (!_entries.TryGetValue(name, out var entry))
            {
                return null;
            }

            try
            {
                return ReadEntry(entry, limit, Display);
            }
            catch (InvalidDataException e)
            {
                throw new PackageException(Display + ": corrupt entry '" + name + "': " + CliApp.FirstLine(e.Message));
            }
        }

        public void Dispose() => _zip.Dispose();

        /// <summary>Entry names must stay inside the folder a package is extracted to.</summary>
        internal static void CheckName(string name, string display)
        {
            var normalized = name.Replace('\\', '/');
            var escapes = normalized.Length == 0
                || normalized.StartsWith("/", StringComparison.Ordinal)
                || (normalized.Length > 1 && normalized[1] == ':')
                || normalized.IndexOf('\0') >= 0
                || normalized.Split('/').Any(segment => segment == "..");
            if (escapes)
            {
                throw new PackageException(display + ": entry name '" + name.Replace("\0", "\\0") + "' escapes the package folder (zip-slip); refusing the package");
            }
        }

        private static byte[] ReadEntry(ZipArchiveEntry entry, long limit, string display)
        {
            if (entry.Length > limit)
            {
                throw new PackageException(display + ": entry '" + entry.FullName + "' is " + entry.Length + " bytes, over the " + limit + "-byte limit");
            }

            using var stream = entry.Open();
            using var buffer = new MemoryStream((int)Math.Max(0, Math.Min(entry.Length, limit)));
            var chunk = new byte[81920];
            long read = 0;
            int n;
            while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                read += n;

                // The header can lie about the size: stop at the limit whatever it says.
                if (read > limit)
                {
                    throw new PackageException(display + ": entry '" + entry.FullName + "' expands beyond the " + limit + "-byte limit");
                }

                buffer.Write(chunk, 0, n);
            }

            return buffer.ToArray();
        }
    }
}
