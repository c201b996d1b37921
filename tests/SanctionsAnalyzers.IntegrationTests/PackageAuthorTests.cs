using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;
using System.Xml.Linq;
using SanctionsAnalyzers.IntegrationTests.Infrastructure;
using Xunit;

namespace SanctionsAnalyzers.IntegrationTests
{
    /// <summary>
    /// docs/package-authors.md end to end: an author declares categories and a classification in the project, the pack
    /// carries them (AssemblyMetadata attributes and sanctions/compliance.json), a consumer's analysis uses them with no
    /// step of its own, a bad declaration fails the author's build, and metadata cannot silence a consumer.
    /// </summary>
    [Collection(PackedPackageCollection.Name)]
    public class PackageAuthorTests : IClassFixture<PackageAuthorTests.AuthorPackages>
    {
        private readonly AuthorPackages _authors;

        public PackageAuthorTests(AuthorPackages authors) => _authors = authors;

        [Fact]
        public void PackageCarriesTheComplianceManifest()
        {
            using var archive = ZipFile.OpenRead(_authors.ChatSdkPackagePath());
            // Once, from the outer build of the multi-targeting project (buildMultiTargeting/ imports the targets there).
            var entry = Assert.Single(archive.Entries, e => e.FullName == "sanctions/compliance.json");

            using var stream = entry!.Open();
            using var manifest = JsonDocument.Parse(stream);
            var root = manifest.RootElement;
            Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
            Assert.Equal(AuthorPackages.ChatSdkId, root.GetProperty("packageId").GetString());
            Assert.Equal(AuthorPackages.ChatSdkVersion, root.GetProperty("packageVersion").GetString());
            Assert.Equal(new[] { "instant-messaging", "chat" }, root.GetProperty("serviceCategories").EnumerateArray().Select(c => c.GetString()));
            Assert.Equal("EAR99", root.GetProperty("exportClassification").GetString());
        }

        [Fact]
        public void PackageDoesNotMakeConsumersDependOnTheAnalyzer()
        {
            using var archive = ZipFile.OpenRead(_authors.ChatSdkPackagePath());
            var nuspec = archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.OrdinalIgnoreCase));
            using var stream = nuspec.Open();

            var dependencies = XDocument.Load(stream).Descendants().Where(e => e.Name.LocalName == "dependency");
            Assert.DoesNotContain(dependencies, d => (string?)d.Attribute("id") == PackedPackageFixture.PackageId);
        }

        [Theory]
        [InlineData("net10.0")]
        [InlineData("netstandard2.0")]
        public void PackagedAssemblyCarriesTheAssemblyMetadata(string framework)
        {
            using var archive = ZipFile.OpenRead(_authors.ChatSdkPackagePath());
            var dll = archive.GetEntry("lib/" + framework + "/" + AuthorPackages.ChatSdkId + ".dll");
            Assert.NotNull(dll);

            using var stream = dll!.Open();
            var metadata = AssemblyMetadataReader.Read(stream).Where(p => p.Key.StartsWith("SanctionsAnalyzers.", StringComparison.Ordinal)).ToList();

            Assert.Equal(
                new[]
                {
                    "SanctionsAnalyzers.ExportClassification=EAR99",
                    "SanctionsAnalyzers.MetadataVersion=1",
                    "SanctionsAnalyzers.ServiceCategories=instant-messaging;chat",
                },
                metadata.Select(p => p.Key + "=" + p.Value).OrderBy(p => p, StringComparer.Ordinal));
        }

        [Fact]
        public void ConsumerSeesTheCategoryOfTheReferencedPackage()
        {
            var result = _authors.ConsumerBuild();

            DotnetAssert.Succeeded(result);
            // The controller calls Contoso.Chat.Sdk's ChatClient: its categories come from the package's metadata only.
            Assert.Contains(result.Output.Split('\n'), l => l.Contains("MessagesController.cs(", StringComparison.Ordinal)
                && l.Contains("warning SANC1001", StringComparison.Ordinal)
                && l.Contains("'MessagesController.Send' (instant messaging and chat)", StringComparison.Ordinal));
        }

        [Fact]
        public void HostilePackageMetadataCannotSilenceTheConsumer()
        {
            var result = _authors.ConsumerBuild();

            // Contoso.Payments claims "payments" (a category that would give a block a basis) and carries keys that ask
            // for suppression; the hub never calls it, so its over-broad chat block is still reported.
            DotnetAssert.Succeeded(result);
            Assert.Contains(result.Output.Split('\n'), l => l.Contains("ChatHub.cs(", StringComparison.Ordinal)
                && l.Contains("warning SANC1001", StringComparison.Ordinal)
                && l.Contains("'ChatHub.SendMessage'", StringComparison.Ordinal));
            DotnetAssert.DoesNotContain("CheckoutController.cs(", result);
        }

        [Fact]
        public void MalformedMetadataFailsTheAuthorBuild()
        {
            // Packed first: this build reuses the author's project with a bad declaration on the command line (';' as %3B).
            _authors.ChatSdkPackagePath();

            var result = _authors.ChatSdk.Build("-p:SanctionsServiceCategories=chat%3Btelepathy");

            DotnetAssert.Failed(result);
            DotnetAssert.Contains("error SANC3001", result);
            DotnetAssert.Contains("telepathy", result);
        }

        /// <summary>
        /// Contoso.Chat.Sdk (netstandard2.0 and net10.0, declares instant-messaging;chat, EAR99, through SanctionsAnalyzers), Contoso.Payments (a
        /// hand-written, hostile declaration, no SanctionsAnalyzers), both packed into the test feed, and a web consumer of both.
        /// </summary>
        public sealed class AuthorPackages : IDisposable
        {
            public const string ChatSdkId = "Contoso.Chat.Sdk";
            public const string ChatSdkVersion = "1.2.0";
            public const string PaymentsId = "Contoso.Payments";
            public const string PaymentsVersion = "1.0.0";

            private const string ChatClient = """
                using System.Threading.Tasks;

                namespace Contoso.Chat;

                public sealed class ChatClient
                {
                    public Task SendAsync(string room, string message) => Task.CompletedTask;
                }
                """;

            private const string PaymentClient = """
                using System.Reflection;

                // Written by hand, with no SanctionsAnalyzers: metadata that claims more than it may.
                [assembly: AssemblyMetadata("SanctionsAnalyzers.MetadataVersion", "1")]
                [assembly: AssemblyMetadata("SanctionsAnalyzers.ServiceCategories", "payments")]
                [assembly: AssemblyMetadata("SanctionsAnalyzers.ExportClassification", "EAR99")]
                [assembly: AssemblyMetadata("SanctionsAnalyzers.Suppress", "SANC1001")]
                [assembly: AssemblyMetadata("SanctionsAnalyzers.Severity.SANC1001", "none")]

                namespace Contoso.Payments;

                public sealed class PaymentClient
                {
                    public Task ChargeAsync(string customer, decimal amount) => Task.CompletedTask;
                }
                """;

            private const string ConsumerProgram = """
                var builder = WebApplication.CreateBuilder(args);
                builder.Services.AddControllers();
                builder.Services.AddSignalR();
                var app = builder.Build();
                app.MapControllers();
                app.MapHub<ChatHub>("/chat");
                app.Run();
                """;

            private const string MessagesController = """
                using Contoso.Chat;
                using Microsoft.AspNetCore.Mvc;

                [ApiController]
                [Route("api/messages")]
                public class MessagesController : ControllerBase
                {
                    private readonly ChatClient _chat = new ChatClient();

                    [HttpPost]
                    public async Task<IActionResult> Send(string room, string message)
                    {
                        var country = Request.Headers["CF-IPCountry"].ToString();
                        if (country == "IR")
                        {
                            return StatusCode(451);
                        }

                        await _chat.SendAsync(room, message);
                        return Ok();
                    }
                }
                """;

            private const string CheckoutController = """
                using Contoso.Payments;
                using Microsoft.AspNetCore.Mvc;

                [ApiController]
                [Route("api/checkout")]
                public class CheckoutController : ControllerBase
                {
                    private readonly PaymentClient _payments = new PaymentClient();

                    [HttpPost]
                    public async Task<IActionResult> Pay(string customer, decimal amount)
                    {
                        await _payments.ChargeAsync(customer, amount);
                        return Ok();
                    }
                }
                """;

            private const string ChatHub = """
                using Microsoft.AspNetCore.SignalR;

                public class ChatHub : Hub
                {
                    public async Task SendMessage(string user, string message)
                    {
                        var country = Context.GetHttpContext()!.Request.Headers["CF-IPCountry"].ToString();
                        if (country == "IR") { Context.Abort(); return; }
                        await Clients.All.SendAsync("ReceiveMessage", user, message);
                    }
                }
                """;

            private readonly PackedPackageFixture _package;
            private readonly Lazy<DotnetResult> _chatSdkPack;
            private readonly Lazy<DotnetResult> _paymentsPack;
            private readonly Lazy<DotnetResult> _consumerBuild;

            public AuthorPackages(PackedPackageFixture package)
            {
                _package = package;
                ChatSdk = new ConsumerProject(
                    package,
                    new Dictionary<string, string> { ["ChatClient.cs"] = ChatClient },
                    new ConsumerOptions
                    {
                        ProjectName = ChatSdkId,
                        Sdk = "Microsoft.NET.Sdk",
                        // Multi-targeting, as libraries often are; netstandard2.0 needs NETStandard.Library from nuget.org.
                        TargetFrameworks = "netstandard2.0;net10.0",
                        UseNuGetOrg = true,
                        Properties = Package(ChatSdkId, ChatSdkVersion, new Dictionary<string, string>
                        {
                            ["LangVersion"] = "latest",
                            ["SanctionsServiceCategories"] = "instant-messaging;chat",
                            ["SanctionsExportClassification"] = "EAR99",
                        }),
                    });
                Payments = new ConsumerProject(
                    package,
                    new Dictionary<string, string> { ["PaymentClient.cs"] = PaymentClient },
                    new ConsumerOptions
                    {
                        ProjectName = PaymentsId,
                        Sdk = "Microsoft.NET.Sdk",
                        ReferenceAnalyzers = false,
                        Properties = Package(PaymentsId, PaymentsVersion, new Dictionary<string, string>()),
                    });
                Consumer = new ConsumerProject(
                    package,
                    new Dictionary<string, string>
                    {
                        ["Program.cs"] = ConsumerProgram,
                        ["Controllers/MessagesController.cs"] = MessagesController,
                        ["Controllers/CheckoutController.cs"] = CheckoutController,
                        ["Hubs/ChatHub.cs"] = ChatHub,
                    },
                    new ConsumerOptions
                    {
                        PackageReferences = new Dictionary<string, string> { [ChatSdkId] = ChatSdkVersion, [PaymentsId] = PaymentsVersion },
                    });

                // Into the test feed, next to SanctionsAnalyzers: the consumer restores all three from there.
                _chatSdkPack = new Lazy<DotnetResult>(() => ChatSdk.Pack(package.FeedDirectory));
                _paymentsPack = new Lazy<DotnetResult>(() => Payments.Pack(package.FeedDirectory));
                _consumerBuild = new Lazy<DotnetResult>(() =>
                {
                    DotnetAssert.Succeeded(_chatSdkPack.Value);
                    DotnetAssert.Succeeded(_paymentsPack.Value);
                    return Consumer.Build();
                });
            }

            public ConsumerProject ChatSdk { get; }

            public ConsumerProject Payments { get; }

            public ConsumerProject Consumer { get; }

            /// <summary>Packs Contoso.Chat.Sdk once and returns the .nupkg's path.</summary>
            public string ChatSdkPackagePath()
            {
                DotnetAssert.Succeeded(_chatSdkPack.Value);
                var path = Path.Combine(_package.FeedDirectory, ChatSdkId + "." + ChatSdkVersion + ".nupkg");
                Assert.True(File.Exists(path), "dotnet pack did not write " + path + Environment.NewLine + _chatSdkPack.Value);
                return path;
            }

            /// <summary>The consumer's one build (after both packs).</summary>
            public DotnetResult ConsumerBuild() => _consumerBuild.Value;

            public void Dispose()
            {
                Consumer.Dispose();
                Payments.Dispose();
                ChatSdk.Dispose();
            }

            private static Dictionary<string, string> Package(string id, string version, Dictionary<string, string> properties)
            {
                properties["PackageId"] = id;
                properties["Version"] = version;
                properties["Authors"] = "Contoso";
                properties["Description"] = id + ", a package of the integration tests.";
                properties["IsPackable"] = "true";
                return properties;
            }
        }
    }
}
