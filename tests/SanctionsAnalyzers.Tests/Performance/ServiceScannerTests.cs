using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SanctionsAnalyzers.Services;
using SanctionsAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SanctionsAnalyzers.Tests.Performance
{
    /// <summary>
    /// SANC2001's per-file look: only files that name a catalogued API the compilation can reach, a package with
    /// declared categories, [CommunicationService], a configured feature or a service host get operation trees. Generic
    /// words that happen to be parts of catalogued namespaces (Text, Identity, Email, Hub, Chat, Client) do not count.
    /// </summary>
    public class ServiceScannerTests
    {
        public static IEnumerable<object[]> NamingAService() => new[]
        {
            new object[] { "an SmtpClient", "public class Mailer { public void Send() { using var smtp = new System.Net.Mail.SmtpClient(\"smtp.example.org\"); } }" },
            new object[] { "an escaped SmtpClient", "public class Mailer { public void Send() { using var smtp = new System.Net.Mail.Smtp\\u0043lient(\"smtp.example.org\"); } }" },
            new object[] { "a service host", "public class Sms { public string Url => \"https://api.twilio.com/2010-04-01/Accounts\"; }" },
            new object[] { "a declared category", "[CommunicationService(\"chat\")] public class Rooms { } public class CommunicationServiceAttribute : System.Attribute { public CommunicationServiceAttribute(params string[] ids) { } }" },
            new object[] { "a catalogued namespace the compilation has", "namespace Twilio.Rest.Api { public static class MessageResource { public static void Create() { } } } public class Sms { public void Send() => Twilio.Rest.Api.MessageResource.Create(); }" },
            new object[] { "Stripe, whose stub is in every test compilation", "public class Pay { public Stripe.PaymentIntentService Service { get; } = new Stripe.PaymentIntentService(); }" },
        };

        public static IEnumerable<object[]> NamingNoService() => new[]
        {
            new object[] { "System.Text and a Text property", "using System.Text; public class Report { public string Text { get; set; } = new StringBuilder().ToString(); }" },
            new object[] { "an Identity module and an Email property", "namespace Contoso.Identity { public class UserDto { public string Email { get; set; } = \"\"; public string Hub { get; set; } = \"\"; } }" },
            new object[] { "Chat and Client in names", "public class ChatClient { public void Connect(string chat) { } }" },
            new object[] { "a catalogued namespace the compilation lacks", "public class Sms { public string Provider => nameof(Twilio); public int Twilio { get; } }" },
            new object[] { "a service host in a comment only", "public class Sms { // posts to https://api.twilio.com\n public int Port => 443; }" },
            new object[] { "a look-alike type name", "public class MySmtpClient { } public class Mailer { public MySmtpClient Client { get; } = new MySmtpClient(); }" },
        };

        [Theory]
        [MemberData(nameof(NamingAService))]
        public void FileNamingAService_IsScanned(string what, string source)
        {
            var fixture = ScanFixture.Of(source);
            var scanner = new ServiceScanner(fixture.Context, CancellationToken.None);

            Assert.True(scanner.MentionsAService(fixture.Compilation.SyntaxTrees.Last(), CancellationToken.None), "A file with " + what + " is skipped.");
        }

        [Theory]
        [MemberData(nameof(NamingNoService))]
        public void FileNamingNoService_IsSkipped(string what, string source)
        {
            var fixture = ScanFixture.Of(source);
            var scanner = new ServiceScanner(fixture.Context, CancellationToken.None);

            Assert.False(scanner.MentionsAService(fixture.Compilation.SyntaxTrees.Last(), CancellationToken.None), "A file with " + what + " is scanned; words: " + string.Join(", ", scanner.Identifiers));
        }

        [Fact]
        public void FeatureDeclaredInConfiguration_IsScanned()
        {
            // Global-config keys reach the analyzer lowercased: the type name is matched ignoring case.
            var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new OneGlobalOption("sanctions_analyzers.category.contoso.learningcontroller", "e-learning"));
            var fixture = ScanFixture.Of(AnalyzerRun.Compile("namespace Contoso { public class LearningController : ControllerBase { public IActionResult Lessons() => Ok(); } }"), options);
            var scanner = new ServiceScanner(fixture.Context, CancellationToken.None);

            Assert.True(scanner.MentionsAService(fixture.Compilation.SyntaxTrees.Last(), CancellationToken.None));
        }

        [Fact]
        public void PackageWithDeclaredCategories_NamesItsTypes()
        {
            var sdk = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
                "Contoso.Sdk",
                new[]
                {
                    Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(@"
[assembly: System.Reflection.AssemblyMetadata(""SanctionsAnalyzers.MetadataVersion"", ""1"")]
[assembly: System.Reflection.AssemblyMetadata(""SanctionsAnalyzers.ServiceCategories"", ""chat"")]
namespace Contoso.Messaging { public sealed class Courier { public void Deliver() { } } }"),
                },
                TestReferences.CoreReferences,
                new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var consumer = AnalyzerRun.Compile("public class Feature { public void Use(Courier courier) => courier.Deliver(); }", "global using Contoso.Messaging;")
                .AddReferences(sdk.ToMetadataReference());
            var fixture = ScanFixture.Of(consumer);
            var scanner = new ServiceScanner(fixture.Context, CancellationToken.None);

            Assert.True(scanner.MentionsAService(consumer.SyntaxTrees.First(t => t.ToString().Contains("class Feature")), CancellationToken.None));
        }

        private sealed class OneGlobalOption : AnalyzerConfigOptionsProvider
        {
            private readonly Options _options;

            public OneGlobalOption(string key, string value)
            {
                _options = new Options(key, value);
            }

            public override AnalyzerConfigOptions GlobalOptions => _options;

            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

            private sealed class Options : AnalyzerConfigOptions
            {
                public static readonly Options Empty = new Options(null, null);

                private readonly string? _key;
                private readonly string? _value;

                public Options(string? key, string? value)
                {
                    _key = key;
                    _value = value;
                }

                public override IEnumerable<string> Keys => _key is null ? Enumerable.Empty<string>() : new[] { _key };

                public override bool TryGetValue(string key, out string value)
                {
                    value = _value ?? string.Empty;
                    return key == _key;
                }
            }
        }
    }
}
