using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;
using SanctionsAnalyzers.Analysis;
using SanctionsAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SanctionsAnalyzers.Tests.Performance
{
    /// <summary>
    /// The compilation-level bail-out (DESIGN §7): a compilation that mentions no signal registers no geo-block work, and
    /// one that names no service registers no per-method inventory work, so the driver does nothing for them beyond
    /// compilation start (and compilation end, when waivers must be checked). Observed through the driver's own telemetry
    /// (registered action counts).
    /// </summary>
    public class BailOutTests
    {
        private const string Business = @"
using System.Text;
namespace Fabrikam.Billing
{
    public sealed class Invoice { public decimal Total { get; set; } public string Notes { get; set; } = """"; }
    public static class Pricing
    {
        public static decimal Price(int quantity) => quantity > 98 ? 192m : 364m * quantity;
        public static string Describe(Invoice invoice) => new StringBuilder().Append(invoice.Total).Append(invoice.Notes).ToString();
    }
}";

        [Fact]
        public async Task UnrelatedCompilation_RegistersNothingButCompilationStart()
        {
            var (geo, inventory, diagnostics) = await RunAsync(Core(Business));

            Assert.Equal(1, geo.CompilationStartActionsCount);
            Assert.Equal(0, geo.CodeBlockActionsCount + geo.SymbolActionsCount + geo.CompilationEndActionsCount);
            Assert.Equal(0, inventory.CodeBlockActionsCount + inventory.SymbolActionsCount);
            Assert.Empty(diagnostics);
        }

        [Fact]
        public async Task SignalInAnyFile_RegistersGeoBlockDetection()
        {
            var (geo, _, _) = await RunAsync(Core(Business, "public class Profile { public string Country { get; set; } = \"\"; }"));

            Assert.Equal(1, geo.CodeBlockActionsCount);
            Assert.Equal(1, geo.SymbolActionsCount);
            Assert.Equal(1, geo.CompilationEndActionsCount);
        }

        [Fact]
        public async Task SignalSpeltWithAnEscape_RegistersGeoBlockDetection()
        {
            var (geo, _, _) = await RunAsync(Core(Business, "public class Profile { public string \\u0043ountry { get; set; } = \"\"; }"));

            Assert.Equal(1, geo.CodeBlockActionsCount);
        }

        [Fact]
        public async Task SignalJoinedFromLiterals_RegistersGeoBlockDetection()
        {
            var (geo, _, _) = await RunAsync(Core(Business, "public static class Names { public const string Cdn = \"CF-IPC\" + \"ountry\"; }"));

            Assert.Equal(1, geo.CodeBlockActionsCount);
        }

        [Fact]
        public async Task ServiceWithoutSignal_IsStillInventoried()
        {
            var (geo, inventory, diagnostics) = await RunAsync(Core(Business, "public class Mailer { public void Send() { using var smtp = new System.Net.Mail.SmtpClient(\"smtp.example.org\"); } }"));

            Assert.Equal(0, geo.CodeBlockActionsCount);
            Assert.Equal(1, inventory.CodeBlockActionsCount);
            Assert.Contains(diagnostics, d => d.Id == "SANC2001" && d.Properties["Feature"] == "Mailer.Send");
        }

        [Fact]
        public async Task WaiverInACompilationWithoutSignal_IsReportedAsCoveringNothing()
        {
            var waivers = new Configuration.TestAdditionalText("SanctionsWaivers.txt", "SANC1001; M:Fabrikam.Billing.Pricing.Price(System.Int32); false-positive; ops; 2099-01-31\n");
            var (geo, _, diagnostics) = await RunAsync(Core(Business), waivers);

            Assert.Equal(0, geo.CodeBlockActionsCount);
            var unused = Assert.Single(diagnostics, d => d.Id == "SANC0002");
            Assert.Contains("matches no SANC1001 finding", unused.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }

        /// <summary>A class library: the net8.0 reference assemblies only, no ASP.NET Core (so no SignalR hub type).</summary>
        private static Compilation Core(params string[] sources) =>
            CSharpCompilation.Create(
                "Fabrikam",
                sources.Select((text, i) => CSharpSyntaxTree.ParseText(text, path: "Source" + i + ".cs")),
                TestReferences.CoreReferences,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        private static async Task<(AnalyzerTelemetryInfo Geo, AnalyzerTelemetryInfo Inventory, ImmutableArray<Diagnostic> Diagnostics)> RunAsync(Compilation compilation, params AdditionalText[] additionalFiles)
        {
            var geo = new GeoBlockAnalyzer();
            var inventory = new ServiceInventoryAnalyzer();
            var withAnalyzers = compilation.WithAnalyzers(
                ImmutableArray.Create<DiagnosticAnalyzer>(geo, inventory),
                new CompilationWithAnalyzersOptions(new AnalyzerOptions(additionalFiles.ToImmutableArray()), null, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
            var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
            return (
                await withAnalyzers.GetAnalyzerTelemetryInfoAsync(geo, CancellationToken.None),
                await withAnalyzers.GetAnalyzerTelemetryInfoAsync(inventory, CancellationToken.None),
                diagnostics);
        }
    }
}
