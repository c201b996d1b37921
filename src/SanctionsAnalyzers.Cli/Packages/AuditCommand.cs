using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NuGet.Common;
using NuGet.Configuration;
using NuGet.Packaging;
using NuGet.ProjectModel;
using NuGet.Protocol;
using NuGet.Protocol.Core.Types;
using NuGet.Versioning;
using SanctionsAnalyzers.Cli.Infrastructure;
using SanctionsAnalyzers.Cli.Reports;

namespace SanctionsAnalyzers.Cli.Packages
{
    /// <summary>
    /// <c>audit &lt;project|project.assets.json&gt;</c>: the resolved package graph (NuGet.ProjectModel), each package's
    /// sanctions/compliance.json from the global packages folder (NuGet.Packaging) or, when it is not there, from the
    /// configured feeds (NuGet.Protocol, NuGet.Config honoured); the embedded API catalog for the rest.
    /// </summary>
    internal static class AuditCommand
    {
        public static async Task<Report> RunAsync(CliOptions options, IProgressSink progress, CancellationToken cancellationToken)
        {
            var (assetsPath, projectFile) = ResolveAssets(options.Path!);
            var projectFolder = projectFile is not null ? Path.GetDirectoryName(projectFile)! : Path.GetDirectoryName(Path.GetDirectoryName(assetsPath)!)!;

            LockFile? lockFile;
            try
            {
                lockFile = LockFileUtilities.GetLockFile(assetsPath, NullLogger.Instance);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw new CliException("configuration", "cannot read " + assetsPath + ": " + CliApp.FirstLine(e.Message));
            }

            if (lockFile is null)
            {
                throw new CliException("configuration", "cannot read " + assetsPath + ": not a project.assets.json file");
            }

            // Given the assets file only, the project it was restored for says where NuGet.Config is looked up.
            if (projectFile is null && lockFile.PackageSpec?.RestoreMetadata?.ProjectPath is { Length: > 0 } restoredProject && File.Exists(restoredProject))
            {
                projectFolder = Path.GetDirectoryName(restoredProject)!;
            }

            var root = PathHelper.FindUp(projectFolder, ".git") ?? projectFolder;
            var target = projectFile ?? assetsPath;
            var relativeTarget = PathHelper.Relative(root, target);
            var report = new Report
            {
                Command = "audit",
                Target = target,
                Root = root,
                Packages = new List<PackageEntry>(),
                Projects = new List<ProjectEntry>
                {
                    new ProjectEntry { Name = lockFile.PackageSpec?.Name ?? Path.GetFileNameWithoutExtension(target), Path = relativeTarget, Status = "audited" },
                },
                Rules = PackageRules.All(),
            };

            var direct = DirectDependencies(lockFile);
            var libraries = lockFile.Libraries
                .Where(l => string.Equals(l.Type, "package", StringComparison.OrdinalIgnoreCase))
                .OrderBy(l => l.Name, StringComparer.OrdinalIgnoreCase)
                .ThenBy(l => l.Version)
                .ToList();
            var folders = lockFile.PackageFolders.Select(f => f.Path).Where(p => !string.IsNullOrEmpty(p)).ToList();

            progress.Steps(libraries.Count);
            var missing = new List<(PackageEntry Entry, NuGetVersion Version)>();
            foreach (var library in libraries)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var entry = new PackageEntry
                {
                    Id = library.Name,
                    Version = library.Version.ToNormalizedString(),
                    Direct = direct.Contains(library.Name),
                };
                report.Packages.Add(entry);
                progress.Advance("Reading " + library.Name + " " + entry.Version);

                var installed = FindInstalled(folders, library.Name, library.Version);
                if (installed is null)
                {
                    missing.Add((entry, library.Version));
                    continue;
                }

                entry.ReadFrom = installed.Value.Folder == folders.FirstOrDefault() ? "global-packages-folder" : "fallback-folder";
                try
                {
                    using var reader = new PackageFolderReader(installed.Value.Path);
                    var bytes = ReadFolderManifest(reader, installed.Value.Path);
                    Categorise(entry, bytes, library.Version, relativeTarget, report);
                }
                catch (PackageException e)
                {
                    report.Problems.Add(new Problem { Kind = "package", Path = installed.Value.Path, Message = "package: " + e.Message });
                    Categorise(entry, null, library.Version, relativeTarget, report);
                }
            }

            if (missing.Count > 0)
            {
                progress.Status("Fetching " + Text.Plural(missing.Count, "package") + " from the feeds");
                await FetchFromFeedsAsync(missing, projectFolder, relativeTarget, report, progress, cancellationToken).ConfigureAwait(false);
            }

            return report;
        }

        /// <summary>A project file, a folder with one, or a project.assets.json.</summary>
        private static (string Assets, string? Project) ResolveAssets(string argument)
        {
            var full = Path.GetFullPath(argument);
            string? project = null;
            if (Directory.Exists(full))
            {
                var candidate = Path.Combine(full, "obj", "project.assets.json");
                var projects = Directory.GetFiles(full, "*.*proj");
                if (projects.Length == 1)
                {
                    project = projects[0];
                }
                else if (!File.Exists(candidate))
                {
                    throw new CliException("usage", projects.Length == 0
                        ? "no project in " + argument + ": audit takes a project file, its folder or a project.assets.json"
                        : "several projects in " + argument + ": name one");
                }

                full = project ?? full;
            }

            if (!File.Exists(full))
            {
                throw new CliException("usage", "path not found: " + argument);
            }

            if (full.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            {
                return (full, null);
            }

            if (!full.EndsWith("proj", StringComparison.OrdinalIgnoreCase))
            {
                throw new CliException("usage", "audit takes a project file or a project.assets.json, not " + argument);
            }

            var assets = Path.Combine(Path.GetDirectoryName(full)!, "obj", "project.assets.json");
            if (!File.Exists(assets))
            {
                throw new CliException("configuration", "no obj/project.assets.json next to " + argument + ": run 'dotnet restore' first");
            }

            return (assets, full);
        }

        private static HashSet<string> DirectDependencies(LockFile lockFile)
        {
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            if (lockFile.PackageSpec is { } spec)
            {
                foreach (var dependency in spec.TargetFrameworks.SelectMany(f => f.Dependencies))
                {
                    names.Add(dependency.Name);
                }
            }

            foreach (var group in lockFile.ProjectFileDependencyGroups)
            {
                foreach (var dependency in group.Dependencies)
                {
                    var name = dependency.Split(' ')[0];
                    if (name.Length > 0)
                    {
                        names.Add(name);
                    }
                }
            }

            return names;
        }

        private static (string Folder, string Path)? FindInstalled(IEnumerable<string> folders, string id, NuGetVersion version)
        {
            foreach (var folder in folders)
            {
                var resolver = new VersionFolderPathResolver(folder);
                var path = resolver.GetInstallPath(id, version);

                // A package counts as installed once NuGet finished extracting it (the metadata file is written last).
                if (Directory.Exists(path)
                    && (File.Exists(resolver.GetNupkgMetadataPath(id, version)) || File.Exists(resolver.GetHashPath(id, version))))
                {
                    return (folder, path);
                }
            }

            return null;
        }

        private static byte[]? ReadFolderManifest(PackageFolderReader reader, string folder)
        {
            var file = Path.Combine(folder, "sanctions", "compliance.json");
            if (!File.Exists(file))
            {
                return null;
            }

            if (new FileInfo(file).Length > ComplianceManifest.MaxBytes)
            {
                throw new PackageException(file + ": over the " + ComplianceManifest.MaxBytes + "-byte limit for a manifest");
            }

            using var stream = reader.GetStream(ComplianceManifest.EntryName);
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return buffer.ToArray();
        }

        /// <summary>Declared (valid manifest), invalid (manifest with errors: SANC3001), catalog, or unknown.</summary>
        private static void Categorise(PackageEntry entry, byte[]? manifestBytes, NuGetVersion version, string location, Report report)
        {
            var policy = PolicyData.Embedded;
            if (manifestBytes is not null)
            {
                var manifest = ComplianceManifest.Parse(manifestBytes, entry.Id, version, policy);
                entry.ExportClassification = manifest.ExportClassification;
                if (manifest.IsValid)
                {
                    entry.Status = "declared";
                    entry.Categories = manifest.ServiceCategories.ToList();
                    entry.Evidence = ComplianceManifest.EntryName;
                    return;
                }

                entry.Status = "invalid";
                entry.Messages = manifest.Errors.ToList();
                entry.Categories = manifest.ServiceCategories.ToList();
                entry.Evidence = ComplianceManifest.EntryName + " (invalid)";
                report.Findings.Add(PackageRules.Finding(
                    Severity.Warning,
                    "Package " + entry.Id + " " + entry.Version + ": " + ComplianceManifest.EntryName + ": " + string.Join("; ", manifest.Errors),
                    location,
                    "manifest"));
                return;
            }

            if (policy.FindPackage(entry.Id) is { } api)
            {
                entry.Status = "catalog";
                entry.Categories = api.Categories.ToList();
                entry.Evidence = "catalog: " + api.Family + (api.Package is null ? " (namespace " + api.Namespace + ")" : "");
                return;
            }

            entry.Status = "unknown";
        }

        private static async Task FetchFromFeedsAsync(
            List<(PackageEntry Entry, NuGetVersion Version)> missing,
            string projectFolder,
            string location,
            Report report,
            IProgressSink progress,
            CancellationToken cancellationToken)
        {
            List<PackageSource> sources;
            try
            {
                var settings = Settings.LoadDefaultSettings(projectFolder);
                sources = new PackageSourceProvider(settings).LoadPackageSources().Where(s => s.IsEnabled).ToList();
            }
            catch (Exception e) when (e is NuGetConfigurationException or InvalidOperationException or IOException or UnauthorizedAccessException or System.Xml.XmlException)
            {
                report.Problems.Add(new Problem { Kind = "configuration", Message = "configuration: cannot read NuGet.Config for " + projectFolder + ": " + CliApp.FirstLine(e.Message) });
                foreach (var (entry, version) in missing)
                {
                    entry.ReadFrom = "none";
                    Categorise(entry, null, version, location, report);
                }

                return;
            }

            var temp = Directory.CreateTempSubdirectory("dotnet-sanctions-audit-");
            var broken = new HashSet<PackageSource>();
            try
            {
                using var cache = new SourceCacheContext { NoCache = true, DirectDownload = true };
                foreach (var (entry, version) in missing)
                {
                    progress.Advance("Fetching " + entry.Id + " " + entry.Version);
                    byte[]? manifest = null;
                    var found = false;
                    foreach (var source in sources)
                    {
                        if (broken.Contains(source))
                        {
                            continue;
                        }

                        var file = Path.Combine(temp.FullName, entry.Id.ToLowerInvariant() + "." + version.ToNormalizedString().ToLowerInvariant() + ".nupkg");
                        try
                        {
                            var repository = Repository.Factory.GetCoreV3(source);
                            var resource = await repository.GetResourceAsync<FindPackageByIdResource>(cancellationToken).ConfigureAwait(false);
                            bool copied;
                            using (var stream = File.Create(file))
                            {
                                copied = resource is not null
                                    && await resource.CopyNupkgToStreamAsync(entry.Id, version, stream, cache, NullLogger.Instance, cancellationToken).ConfigureAwait(false);
                            }

                            if (!copied)
                            {
                                continue;
                            }
                        }
                        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                        {
                            broken.Add(source);
                            report.Problems.Add(new Problem
                            {
                                Kind = "feed",
                                Path = source.Source,
                                Message = "feed: " + source.Name + " (" + source.Source + ") unreachable: " + CliApp.FirstLine(Innermost(e).Message),
                            });
                            continue;
                        }

                        found = true;
                        entry.ReadFrom = "feed:" + source.Name;
                        try
                        {
                            using var package = SafePackage.Open(file, entry.Id + " " + entry.Version + " from " + source.Name);
                            manifest = package.Read(ComplianceManifest.EntryName, ComplianceManifest.MaxBytes);
                        }
                        catch (PackageException e)
                        {
                            report.Problems.Add(new Problem { Kind = "package", Path = source.Source, Message = "package: " + e.Message });
                        }

                        break;
                    }

                    if (!found)
                    {
                        entry.ReadFrom = "none";
                        if (broken.Count == 0)
                        {
                            report.Problems.Add(new Problem
                            {
                                Kind = "package",
                                Message = "package: " + entry.Id + " " + entry.Version + " is neither in the packages folders of the assets file nor on any configured feed ("
                                    + (sources.Count == 0 ? "no feed configured" : string.Join(", ", sources.Select(s => s.Name))) + ")",
                            });
                        }
                    }

                    Categorise(entry, manifest, version, location, report);
                }
            }
            finally
            {
                try
                {
                    temp.Delete(recursive: true);
                }
                catch (IOException)
                {
                }
                catch (UnauthorizedAccessException)
                {
                }
            }
        }

        private static Exception Innermost(Exception e)
        {
            while (e.InnerException is not null && (e is FatalProtocolException || e is AggregateException || e is System.Net.Http.HttpRequestException))
            {
                e = e.InnerException;
            }

            return e;
        }
    }
}
