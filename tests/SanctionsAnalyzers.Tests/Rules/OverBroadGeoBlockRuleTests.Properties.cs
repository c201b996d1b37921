using System.Threading.Tasks;
using Xunit;
using Verify = SanctionsAnalyzers.Tests.Infrastructure.RuleVerifier;

namespace SanctionsAnalyzers.Tests.Rules
{
    /// <summary>
    /// A signal behind a property of the project: its getter returns where the user is, also through an interface
    /// implemented once in the compilation. And a refusal announced by a text that says so before leaving.
    /// </summary>
    public partial class OverBroadGeoBlockRuleTests
    {
        private const string VisitorRegion = @"
public interface IVisitor { string Code { get; } }

public sealed class HeaderVisitor : IVisitor
{
    private readonly IHttpContextAccessor _accessor;
    public HeaderVisitor(IHttpContextAccessor accessor) => _accessor = accessor;
    public string Code
    {
        get { return GETTER; }
    }
}

public interface INotifier { Task ShowAsync(string title, string text); }

public sealed class CallsViewModel
{
    private static readonly HashSet<string> Unavailable = new() { ""IR"", ""KP"" };
    private readonly IVisitor _visitor;
    private readonly INotifier _notifier;
    private readonly ICallClient _calls;

    public CallsViewModel(IVisitor visitor, INotifier notifier, ICallClient calls) { _visitor = visitor; _notifier = notifier; _calls = calls; }

    public async Task StartVideoCall(string room)
    {
        if (CONDITION)
        {
            await _notifier.ShowAsync(""Video call"", ""MESSAGE"");
            return;
        }

        await _calls.JoinAsync(room);
    }
}

public interface ICallClient { Task JoinAsync(string room); }";

        private static string Calls(string getter, string condition, string message) =>
            VisitorRegion.Replace("GETTER", getter).Replace("CONDITION", condition).Replace("MESSAGE", message);

        private const string CountryHeader = @"_accessor.HttpContext!.Request.Headers[""CF-IPCountry""].ToString()";

        private static Microsoft.CodeAnalysis.Testing.DiagnosticResult IranVideoCall() =>
            Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "CallsViewModel.StartVideoCall",
                "video conferencing, inferred from the method name 'StartVideoCall'; confirm with [CommunicationService(\"video-conferencing\")] or declare the right category",
                IranCitation, Deny);

        [Fact]
        public async Task InterfacePropertyWhoseOnlyImplementationReturnsTheHeader_IsASignal() =>
            await Verify.VerifyAsync(Id, Calls(CountryHeader, "{|#0:Unavailable.Contains(_visitor.Code)|}", "Video calls are not available in your region."), IranVideoCall());

        [Fact]
        public async Task InterfacePropertyReturningSomethingElse_IsNoSignal() =>
            await Verify.VerifyAsync(Id, Calls(@"_accessor.HttpContext!.TraceIdentifier", "Unavailable.Contains(_visitor.Code)", "Video calls are not available in your region."));

        [Fact]
        public async Task AnAlertThatSaysNothingOfARefusal_IsNoDeny() =>
            // The other path does the work: showing a tip and leaving is routing them to something else, not a refusal.
            await Verify.VerifyAsync(Id, Calls(CountryHeader, "Unavailable.Contains(_visitor.Code)", "Try our new audio rooms!"));
    }
}
