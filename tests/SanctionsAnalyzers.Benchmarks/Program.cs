using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Runtime;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SanctionsAnalyzers.Analysis;
using SanctionsAnalyzers.Benchmarks.Analyzers;
using SanctionsAnalyzers.Benchmarks.Corpus;
using SanctionsAnalyzers.Benchmarks.Measurement;

namespace SanctionsAnalyzers.Benchmarks
{
    /// <summary>
    /// dotnet run -c Release --project tests/SanctionsAnalyzers.Benchmarks [-- --files 2000 --iterations 3 --seed 20240611 --show 12 --geo-middleware 0]
    /// dotnet run -c Release --project tests/SanctionsAnalyzers.Benchmarks -- --cli [--projects 100 --parallel N --keep]: the command-line
    /// scan of a generated solution next to its restore and build (<see cref="Cli.CliBenchmark"/>).
    /// Exit code 1 when an analyzer threw (AD0001), the generated corpus does not compile, or the options are wrong;
    /// missed performance targets are reported, not failed.
    /// </summary>
    internal static class Program
    {
        private const string Compile = "compile only";
        private const string Floor = "floor (no-op) analyzer";
        private const string Ours = "SanctionsAnalyzers";
        private const string Banned = "BannedApiAnalyzers";

        private static async Task<int> Main(string[] args)
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            if (args.Length > 0 && args[0] == "--cli")
            {
                return await Cli.CliBenchmark.RunAsync(args.Skip(1).ToArray());
            }

            if (!TryParse(args, out var settings))
            {
                Console.Error.WriteLine("usage: dotnet run -c Release --project tests/SanctionsAnalyzers.Benchmarks -- [--files N] [--iterations N] [--seed N] [--show N] [--geo-middleware 0|1]");
                Console.Error.WriteLine("       dotnet run -c Release --project tests/SanctionsAnalyzers.Benchmarks -- " + Cli.CliBenchmark.Usage);
                return 1;
            }

            var total = Stopwatch.StartNew();
            PrintEnvironment(settings);

            var application = new Workload("Contoso.Application", ApplicationCorpus.Generate(settings.Files, settings.Seed, settings.GeoMiddleware), References.AspNetCoreReferences);
            var business = new Workload("Fabrikam.Business", BusinessCorpus.Generate(settings.Files, settings.Seed), References.CoreReferences);
            Console.WriteLine($"corpus      application: {application.Files} files, {application.Lines:N0} lines, {application.Characters / 1024.0 / 1024.0:F1} MiB (net8.0 + ASP.NET Core 8.0 references)");
            Console.WriteLine($"            ({application.KindCounts()})");
            Console.WriteLine($"            unrelated:   {business.Files} files, {business.Lines:N0} lines, {business.Characters / 1024.0 / 1024.0:F1} MiB (net8.0 references only)");
            Console.WriteLine($"            ({business.KindCounts()})");

            var options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(BannedApi.BannedSymbolsFile()));
            var bannedAnalyzers = BannedApi.Load();
            Console.WriteLine($"ours        {string.Join(", ", OurAnalyzers().Select(a => a.GetType().Name))} from {typeof(GeoBlockAnalyzer).Assembly.Location}");
            Console.WriteLine($"banned api  {string.Join(", ", bannedAnalyzers.Select(a => a.GetType().Name))} from {References.BannedApiAnalyzersRoot}, with a {BannedApi.BannedSymbols.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length}-entry BannedSymbols.txt");
            Console.WriteLine();

            var subjects = new[]
            {
                new Subject(Compile, ImmutableArray<DiagnosticAnalyzer>.Empty),
                new Subject(Floor, ImmutableArray.Create<DiagnosticAnalyzer>(new FloorAnalyzer())),
                new Subject(Ours, OurAnalyzers()),
                new Subject(Banned, bannedAnalyzers),
            };
            var unrelatedSubjects = subjects.Take(3).ToArray();

            // Warm-up: one pass of each, not recorded. It also checks that both corpora compile, and its floor pass
            // carries the candidate probe: how many code blocks pass the token scan and what triggered them.
            Console.WriteLine($"warm-up     one pass of each, unrecorded (load average {LoadAverage()})");
            foreach (var (workload, list) in new[] { (application, subjects), (business, unrelatedSubjects) })
            {
                var probe = new CandidateProbe(workload.KindOf);
                foreach (var subject in list)
                {
                    var warmUp = subject.Name == Floor ? new Subject(Floor, subject.Analyzers.Add(probe)) : subject;
                    var result = await PassRunner.RunAsync(workload, warmUp, options);
                    var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && d.Id.StartsWith("CS", StringComparison.Ordinal)).ToList();
                    if (errors.Count > 0)
                    {
                        Console.WriteLine($"FAIL: the generated {workload.Name} corpus does not compile ({errors.Count} errors); the measurement would be meaningless.");
                        foreach (var error in errors.Take(10))
                        {
                            Console.WriteLine("  " + error);
                        }

                        return 1;
                    }
                }

                if (probe.ScannerFound)
                {
                    Console.WriteLine($"scan        {workload.Name}: a signal is mentioned: {(probe.MayHoldSignal == true ? "yes, GeoBlockAnalyzer registers its actions" : "no, GeoBlockAnalyzer registers nothing")}");
                    Console.WriteLine($"            {probe.Candidates:N0} of {probe.Blocks:N0} code blocks pass the candidate scan ({100.0 * probe.Candidates / Math.Max(1, probe.Blocks):F1}%; counted even where the analyzer registers nothing); what the scan saw:");
                    foreach (var reason in probe.Reasons.Take(settings.Show))
                    {
                        Console.WriteLine($"              {reason.Value,6:N0}  {reason.Key}");
                    }

                    if (probe.Candidates > 0)
                    {
                        Console.WriteLine($"            candidates by file kind: {string.Join(", ", probe.CandidateKinds.Select(pair => $"{pair.Key} {pair.Value:N0}"))}");
                    }
                }
                else
                {
                    Console.WriteLine($"scan        {workload.Name}: {probe.Blocks:N0} code blocks (the candidate scan was not found by reflection: no counts)");
                }

                if (probe.ServiceScannerFound)
                {
                    Console.WriteLine($"            service scan: {probe.ServiceFiles:N0} files name a service, holding {probe.ServiceBlocks:N0} of {probe.Blocks:N0} code blocks ({100.0 * probe.ServiceBlocks / Math.Max(1, probe.Blocks):F1}%); service words of this compilation: {string.Join(", ", probe.ServiceWords.OrderBy(w => w, StringComparer.Ordinal).Take(20))}{(probe.ServiceWords.Count > 20 ? ", ..." : string.Empty)}");
                }

                Console.WriteLine("            pre-filters alone: " + ScanBenchmark.Run(workload));
            }

            var results = new Dictionary<(string Workload, string Subject), List<PassResult>>();
            for (var iteration = 1; iteration <= settings.Iterations; iteration++)
            {
                Console.Write($"iteration   {iteration}/{settings.Iterations}:");
                foreach (var (workload, list) in new[] { (application, subjects), (business, unrelatedSubjects) })
                {
                    foreach (var subject in list)
                    {
                        var result = await PassRunner.RunAsync(workload, subject, options);
                        Add(results, (workload.Name, subject.Name), result);
                        Console.Write($" {Short(workload, subject)} {result.WallMs / 1000:F1}s");
                    }
                }

                Console.WriteLine($" (load average {LoadAverage()})");
            }

            Console.WriteLine();
            var exitCode = Report(settings, application, business, results);
            Console.WriteLine();
            Console.WriteLine($"process     peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0:N0} MiB; total run {total.Elapsed.TotalSeconds:F0} s");
            return exitCode;
        }

        private static int Report(Settings settings, Workload application, Workload business, Dictionary<(string Workload, string Subject), List<PassResult>> results)
        {
            double Wall(Workload w, string s) => PassRunner.Median(results[(w.Name, s)].Select(r => r.WallMs));
            double Cpu(Workload w, string s) => PassRunner.Median(results[(w.Name, s)].Select(r => r.CpuMs));
            double Exec(Workload w, string s) => PassRunner.Median(results[(w.Name, s)].Select(r => r.ExecutionMs));

            Console.WriteLine($"Medians of {settings.Iterations} iteration(s). wall = whole pass (compiler + analyzer diagnostics); analyzer execution = driver telemetry");
            Console.WriteLine("(ExecutionTime summed over the subject's analyzers, across threads); CPU = process CPU time during the pass;");
            Console.WriteLine("overhead = pass minus the compile-only pass of the same corpus (wall, and CPU);");
            Console.WriteLine("allocated = GC.GetTotalAllocatedBytes delta; peak heap = highest sampled GC.GetTotalMemory(false) during the pass minus before it.");
            Console.WriteLine();
            Console.WriteLine("| corpus | pass | wall ms | CPU ms | analyzer execution ms | overhead ms (wall) | overhead ms (CPU) | allocated MiB | peak heap +MiB | diagnostics |");
            Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---|");
            foreach (var workload in new[] { application, business })
            {
                var compileWall = Wall(workload, Compile);
                var corpusCompileCpu = Cpu(workload, Compile);
                foreach (var subject in new[] { Compile, Floor, Ours, Banned })
                {
                    if (!results.TryGetValue((workload.Name, subject), out var list))
                    {
                        continue;
                    }

                    var wall = PassRunner.Median(list.Select(r => r.WallMs));
                    var exec = subject == Compile ? "-" : F(PassRunner.Median(list.Select(r => r.ExecutionMs)));
                    var cpu = PassRunner.Median(list.Select(r => r.CpuMs));
                    var overhead = subject == Compile ? "-" : F(wall - compileWall);
                    var cpuOverhead = subject == Compile ? "-" : F(cpu - corpusCompileCpu);
                    var allocated = PassRunner.Median(list.Select(r => r.AllocatedBytes / 1024.0 / 1024.0));
                    var peak = PassRunner.Median(list.Select(r => r.PeakHeapBytes / 1024.0 / 1024.0));
                    Console.WriteLine($"| {(workload == application ? "application" : "unrelated")} | {subject} | {F(wall)} | {F(cpu)} | {exec} | {overhead} | {cpuOverhead} | {allocated:N0} | {peak:N0} | {Summary(list[list.Count - 1].Diagnostics, subject)} |");
                }
            }

            var compile = Wall(application, Compile);
            var floorExec = Exec(application, Floor);
            var oursExec = Exec(application, Ours);
            var bannedExec = Exec(application, Banned);
            var oursOverhead = Wall(application, Ours) - compile;
            var floorOverhead = Wall(application, Floor) - compile;
            var oursCpuOverhead = Cpu(application, Ours) - Cpu(application, Compile);
            var floorCpuOverhead = Cpu(application, Floor) - Cpu(application, Compile);
            var unrelatedCompile = Wall(business, Compile);
            var unrelatedExec = Exec(business, Ours);
            var unrelatedOverhead = Wall(business, Ours) - unrelatedCompile;
            var unrelatedFloorOverhead = Wall(business, Floor) - unrelatedCompile;

            Console.WriteLine();
            Console.WriteLine("Analyzer execution by analyzer (median ms):");
            foreach (var workload in new[] { application, business })
            {
                foreach (var subject in new[] { Floor, Ours, Banned })
                {
                    if (results.TryGetValue((workload.Name, subject), out var list))
                    {
                        var names = list[0].ExecutionByAnalyzer.Keys.OrderBy(k => k, StringComparer.Ordinal);
                        Console.WriteLine($"  {(workload == application ? "application" : "unrelated")} / {subject}: " +
                            string.Join(", ", names.Select(n => n + " " + F(PassRunner.Median(list.Select(r => r.ExecutionByAnalyzer[n]))))));
                    }
                }
            }

            Console.WriteLine();
            Console.WriteLine("Registered actions (driver telemetry):");
            foreach (var workload in new[] { application, business })
            {
                foreach (var subject in new[] { Floor, Ours, Banned })
                {
                    if (!results.TryGetValue((workload.Name, subject), out var list))
                    {
                        continue;
                    }

                    foreach (var pair in list[0].Registrations.OrderBy(p => p.Key, StringComparer.Ordinal))
                    {
                        Console.WriteLine($"  {(workload == application ? "application" : "unrelated")} / {pair.Key}: {pair.Value}");
                    }

                    if (list[0].CompiledExplicitly)
                    {
                        Console.WriteLine($"  {(workload == application ? "application" : "unrelated")} / {subject}: no analyzer needed compilation events, so the pass compiled explicitly (as a compiler host does)");
                    }
                }
            }

            var floorShape = results[(application.Name, Floor)][0].Registrations.Values.FirstOrDefault();
            if (results[(application.Name, Ours)][0].Registrations.TryGetValue(nameof(GeoBlockAnalyzer), out var oursShape) && oursShape != floorShape)
            {
                Console.WriteLine("  WARNING: the floor analyzer no longer registers what GeoBlockAnalyzer registers; update FloorAnalyzer.");
            }

            Console.WriteLine();
            Console.WriteLine("Ratios (application corpus unless said otherwise):");
            Console.WriteLine($"  ours / compile (execution / compile wall)          {Percent(oursExec / compile)}  ({F(oursExec)} / {F(compile)} ms)");
            Console.WriteLine($"  ours / floor (execution)                           {(floorExec >= 1 ? Times(oursExec / floorExec) : "n/a: the floor's callbacks are empty")}  ({F(oursExec)} / {floorExec:F1} ms)");
            Console.WriteLine($"  ours / BannedApi (execution)                       {Times(oursExec / bannedExec)}  ({F(oursExec)} / {F(bannedExec)} ms)");
            Console.WriteLine($"  whole-pass overhead: ours vs floor (wall)          {F(oursOverhead)} ms vs {F(floorOverhead)} ms = {Percent(oursOverhead / floorOverhead)} of the floor's");
            Console.WriteLine($"  whole-pass overhead: ours vs floor (CPU)           {F(oursCpuOverhead)} ms vs {F(floorCpuOverhead)} ms = {Percent(oursCpuOverhead / floorCpuOverhead)} of the floor's");
            Console.WriteLine($"  ours (execution) / floor's whole-pass overhead     {Percent(oursExec / floorOverhead)}");
            Console.WriteLine($"  unrelated corpus: ours execution / compile         {Percent(unrelatedExec / unrelatedCompile)}  ({F(unrelatedExec)} / {F(unrelatedCompile)} ms); overhead {F(unrelatedOverhead)} ms vs floor {F(unrelatedFloorOverhead)} ms");

            Console.WriteLine();
            // The same targets on process CPU time: what the analyzers add to the work of the pass. Wall time and the
            // driver's ExecutionTime (a Stopwatch around each callback) both grow when the machine is shared.
            var compileCpu = Cpu(application, Compile);
            var unrelatedCompileCpu = Cpu(business, Compile);
            // Paired by iteration: each difference is taken within one iteration, where the passes ran back to back
            // under about the same load; the median of those differences resists a load that drifts over the run.
            double Paired(Workload w, string minuend, string subtrahend) =>
                PassRunner.Median(results[(w.Name, minuend)].Zip(results[(w.Name, subtrahend)], (a, b) => a.CpuMs - b.CpuMs));
            var pairedOursAboveFloor = Paired(application, Ours, Floor);
            var pairedOursOverhead = Paired(application, Ours, Compile);
            var pairedFloorOverhead = Paired(application, Floor, Compile);
            var pairedBannedOverhead = Paired(application, Banned, Compile);
            var pairedUnrelatedAboveFloor = Paired(business, Ours, Floor);
            var pairedUnrelatedAboveCompile = Paired(business, Ours, Compile);

            Console.WriteLine("Targets (reported, not enforced); first as specified, then on CPU time (medians of the per-iteration differences):");
            Target("ours execution <= BannedApiAnalyzers execution", oursExec <= bannedExec, $"{F(oursExec)} vs {F(bannedExec)} ms");
            Target("  CPU: ours overhead <= BannedApiAnalyzers overhead", pairedOursOverhead <= pairedBannedOverhead, $"{F(pairedOursOverhead)} vs {F(pairedBannedOverhead)} ms ({Times(pairedOursOverhead / pairedBannedOverhead)})");
            Target("ours execution <= 5% of compile time", oursExec <= 0.05 * compile, Percent(oursExec / compile));
            Target("  CPU: ours overhead above the floor's <= 5% of compile CPU", pairedOursAboveFloor <= 0.05 * compileCpu, $"{F(pairedOursAboveFloor)} / {F(compileCpu)} ms = {Percent(pairedOursAboveFloor / compileCpu)}");
            Target("whole-pass overhead <= 110% of the floor's", floorOverhead > 0 && oursOverhead <= 1.10 * floorOverhead, $"{F(oursOverhead)} vs {F(floorOverhead)} ms ({Percent(oursOverhead / floorOverhead)})");
            Target("  CPU: whole-pass overhead <= 110% of the floor's", pairedFloorOverhead > 0 && pairedOursOverhead <= 1.10 * pairedFloorOverhead, $"{F(pairedOursOverhead)} vs {F(pairedFloorOverhead)} ms ({Percent(pairedOursOverhead / pairedFloorOverhead)})");
            Target("near zero on the unrelated corpus (execution <= 1% of its compile time)", unrelatedExec <= 0.01 * unrelatedCompile, $"{F(unrelatedExec)} ms = {Percent(unrelatedExec / unrelatedCompile)}");
            Target("  CPU: unrelated, ours above the floor <= 1% of compile CPU", pairedUnrelatedAboveFloor <= 0.01 * unrelatedCompileCpu, $"{F(pairedUnrelatedAboveFloor)} / {F(unrelatedCompileCpu)} ms = {Percent(pairedUnrelatedAboveFloor / unrelatedCompileCpu)}");
            Target("  CPU: unrelated, ours above compile only <= 1% of compile CPU", pairedUnrelatedAboveCompile <= 0.01 * unrelatedCompileCpu, $"{F(pairedUnrelatedAboveCompile)} / {F(unrelatedCompileCpu)} ms = {Percent(pairedUnrelatedAboveCompile / unrelatedCompileCpu)}");
            Console.WriteLine($"  (per iteration, ours minus floor CPU on the application corpus: {string.Join(", ", results[(application.Name, Ours)].Zip(results[(application.Name, Floor)], (a, b) => F(a.CpuMs - b.CpuMs)))} ms)");

            // Sanity: findings on the application, none on the unrelated corpus, no analyzer exception anywhere.
            var exitCode = 0;
            var oursDiagnostics = results[(application.Name, Ours)].Last().Diagnostics.Where(IsSanc).ToList();
            var unrelatedDiagnostics = results[(business.Name, Ours)].Last().Diagnostics.Where(IsSanc).ToList();
            Console.WriteLine();
            Console.WriteLine($"Sanity: {oursDiagnostics.Count} SANC diagnostics on the application corpus ({ById(oursDiagnostics)}), {unrelatedDiagnostics.Count} on the unrelated one.");
            var counts = results[(application.Name, Ours)].Select(r => r.Diagnostics.Count(IsSanc)).Distinct().ToList();
            if (counts.Count > 1)
            {
                Console.WriteLine("  WARNING: the SANC count differs between iterations: " + string.Join(", ", counts));
            }

            if (oursDiagnostics.Count == 0 || unrelatedDiagnostics.Count > 0)
            {
                Console.WriteLine("  WARNING: expected > 0 SANC diagnostics on the application corpus and 0 on the unrelated one.");
            }

            Console.WriteLine("  SANC diagnostics by generated file kind (gate-* files hold the real geo-blocks):");
            foreach (var group in oursDiagnostics.GroupBy(d => application.KindOf(d.Location.SourceTree) + " " + d.Id).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                Console.WriteLine($"    {group.Key}: {group.Count()}");
            }

            // A few of each (file kind, rule) group, so that findings outside the gate files can be reviewed by eye.
            var samples = oursDiagnostics
                .GroupBy(d => application.KindOf(d.Location.SourceTree) + " " + d.Id)
                .OrderBy(g => g.Key.StartsWith("gate-", StringComparison.Ordinal) ? 1 : 0)
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .SelectMany(g => g.OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal).Take(2))
                .Take(settings.Show)
                .ToList();
            if (samples.Count > 0)
            {
                Console.WriteLine($"  Examples (up to 2 per file kind and rule, outside the gate files first; --show {settings.Show}):");
                foreach (var diagnostic in samples)
                {
                    var span = diagnostic.Location.GetLineSpan();
                    var line = diagnostic.Location.SourceTree!.GetText().Lines[span.StartLinePosition.Line].ToString().Trim();
                    Console.WriteLine($"    {diagnostic.Id} {span.Path}:{span.StartLinePosition.Line + 1} [{application.KindOf(diagnostic.Location.SourceTree)}] {diagnostic.GetMessage(CultureInfo.InvariantCulture)}");
                    Console.WriteLine($"        {line}");
                }
            }

            var exceptions = results.Values.SelectMany(list => list).SelectMany(r => r.Diagnostics).Where(d => d.Id == "AD0001").ToList();
            if (exceptions.Count > 0)
            {
                Console.WriteLine($"FAIL: {exceptions.Count} AD0001 (analyzer exception) diagnostics:");
                foreach (var diagnostic in exceptions.Select(d => d.GetMessage(CultureInfo.InvariantCulture)).Distinct().Take(5))
                {
                    Console.WriteLine("  " + diagnostic);
                }

                exitCode = 1;
            }
            else
            {
                Console.WriteLine("  No AD0001.");
            }

            return exitCode;
        }

        /// <summary>
        /// GeoBlockAnalyzer and any other C# analyzer the SanctionsAnalyzers assembly ships (found by their attribute,
        /// as a compiler host finds them), so that the measurement follows the package as it grows.
        /// </summary>
        private static ImmutableArray<DiagnosticAnalyzer> OurAnalyzers()
        {
            var analyzers = typeof(GeoBlockAnalyzer).Assembly.GetTypes()
                .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type)
                    && type.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), false).OfType<DiagnosticAnalyzerAttribute>().Any(a => a.Languages.Contains(LanguageNames.CSharp)))
                .OrderBy(type => type.FullName, StringComparer.Ordinal)
                .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
                .ToImmutableArray();
            return analyzers.IsEmpty ? ImmutableArray.Create<DiagnosticAnalyzer>(new GeoBlockAnalyzer()) : analyzers;
        }

        private static string LoadAverage()
        {
            try
            {
                var parts = System.IO.File.ReadAllText("/proc/loadavg").Split(' ');
                return string.Join(" ", parts.Take(3));
            }
            catch (Exception exception) when (exception is System.IO.IOException or UnauthorizedAccessException)
            {
                return "n/a";
            }
        }

        private static bool IsSanc(Diagnostic diagnostic) => diagnostic.Id.StartsWith("SANC", StringComparison.Ordinal);

        private static string Summary(ImmutableArray<Diagnostic> diagnostics, string subject)
        {
            var text = ById(diagnostics);
            return subject == Compile ? "compiler: " + text : text;
        }

        private static string ById(IEnumerable<Diagnostic> diagnostics)
        {
            var groups = diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} x{g.Count()}").ToList();
            return groups.Count == 0 ? "none" : string.Join(", ", groups);
        }

        private static void Target(string name, bool met, string detail) =>
            Console.WriteLine($"  {(met ? "PASS" : "MISS")}  {name}: {detail}");

        private static string F(double milliseconds) => milliseconds.ToString("N0", CultureInfo.InvariantCulture);

        private static string Percent(double ratio) => double.IsFinite(ratio) ? (ratio * 100).ToString("F1", CultureInfo.InvariantCulture) + "%" : "n/a";

        private static string Times(double ratio) => double.IsFinite(ratio) ? ratio.ToString("F2", CultureInfo.InvariantCulture) + "x" : "n/a";

        private static string Short(Workload workload, Subject subject) =>
            (workload.Name.StartsWith("Fabrikam", StringComparison.Ordinal) ? "unrelated/" : string.Empty) + subject.Name.Split(' ')[0];

        private static void Add(Dictionary<(string, string), List<PassResult>> results, (string, string) key, PassResult result)
        {
            if (!results.TryGetValue(key, out var list))
            {
                results[key] = list = new List<PassResult>();
            }

            list.Add(result);
        }

        private static void PrintEnvironment(Settings settings)
        {
            Console.WriteLine("SanctionsAnalyzers benchmark");
            Console.WriteLine($"machine     {Environment.ProcessorCount} logical processors, {RuntimeInformation.OSDescription}, {RuntimeInformation.ProcessArchitecture}");
            Console.WriteLine($"runtime     {RuntimeInformation.FrameworkDescription}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC, Roslyn {typeof(Compilation).Assembly.GetName().Version}");
#if DEBUG
            Console.WriteLine("            WARNING: Debug build; measure with -c Release");
#endif
            Console.WriteLine($"settings    --files {settings.Files} --iterations {settings.Iterations} --seed {settings.Seed} --geo-middleware {(settings.GeoMiddleware ? 1 : 0)}");
        }

        private static bool TryParse(string[] args, out Settings settings)
        {
            settings = new Settings();
            for (var i = 0; i < args.Length; i++)
            {
                if (i + 1 >= args.Length || !int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < 0)
                {
                    return false;
                }

                switch (args[i])
                {
                    case "--files" when value >= 100:
                        settings.Files = value;
                        break;
                    case "--iterations" when value >= 1:
                        settings.Iterations = value;
                        break;
                    case "--seed":
                        settings.Seed = value;
                        break;
                    case "--show":
                        settings.Show = value;
                        break;
                    case "--geo-middleware" when value <= 1:
                        settings.GeoMiddleware = value == 1;
                        break;
                    default:
                        return false;
                }

                i++;
            }

            return true;
        }

        private sealed class Settings
        {
            public int Files { get; set; } = 2000;

            public int Iterations { get; set; } = 3;

            public int Seed { get; set; } = 20240611;

            public int Show { get; set; } = 12;

            /// <summary>Adds a middleware gate to the application corpus (--geo-middleware 1): whole-application analysis at compilation end.</summary>
            public bool GeoMiddleware { get; set; }
        }
    }
}
