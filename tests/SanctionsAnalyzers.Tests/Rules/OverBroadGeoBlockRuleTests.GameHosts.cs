using System.Threading.Tasks;
using Xunit;
using Verify = SanctionsAnalyzers.Tests.Infrastructure.RuleVerifier;

namespace SanctionsAnalyzers.Tests.Rules
{
    /// <summary>
    /// Game-server plugin base types are hosts (base-type rows of ServiceCatalog.xml): a plugin deriving from one is an
    /// e-gaming feature, generic bases (EXILED's <c>Plugin&lt;TConfig&gt;</c>) included. A same-named base of the project's
    /// own is not.
    /// </summary>
    public partial class OverBroadGeoBlockRuleTests
    {
        private const string ExiledStubs = @"
namespace Exiled.API.Interfaces { public interface IConfig { bool IsEnabled { get; set; } } }
namespace Exiled.API.Features
{
    public abstract class Plugin<TConfig> where TConfig : Exiled.API.Interfaces.IConfig, new()
    {
        public TConfig Config { get; } = new TConfig();
    }
}";

        private static string RegionGuard(string baseNamespace) => @"
public sealed class GuardConfig : Exiled.API.Interfaces.IConfig
{
    public bool IsEnabled { get; set; } = true;
}

public sealed class JoinRequest
{
    public string Country { get; set; } = """";
    public void Reject(string reason) { }
}

public sealed class RegionGuard : BASE.Plugin<GuardConfig>
{
    public void OnPreAuthenticating(JoinRequest request)
    {
        if ({|#0:request.Country == ""IR""|}) throw new System.InvalidOperationException(""not from your country"");
    }
}".Replace("BASE", baseNamespace);

        [Fact]
        public async Task GenericGameServerPluginBase_HostsEGaming() =>
            await Verify.VerifyAsync(Id, new[] { ExiledStubs, RegionGuard("Exiled.API.Features") },
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "RegionGuard.OnPreAuthenticating", "e-gaming", IranCitation, Deny));

        [Fact]
        public async Task APluginBaseOfTheProjectsOwn_HostsNothing() =>
            await Verify.VerifyAsync(Id, new[] { ExiledStubs.Replace("Exiled.API.Features", "Contoso.Plugins"), RegionGuard("Contoso.Plugins").Replace("{|#0:", string.Empty).Replace("|}", string.Empty) });
    }
}
