using System.Threading.Tasks;
using Xunit;
using Verify = SanctionsAnalyzers.Tests.Infrastructure.RuleVerifier;

namespace SanctionsAnalyzers.Tests.Rules
{
    /// <summary>SANC1001: over-broad geo-block of an authorized communication service.</summary>
    public partial class OverBroadGeoBlockRuleTests
    {
        private const string Id = "SANC1001";
        private const string IranCitation = "31 CFR 560.540(a)(1), formerly GL D-2";
        private const string Chat = "instant messaging and chat";

        private const string MailController = @"
public class MailController : ControllerBase
{
    private readonly IGeoIP2DatabaseReader _geo;
    public MailController(IGeoIP2DatabaseReader geo) => _geo = geo;

    [HttpPost(""/mail"")]
    public async Task<IActionResult> Send(string to, string body)
    {
        var ip = HttpContext.Connection.RemoteIpAddress?.ToString() ?? """";
        var country = _geo.Country(ip).Country.IsoCode;
        GATE
        using var smtp = new System.Net.Mail.SmtpClient(""smtp.example.com"");
        await smtp.SendMailAsync(""noreply@example.com"", to, ""Message"", body);
        return Ok();
    }
}";

        private static string Mail(string gate) => MailController.Replace("GATE", gate);

        private static string Hub(string body) => @"
public class ChatHub : Hub
{
    private readonly IGeoIP2DatabaseReader _geo;
    public ChatHub(IGeoIP2DatabaseReader geo) => _geo = geo;

    public async Task SendMessage(string user, string message)
    {
        var http = Context.GetHttpContext()!;
        BODY
        await Clients.All.SendAsync(""ReceiveMessage"", user, message);
    }
}".Replace("BODY", body);

        // ---------------------------------------------------------------- positives

        [Fact]
        public async Task Hub_MaxMindIsoCodeInLocal_AbortsConnection()
        {
            await Verify.VerifyAsync(Id, 
                Hub(@"var country = _geo.Country(""1.2.3.4"").Country.IsoCode;
        if ({|#0:country == ""IR""|}) { Context.Abort(); return; }"),
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "ChatHub.SendMessage", Chat, IranCitation, "denies"));
        }

        [Fact]
        public async Task Hub_CloudflareHeaderInline_ThrowsHubException()
        {
            await Verify.VerifyAsync(Id, 
                Hub(@"if ({|#0:http.Request.Headers[""CF-IPCountry""] == ""IR""|}) throw new HubException(""Not available in your region"");"),
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "ChatHub.SendMessage", Chat, IranCitation, "denies"));
        }

        [Fact]
        public async Task Hub_HeaderNameIsCaseInsensitive_AndToStringIsSeenThrough()
        {
            await Verify.VerifyAsync(Id, 
                Hub(@"var country = http.Request.Headers[""cloudfront-viewer-country""].ToString();
        if ({|#0:country == ""IR""|}) { Context.Abort(); return; }"),
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "ChatHub.SendMessage", Chat, IranCitation, "denies"));
        }

        [Fact]
        public async Task Controller_SmtpMail_Alpha3_ReturnsForbid()
        {
            await Verify.VerifyAsync(Id, 
                Mail(@"if ({|#0:country == ""IRN""|}) return Forbid();"),
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "MailController.Send", "e-mail", IranCitation, "denies"));
        }

        [Fact]
        public async Task Controller_SmtpMail_Status451()
        {
            await Verify.VerifyAsync(Id, 
                Mail(@"if ({|#0:country == ""IR""|}) return StatusCode(451);"),
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "MailController.Send", "e-mail", IranCitation, "denies"));
        }

        [Fact]
        public async Task Controller_SmtpMail_StatusCodeConstantOnResponse()
        {
            await Verify.VerifyAsync(Id, 
                Mail(@"if ({|#0:country == ""IR""|})
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return new EmptyResult();
        }"),
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "MailController.Send", "e-mail", IranCitation, "denies"));
        }

        [Fact]
        public async Task Controller_StaticStringEqualsIgnoringCase_OnCountryName()
        {
            await Verify.VerifyAsync(Id, 
                Mail(@"if ({|#0:string.Equals(_geo.Country(ip).Country.Name, ""iran"", StringComparison.OrdinalIgnoreCase)|}) return Forbid();"),
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "MailController.Send", "e-mail", IranCitation, "denies"));
        }

        [Fact]
        public async Task Controller_InstanceEquals_WithNullConditionalAndUpperCase()
        {
            await Verify.VerifyAsync(Id, 
                Mail(@"if ({|#0:_geo.Country(ip).Country?.IsoCode?.ToUpperInvariant().Equals(""IR"") == true|}) return Forbid();"),
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "MailController.Send", "e-mail", IranCitation, "denies"));
        }

        [Fact]
        public async Task Controller_IsPatternWithOr_NamesOnlyTheAuthorizedJurisdictions()
        {
            // North Korea has no communications license: only Iran and Cuba are over-blocked.
            await Verify.VerifyAsync(Id, 
                Mail(@"if ({|#0:country is ""IR"" or ""KP"" or ""CU""|}) return Forbid();"),
                Verify.Diagnostic(Id).WithLocation(0).WithArguments(
                    "Iran (IR) and Cuba (CU)", "MailController.Send", "e-mail",
                    "31 CFR 560.540(a)(1), formerly GL D-2 (Iran); 31 CFR 515.578(a)(1) (Cuba)", "denies"));
        }

        [Fact]
        public async Task Controller_LogicalOrOfComparisons_ReportedOnWholeCondition()
        {
            await Verify.VerifyAsync(Id, 
                Mail(@"if ({|#0:country == ""IR"" || country == ""SY""|}) return Unauthorized();"),
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "MailController.Send", "e-mail", IranCitation, "denies"));
        }

        [Fact]
        public async Task Controller_AllowPathFirst_DenyAfterTheIf()
        {
            const string source = @"
public class MailController : ControllerBase
{
    [HttpPost(""/mail"")]
    public async Task<IActionResult> Send(string to, string body)
    {
        var country = Request.Headers[""X-Country-Code""].ToString();
        if ({|#0:country != ""IR""|})
        {
            using var smtp = new System.Net.Mail.SmtpClient(""smtp.example.com"");
            await smtp.SendMailAsync(""noreply@example.com"", to, ""Message"", body);
            return Ok();
        }

        return Forbid();
    }
}";
            await Verify.VerifyAsync(Id, source,
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "MailController.Send", "e-mail", IranCitation, "denies"));
        }

        [Fact]
        public async Task Controller_NegatedNotEqualsAndTernary()
        {
            const string source = @"
public class MailController : ControllerBase
{
    [HttpPost(""/mail"")]
    public IActionResult Send(string to, string body)
    {
        var country = Request.Headers[""CF-IPCountry""].ToString();
        new System.Net.Mail.SmtpClient(""smtp.example.com"").Send(""noreply@example.com"", to, ""Message"", body);
        return !({|#0:country != ""IR""|}) ? Forbid() : Ok();
    }
}";
            await Verify.VerifyAsync(Id, source,
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "MailController.Send", "e-mail", IranCitation, "denies"));
        }

        [Fact]
        public async Task Controller_ForbidResultObjectAndObjectResultWith451()
        {
            await Verify.VerifyAsync(Id, 
                Mail(@"if ({|#0:country == ""IR""|}) return new ObjectResult(""Unavailable for legal reasons"") { StatusCode = 451 };
        if ({|#1:""IR"" == country|}) return new ForbidResult();"),
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "MailController.Send", "e-mail", IranCitation, "denies"),
                Verify.Diagnostic(Id).WithLocation(1).WithArguments("Iran (IR)", "MailController.Send", "e-mail", IranCitation, "denies"));
        }

        [Fact]
        public async Task Hub_NumericIsoCodeAndFullName()
        {
            await Verify.VerifyAsync(Id, 
                Hub(@"var country = http.Request.Headers[""X-Vercel-IP-Country""].ToString();
        if ({|#0:country == ""364"" || country == ""Islamic Republic of Iran""|}) throw new HubException(""blocked"");"),
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "ChatHub.SendMessage", Chat, IranCitation, "denies"));
        }

        [Fact]
        public async Task GenericHub_ConditionalAndWithOtherCondition()
        {
            const string source = @"
public interface IChatClient { Task Receive(string message); }
public class RoomHub : Hub<IChatClient>
{
    public async Task Post(string message, bool premium)
    {
        var country = Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""].ToString();
        if (premium && {|#0:country == ""IR""|}) { Context.Abort(); return; }
        await Clients.All.Receive(message);
    }
}";
            await Verify.VerifyAsync(Id, source,
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "RoomHub.Post", Chat, IranCitation, "denies"));
        }

        [Fact]
        public async Task NamedConstantForIran_IsRecognised()
        {
            const string source = @"
public static class CountryCodes { public const string Iran = ""IR""; }
public class ChatHub : Hub
{
    public async Task SendMessage(string message)
    {
        var country = Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""].ToString();
        if ({|#0:country == CountryCodes.Iran|}) { Context.Abort(); return; }
        await Clients.All.SendAsync(""ReceiveMessage"", message);
    }
}";
            await Verify.VerifyAsync(Id, source,
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "ChatHub.SendMessage", Chat, IranCitation, "denies"));
        }

        [Fact]
        public async Task MinimalApiRouteHandler_IsItsOwnFeature()
        {
            const string source = @"
public static class Endpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost(""/chatmail"", async (HttpRequest request, string to) =>
        {
            if ({|#0:request.Headers[""CF-IPCountry""] == ""IR""|}) return Results.Forbid();
            await new System.Net.Mail.SmtpClient(""smtp.example.com"").SendMailAsync(""a@example.com"", to, ""Hi"", ""Body"");
            return Results.Ok();
        });

        // A payment endpoint in the same method must not lend its category to the mail endpoint.
        app.MapPost(""/pay"", async () =>
        {
            await new Stripe.PaymentIntentService().CreateAsync(new Stripe.PaymentIntentCreateOptions());
            return Results.Ok();
        });
    }
}";
            await Verify.VerifyAsync(Id, source,
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "MapPost \"/chatmail\"", "e-mail", IranCitation, "denies"));
        }

        // ---------------------------------------------------------------- negatives

        [Fact]
        public async Task CountryPicker_ListingIran_IsSilent()
        {
            const string source = @"
public class CountriesController : ControllerBase
{
    private static readonly string[] Codes = { ""IE"", ""IR"", ""IQ"", ""IT"" };

    [HttpGet(""/countries"")]
    public IActionResult List()
    {
        var selected = Request.Headers[""CF-IPCountry""].ToString();
        var options = Codes.Select(c => new { code = c, selected = c == selected, label = c == ""IR"" ? ""Iran"" : c });
        return Ok(options);
    }
}";
            await Verify.VerifyAsync(Id, source);
        }

        [Fact]
        public async Task LocalizationSwitchOnIran_IsSilent()
        {
            await Verify.VerifyAsync(Id, 
                Hub(@"var culture = ""en-US"";
        if (http.Request.Headers[""CF-IPCountry""] == ""IR"") { culture = ""fa-IR""; }
        http.Items[""culture""] = culture;"));
        }

        [Fact]
        public async Task PhoneNumberFormattingWithPlus98_IsSilent()
        {
            const string source = @"
public class ProfileController : ControllerBase
{
    [HttpPost(""/profile/phone"")]
    public IActionResult Normalize(string phone)
    {
        if (phone.StartsWith(""+98"")) { phone = ""0"" + phone.Substring(3); }
        if (phone == ""+98"") { return BadRequest(); }
        return Ok(phone);
    }
}";
            await Verify.VerifyAsync(Id, source);
        }

        [Fact]
        public async Task LoggingTheCloudflareCountry_IsSilent()
        {
            const string source = @"
public class ChatHub : Hub
{
    private readonly ILogger<ChatHub> _logger;
    public ChatHub(ILogger<ChatHub> logger) => _logger = logger;

    public async Task SendMessage(string user, string message)
    {
        var country = Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""].ToString();
        if (country == ""IR"") { _logger.LogInformation(""Message from {Country}"", country); }
        await Clients.All.SendAsync(""ReceiveMessage"", user, message);
    }
}";
            await Verify.VerifyAsync(Id, source);
        }

        [Fact]
        public async Task PaymentRefusedForIran_IsSilent()
        {
            const string source = @"
public class CheckoutController : ControllerBase
{
    private readonly IGeoIP2DatabaseReader _geo;
    public CheckoutController(IGeoIP2DatabaseReader geo) => _geo = geo;

    [HttpPost(""/checkout"")]
    public async Task<IActionResult> Pay(long amount)
    {
        var country = _geo.Country(""1.2.3.4"").Country.IsoCode;
        if (country == ""IR"") return StatusCode(451);
        var intent = await new Stripe.PaymentIntentService().CreateAsync(new Stripe.PaymentIntentCreateOptions { Amount = amount, Currency = ""usd"" });
        return Ok(intent.Id);
    }
}";
            await Verify.VerifyAsync(Id, source);
        }

        [Fact]
        public async Task MailAndPaymentInOneAction_BlockHasABasis_IsSilent()
        {
            const string source = @"
public class OrderController : ControllerBase
{
    [HttpPost(""/order"")]
    public async Task<IActionResult> Order(string to, long amount)
    {
        if (Request.Headers[""CF-IPCountry""] == ""IR"") return Forbid();
        await new Stripe.PaymentIntentService().CreateAsync(new Stripe.PaymentIntentCreateOptions { Amount = amount });
        await new System.Net.Mail.SmtpClient(""smtp.example.com"").SendMailAsync(""shop@example.com"", to, ""Receipt"", ""Thanks"");
        return Ok();
    }
}";
            await Verify.VerifyAsync(Id, source);
        }

        [Theory]
        [InlineData("IRL")]
        [InlineData("IQ")]
        [InlineData("IRQ")]
        [InlineData("IE")]
        [InlineData("US")]
        [InlineData("Ireland")]
        public async Task LookAlikeOrUnsanctionedCodes_AreSilent(string code)
        {
            await Verify.VerifyAsync(Id, Mail(@"if (country == """ + code + @""") return Forbid();"));
        }

        [Fact]
        public async Task FeatureWithoutKnownCategory_IsSilent()
        {
            const string source = @"
public class WeatherController : ControllerBase
{
    [HttpGet(""/weather"")]
    public IActionResult Get()
    {
        if (Request.Headers[""CF-IPCountry""] == ""IR"") return Forbid();
        return Ok(new { temperature = 21 });
    }
}";
            await Verify.VerifyAsync(Id, source);
        }

        [Fact]
        public async Task CommentedOutAndExcludedCode_IsSilent()
        {
            await Verify.VerifyAsync(Id, 
                Hub(@"// if (http.Request.Headers[""CF-IPCountry""] == ""IR"") { Context.Abort(); return; }
        /* if (http.Request.Headers[""CF-IPCountry""] == ""IR"") throw new HubException(); */
#if false
        if (http.Request.Headers[""CF-IPCountry""] == ""IR"") { Context.Abort(); return; }
#endif"));
        }

        [Fact]
        public async Task NonSignalStringsNamingIran_AreSilent()
        {
            const string source = @"
public class MailController : ControllerBase
{
    [HttpPost(""/mail"")]
    public async Task<IActionResult> Send(string to, string subject, string language)
    {
        if (subject == ""Iran"") return Forbid();
        if (Request.Headers[""Accept-Language""] == ""IR"") return Forbid();
        await new System.Net.Mail.SmtpClient(""smtp.example.com"").SendMailAsync(""a@example.com"", to, subject, ""body"");
        return Ok();
    }
}";
            await Verify.VerifyAsync(Id, source);
        }

        [Fact]
        public async Task GeoRoutingToAMirror_And404_AreSilent()
        {
            await Verify.VerifyAsync(Id, 
                Mail(@"if (country == ""IR"") return Redirect(""https://mirror.example.org/mail"");
        if (country == ""IRN"") return NotFound();"));
        }

        [Fact]
        public async Task DenyForNonIranBranch_IsSilent()
        {
            // Iran takes the branch that sends; everyone else is refused: not a block of Iran.
            await Verify.VerifyAsync(Id, 
                Mail(@"if (country != ""IR"") return Forbid();"));
        }

        [Theory]
        [InlineData("KP")]
        [InlineData("SY")]
        [InlineData("UA-43")]
        [InlineData("Crimea")]
        [InlineData("UA-14")]
        public async Task JurisdictionsWithoutAConfirmedUnconditionalAuthorization_AreSilent(string code)
        {
            // North Korea: no license; Syria: program ended (SANC1004's business); Crimea: no-cost personal only;
            // DNR/LNR: unconfirmed license.
            await Verify.VerifyAsync(Id, 
                Hub(@"if (http.Request.Headers[""CF-IPCountry""] == """ + code + @""") { Context.Abort(); return; }"));
        }

        [Fact]
        public async Task DenyInsideALambdaOfTheBranch_IsNotTheBranchAction()
        {
            await Verify.VerifyAsync(Id, 
                Hub(@"if (http.Request.Headers[""CF-IPCountry""] == ""IR"")
        {
            Func<Task> later = () => throw new HubException(""not run here"");
            http.Items[""later""] = later;
        }"));
        }

        [Fact]
        public async Task MinimalApiBlockOfEndpointWithoutCategory_DoesNotBorrowASiblingsCategory()
        {
            const string source = @"
public static class Endpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet(""/profile"", (HttpRequest r) =>
        {
            if (r.Headers[""CF-IPCountry""].ToString() == ""IR"") return Results.Forbid();
            return Results.Ok();
        });
        app.MapPost(""/mail"", async () =>
        {
            using var smtp = new System.Net.Mail.SmtpClient(""smtp.example.com"");
            await smtp.SendMailAsync(""a@example.com"", ""b@example.com"", ""s"", ""b"");
            return Results.Ok();
        });
    }
}";
            await Verify.VerifyAsync(Id, source);
        }

        [Fact]
        public async Task LibraryWithoutAnyCommunicationService_HasNoOverBroadBlock()
        {
            // Plain net8.0 library: no ASP.NET Core, no service API; the block's scope is SANC1002's business.
            var test = Infrastructure.RuleVerifier.ForRule(Id);
            test.TestState.Sources.Clear();
            test.TestState.AdditionalReferences.Clear();
            test.TestState.AdditionalReferences.AddRange(Infrastructure.TestReferences.CoreReferences);
            test.TestState.Sources.Add(@"
public static class Countries
{
    public static bool IsIran(string country) => country == ""IR"";
    public static void Check(string country) { if (country == ""IR"") throw new System.InvalidOperationException(); }
}");
            await test.RunAsync();
        }
    }
}
