using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using SanctionsAnalyzers.Services;
using SanctionsAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SanctionsAnalyzers.Tests.Services
{
    /// <summary>
    /// Every family of the embedded service catalog, one positive and one negative each: a call into a type of the
    /// family is inventoried (SANC2001) with the family's categories; the same call into a look-alike namespace is not.
    /// </summary>
    public class ServiceCatalogFamilyTests
    {
        public static IEnumerable<object[]> NamespaceFamilies() =>
            ServiceCatalog.Embedded.Apis.Where(a => a.NamespaceName is not null).Select(a => new object[] { a.NamespaceName!, a.Family });

        public static IEnumerable<object[]> Hosts() =>
            ServiceCatalog.Embedded.Hosts.Select(h => new object[] { h.Name, h.Family });

        [Theory]
        [MemberData(nameof(NamespaceFamilies))]
        public async Task NamespaceFamily_IsInventoried_AndALookAlikeIsNot(string ns, string family)
        {
            var api = ServiceCatalog.Embedded.Apis.First(a => a.NamespaceName == ns);
            var stub = "namespace " + ns + ".Sdk { public static class Client { public static void Call() { } } }";
            var lookAlike = "namespace Contoso.Copies." + ns + " { public static class Client { public static void Call() { } } }";
            var consumer = "public class Feature { public void Use() => global::" + ns + ".Sdk.Client.Call(); public void Other() => global::Contoso.Copies." + ns + ".Client.Call(); }";

            var diagnostics = await AnalyzerRun.DiagnosticsAsync(AnalyzerRun.Compile(stub, lookAlike, consumer));
            var inventory = diagnostics.Where(d => d.Id == "SANC2001").ToList();

            var entry = Assert.Single(inventory, d => d.Properties["Feature"] == "Feature.Use");
            Assert.Equal(string.Join(",", api.Categories.Select(c => c.Id)), entry.Properties["Categories"]);
            Assert.Contains(family, entry.Properties["Evidence"]);
            Assert.DoesNotContain(inventory, d => d.Properties["Feature"] == "Feature.Other");
        }

        [Theory]
        [MemberData(nameof(Hosts))]
        public async Task ServiceHost_IsInventoried_AndALookAlikeIsNot(string host, string family)
        {
            var name = host.StartsWith("*.", System.StringComparison.Ordinal) ? "eu01" + host.Substring(1) : host;
            var consumer = "public class Feature { public string Use() => \"https://" + name + "/v1/x\"; public string Other() => \"https://" + name + ".example.org/v1/x\"; }";

            var diagnostics = await AnalyzerRun.DiagnosticsAsync(AnalyzerRun.Compile(consumer));
            var inventory = diagnostics.Where(d => d.Id == "SANC2001").ToList();

            var entry = Assert.Single(inventory, d => d.Properties["Feature"] == "Feature.Use");
            Assert.Contains(family, entry.Properties["Evidence"]);
            Assert.DoesNotContain(inventory, d => d.Properties["Feature"] == "Feature.Other");
        }
    }
}
