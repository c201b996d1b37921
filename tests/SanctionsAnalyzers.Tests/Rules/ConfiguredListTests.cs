using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Text;
using Xunit;
using Verify = SanctionsAnalyzers.Tests.Infrastructure.RuleVerifier;

namespace SanctionsAnalyzers.Tests.Rules
{
    /// <summary>Block lists bound from configuration, resolved against appsettings*.json AdditionalFiles (SANC1001 and SANC1002).</summary>
    public class ConfiguredListTests
    {
        private const string OverBroad = "SANC1001";
        private const string UnknownScope = "SANC1002";
        private const string IranCitation = "31 CFR 560.540(a)(1), formerly GL D-2";
        private const string Chat = "instant messaging and chat";

        private static string Hub(string members, string body) => @"
public class ChatHub : Hub
{
    MEMBERS
    public async Task Send(string message)
    {
        var country = Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""].ToString();
        BODY
        await Clients.All.SendAsync(""m"", message);
    }
}".Replace("MEMBERS", members).Replace("BODY", body);

        private const string Configuration = "private readonly IConfiguration _configuration = null!;";

        private static Task VerifyAsync(string rule, string source, (string Name, string Json)[] files, params Microsoft.CodeAnalysis.Testing.DiagnosticResult[] expected) =>
            VerifyAsync(rule, new[] { source }, files, expected);

        private static async Task VerifyAsync(string rule, string[] sources, (string Name, string Json)[] files, params Microsoft.CodeAnalysis.Testing.DiagnosticResult[] expected)
        {
            var test = Verify.ForRule(rule);
            foreach (var source in sources)
            {
                test.TestState.Sources.Add(source);
            }

            foreach (var (name, json) in files)
            {
                test.TestState.AdditionalFiles.Add((name, SourceText.From(json)));
            }

            test.ExpectedDiagnostics.AddRange(expected);
            await test.RunAsync();
        }

        private static Microsoft.CodeAnalysis.Testing.DiagnosticResult IranChat() =>
            Verify.Diagnostic(OverBroad).WithLocation(0).WithArguments("Iran (IR)", "ChatHub.Send", Chat, IranCitation, "denies");

        [Fact]
        public Task GetSectionGet_ResolvedFromAppSettings() => VerifyAsync(OverBroad,
            Hub(Configuration, @"var blocked = _configuration.GetSection(""Geo:BlockedCountries"").Get<string[]>() ?? Array.Empty<string>();
        if ({|#0:blocked.Contains(country)|}) { Context.Abort(); return; }"),
            new[] { ("appsettings.json", @"{ ""Geo"": { ""BlockedCountries"": [ ""IR"", ""KP"" ] } }") },
            IranChat());

        [Fact]
        public Task NestedGetSection_ResolvedFromAppSettings() => VerifyAsync(OverBroad,
            Hub(Configuration, @"var blocked = _configuration.GetSection(""Geo"").GetSection(""BlockedCountries"").Get<List<string>>()!;
        if ({|#0:blocked.Contains(country)|}) { Context.Abort(); return; }"),
            new[] { ("appsettings.json", @"{ ""Geo"": { ""BlockedCountries"": [ ""IR"" ] } }") },
            IranChat());

        [Fact]
        public Task GetValue_ResolvedFromAppSettings() => VerifyAsync(OverBroad,
            Hub(Configuration, @"var blocked = _configuration.GetValue<string[]>(""Sanctions:Countries"") ?? Array.Empty<string>();
        if ({|#0:blocked.Contains(country)|}) { Context.Abort(); return; }"),
            new[] { ("appsettings.json", @"{ ""Sanctions"": { ""Countries"": [ ""IR"" ] } }") },
            IranChat());

        [Fact]
        public Task OptionsWithSectionNameConstant() => VerifyAsync(OverBroad,
            @"public sealed class GeoFencingOptions { public const string SectionName = ""Fencing""; public List<string> Denied { get; set; } = new(); }
" + Hub("private readonly Microsoft.Extensions.Options.IOptions<GeoFencingOptions> _options = null!;",
                @"if ({|#0:_options.Value.Denied.Contains(country)|}) { Context.Abort(); return; }"),
            new[] { ("appsettings.json", @"{ ""Fencing"": { ""Denied"": [ ""IR"" ] } }") },
            IranChat());

        [Fact]
        public Task OptionsMonitorSectionFromTypeName() => VerifyAsync(OverBroad,
            @"public sealed class GeoBlockingSettings { public string[] Countries { get; set; } = []; }
" + Hub("private readonly Microsoft.Extensions.Options.IOptionsMonitor<GeoBlockingSettings> _options = null!;",
                @"if ({|#0:_options.CurrentValue.Countries.Contains(country)|}) { Context.Abort(); return; }"),
            new[] { ("appsettings.json", @"{ ""GeoBlocking"": { ""Countries"": [ ""IR"" ] } }") },
            IranChat());

        [Fact]
        public Task EnvironmentFileIsMergedIn() => VerifyAsync(OverBroad,
            Hub(Configuration, @"var blocked = _configuration.GetSection(""Geo:Blocked"").Get<string[]>()!;
        if ({|#0:blocked.Contains(country)|}) { Context.Abort(); return; }"),
            new[] { ("appsettings.json", @"{ ""Geo"": { ""Blocked"": [ ""KP"" ] } }"), ("appsettings.Production.json", @"{ ""Geo"": { ""Blocked"": [ ""IR"" ] } }") },
            IranChat());

        [Fact]
        public Task CommaSeparatedScalar() => VerifyAsync(OverBroad,
            Hub(Configuration, @"var blocked = (_configuration[""Geo:Blocked""] ?? """").Split(',');
        if ({|#0:_configuration.GetValue<string[]>(""Geo:Blocked"")!.Contains(country)|}) { Context.Abort(); return; }"),
            new[] { ("appsettings.json", @"{ ""Geo"": { ""Blocked"": ""KP,IR"" } }") },
            IranChat());

        [Fact]
        public Task ConfiguredListWithoutSanctionedPlaces_IsSilent() => VerifyAsync(OverBroad,
            Hub(Configuration, @"var blocked = _configuration.GetSection(""Geo:Blocked"").Get<string[]>()!;
        if (blocked.Contains(country)) { Context.Abort(); return; }"),
            new[] { ("appsettings.json", @"{ ""Geo"": { ""Blocked"": [ ""RU"" ] } }") });

        [Fact]
        public Task MissingKey_IsUnknownScope() => VerifyAsync(UnknownScope,
            Hub(Configuration, @"var blocked = _configuration.GetSection(""Geo:Blocked"").Get<string[]>()!;
        if ({|#0:blocked.Contains(country)|}) { Context.Abort(); return; }"),
            new[] { ("appsettings.json", @"{ ""Logging"": { ""LogLevel"": { ""Default"": ""Information"" } } }") },
            Verify.Diagnostic(UnknownScope).WithLocation(0).WithArguments("a list the analyzer cannot see", "denies", "ChatHub.Send", Chat,
                "the blocked jurisdictions come from configuration key 'Geo:Blocked'; pass the file that holds it (appsettings*.json) to the analyzer as an AdditionalFile so the block can be checked against 31 CFR 560.540 and the other programs"));

        /// <summary>A provider in a file of its own whose property reads the configuration each time.</summary>
        private const string ComplianceListProvider = @"
public sealed class ComplianceListProvider
{
    private readonly IConfiguration _configuration;
    public ComplianceListProvider(IConfiguration configuration) => _configuration = configuration;

    public IReadOnlyCollection<string> AdditionalBlockedCountries =>
        _configuration.GetSection(""Compliance:AdditionalBlockedCountries"").Get<string[]>() ?? [];
}";

        private static string HubUsingTheProvider() =>
            Hub("private readonly ComplianceListProvider _compliance = null!;", @"if ({|#0:_compliance.AdditionalBlockedCountries.Contains(country)|}) { Context.Abort(); return; }");

        [Fact]
        public Task PropertyGetterReadingConfigurationInAnotherFile_ResolvedFromAppSettings() => VerifyAsync(OverBroad,
            new[] { HubUsingTheProvider(), ComplianceListProvider },
            new[] { ("appsettings.json", @"{ ""Compliance"": { ""AdditionalBlockedCountries"": [ ""IR"" ] } }") },
            IranChat());

        [Fact]
        public Task PropertyGetterReadingAKeyInNoAppSettingsFile_IsUnknownScope() => VerifyAsync(UnknownScope,
            new[] { HubUsingTheProvider(), ComplianceListProvider },
            new[] { ("appsettings.json", @"{ ""Logging"": { ""LogLevel"": { ""Default"": ""Information"" } } }") },
            Verify.Diagnostic(UnknownScope).WithLocation(0).WithArguments("a list the analyzer cannot see", "denies", "ChatHub.Send", Chat,
                "the blocked jurisdictions come from configuration key 'Compliance:AdditionalBlockedCountries'; pass the file that holds it (appsettings*.json) to the analyzer as an AdditionalFile so the block can be checked against 31 CFR 560.540 and the other programs"));

        [Fact]
        public Task MalformedJson_NeverCrashes_AndTheListStaysUnknown() => VerifyAsync(UnknownScope,
            Hub(Configuration, @"var blocked = _configuration.GetSection(""Geo:Blocked"").Get<string[]>()!;
        if ({|#0:blocked.Contains(country)|}) { Context.Abort(); return; }"),
            new[] { ("appsettings.json", @"{ ""Geo"": { ""Blocked"": [ ""IR"", ") },
            Verify.Diagnostic(UnknownScope).WithLocation(0).WithArguments("a list the analyzer cannot see", "denies", "ChatHub.Send", Chat,
                "the blocked jurisdictions come from configuration key 'Geo:Blocked'; pass the file that holds it (appsettings*.json) to the analyzer as an AdditionalFile so the block can be checked against 31 CFR 560.540 and the other programs"));

        [Fact]
        public Task OtherJsonFilesAreNotConfiguration() => VerifyAsync(UnknownScope,
            Hub(Configuration, @"var blocked = _configuration.GetSection(""Geo:Blocked"").Get<string[]>()!;
        if ({|#0:blocked.Contains(country)|}) { Context.Abort(); return; }"),
            new[] { ("countries.json", @"{ ""Geo"": { ""Blocked"": [ ""IR"" ] } }") },
            Verify.Diagnostic(UnknownScope).WithLocation(0).WithArguments("a list the analyzer cannot see", "denies", "ChatHub.Send", Chat,
                "the blocked jurisdictions come from configuration key 'Geo:Blocked'; pass the file that holds it (appsettings*.json) to the analyzer as an AdditionalFile so the block can be checked against 31 CFR 560.540 and the other programs"));

        [Fact]
        public Task FieldBoundInTheConstructor_ResolvedFromAppSettings() => VerifyAsync(OverBroad,
            Hub(@"private readonly HashSet<string> _codes;
    public ChatHub(IConfiguration config) => _codes = (config.GetSection(""Geo:Codes"").Get<string[]>() ?? Array.Empty<string>()).ToHashSet();",
                @"if ({|#0:_codes.Contains(country)|}) { Context.Abort(); return; }"),
            new[] { ("appsettings.json", @"{ ""Geo"": { ""Codes"": [ ""IR"" ] } }") },
            IranChat());

        [Fact]
        public Task FieldBoundInTheConstructor_KeyInNoFile_IsUnknown() => VerifyAsync(UnknownScope,
            Hub(@"private readonly HashSet<string> _countryCodes;
    public ChatHub(IConfiguration config) => _countryCodes = (config.GetSection(""Geo:Codes"").Get<string[]>() ?? Array.Empty<string>()).ToHashSet();",
                @"if ({|#0:_countryCodes.Contains(country)|}) { Context.Abort(); return; }"),
            new[] { ("appsettings.json", @"{ ""Logging"": { ""LogLevel"": { ""Default"": ""Information"" } } }") },
            Verify.Diagnostic(UnknownScope).WithLocation(0).WithArguments("a list the analyzer cannot see", "denies", "ChatHub.Send", Chat,
                "the blocked jurisdictions come from configuration key 'Geo:Codes'; pass the file that holds it (appsettings*.json) to the analyzer as an AdditionalFile so the block can be checked against 31 CFR 560.540 and the other programs"));
    }
}
