using System.Threading.Tasks;
using Xunit;
using Verify = SanctionsAnalyzers.Tests.Infrastructure.RuleVerifier;

namespace SanctionsAnalyzers.Tests.Rules
{
    /// <summary>
    /// An HTTP error result (the <c>error-result</c> words: BadRequest, UnprocessableEntity, Conflict...) returned on a
    /// block list's path before the work everyone else gets is a refusal by its effect; on an allow-list's path it is a
    /// form's validation. A provider resolved into a local of an interface type is a collaborator whose work is skipped.
    /// </summary>
    public partial class OverBroadGeoBlockRuleTests
    {
        private static string TranslateApi(string test) => @"
public interface ITranslationProvider { Task<string> TranslateAsync(string text, string to); }

public sealed class TranslateController : ControllerBase
{
    private static readonly string[] Restricted = { ""IR"", ""CU"" };
    private static readonly string[] Supported = { ""US"", ""DE"", ""FR"" };
    private readonly IEnumerable<ITranslationProvider> _providers;
    public TranslateController(IEnumerable<ITranslationProvider> providers) => _providers = providers;

    [HttpPost(""translate"")]
    public async Task<IActionResult> Post(string text, string to)
    {
        var country = Request.Headers[""CF-IPCountry""].ToString();
        if (" + test + @") return UnprocessableEntity(new { error = ""unsupported"" });
        var provider = _providers.First();
        return Ok(await provider.TranslateAsync(text, to));
    }
}";

        [Fact]
        public async Task ErrorResult_OnABlockListsPath_BeforeTheWork_Denies()
        {
            await Verify.VerifyAsync(Id, TranslateApi("{|#0:Restricted.Contains(country)|}"),
                Verify.Diagnostic(Id).WithLocation(0).WithArguments(
                    "Iran (IR) and Cuba (CU)", "TranslateController.Post", Inferred("automated translation", "the route name 'translate'", "\"automated-translation\""),
                    IranCitation + " (Iran); 31 CFR 515.578(a)(1) (Cuba)", "denies"));
        }

        [Fact]
        public async Task ErrorResult_OnAnAllowListsPath_IsValidation()
        {
            await Verify.VerifyAsync(Id, TranslateApi("!Supported.Contains(country)"));
        }
    }
}
