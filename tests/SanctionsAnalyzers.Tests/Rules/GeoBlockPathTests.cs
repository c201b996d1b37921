using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using SanctionsAnalyzers.Rules;
using SanctionsAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SanctionsAnalyzers.Tests.Rules
{
    /// <summary>
    /// Every geo-block finding is explained as a path: the diagnostic sits on the test, and its additional locations are
    /// the other steps in order (signal, jurisdiction, action, feature), named by the PathSteps property.
    /// </summary>
    public class GeoBlockPathTests
    {
        private const string Source = @"
using Microsoft.AspNetCore.SignalR;
using System.Linq;
using System.Threading.Tasks;

public class ChatHub : Hub
{
    private static readonly string[] Blocked = { ""IR"" };

    public async Task SendMessage(string message)
    {
        var country = Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""].ToString();
        if (Blocked.Contains(country))
        {
            Context.Abort();
            return;
        }

        await Clients.All.SendAsync(""ReceiveMessage"", message);
    }
}";

        [Fact]
        public async Task OverBroad_CarriesSignalJurisdictionActionAndFeature_InOrder()
        {
            var diagnostic = (await AnalyzerRun.DiagnosticsAsync(AnalyzerRun.Compile(Source))).Single(d => d.Id == RuleIds.OverBroadGeoBlock);

            Assert.Equal("signal,jurisdiction,test,action,feature", diagnostic.Properties[DiagnosticProperties.PathSteps]);
            Assert.Equal("IR", diagnostic.Properties[DiagnosticProperties.JurisdictionSteps]);
            var texts = diagnostic.AdditionalLocations.Select(l => l.SourceTree!.GetText().ToString(l.SourceSpan)).ToList();
            Assert.Equal(new[] { @"Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""]", @"""IR""", "Context.Abort()", "SendMessage" }, texts);
            Assert.Equal("Blocked.Contains(country)", diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan));
        }

        [Fact]
        public async Task EveryPlaceNamingAJurisdiction_IsAStep_WithTheIdsItNames()
        {
            var diagnostic = (await AnalyzerRun.DiagnosticsAsync(AnalyzerRun.Compile(Source.Replace(@"{ ""IR"" }", @"{ ""IR"", ""KP"", ""CU"" }"))))
                .Single(d => d.Id == RuleIds.OverBroadGeoBlock);

            Assert.Equal("signal,jurisdiction,jurisdiction,jurisdiction,test,action,feature", diagnostic.Properties[DiagnosticProperties.PathSteps]);
            Assert.Equal("IR,KP,CU", diagnostic.Properties[DiagnosticProperties.JurisdictionSteps]);
            var texts = diagnostic.AdditionalLocations.Skip(1).Take(3).Select(l => l.SourceTree!.GetText().ToString(l.SourceSpan));
            Assert.Equal(new[] { @"""IR""", @"""KP""", @"""CU""" }, texts);
        }

        [Fact]
        public async Task Proxy_And_Inventory_CarryTheirPathToo()
        {
            var source = Source.Replace(@"var country = Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""].ToString();", @"var phone = Context.User!.FindFirst(""phone_number"")!.Value;")
                .Replace("Blocked.Contains(country)", @"phone.StartsWith(""+98"")");
            var diagnostics = await AnalyzerRun.DiagnosticsAsync(AnalyzerRun.Compile(source));
            var proxy = diagnostics.Single(d => d.Id == RuleIds.ProxySignalGeoBlock);

            Assert.StartsWith("signal,", proxy.Properties[DiagnosticProperties.PathSteps]);
            Assert.EndsWith(",feature", proxy.Properties[DiagnosticProperties.PathSteps]);
            Assert.Equal(proxy.Properties[DiagnosticProperties.PathSteps]!.Split(',').Length - 1, proxy.AdditionalLocations.Count);
        }
    }
}
