// expect: warn global IAsyncActionFilter on an identity API (register/sign-in/token) sets context.Result to 403 when the caller's IP country is in RegionsVerificationSettings:ProhibitedRegions, which appsettings.json sets to IR and CU; user authentication is authorized
// modelled-on: dotnet-fizzyy/ASP.Net-Identity src/IdentityWebApi/Presentation/Filters/RegionVerificationFilter.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace BlindCorpus.Case006;

public sealed class RegionsVerificationSettings
{
    public bool AllowVerification { get; set; }
    public ICollection<string> ProhibitedRegions { get; set; } = new List<string>();
}

public sealed class AppSettings
{
    public RegionsVerificationSettings RegionsVerificationSettings { get; set; } = new();
}

public sealed record IpAddressDetails(string Ip, string? CountryCode);

public interface INetService
{
    Task<IpAddressDetails> GetIpAddressDetails(string ipV4);
}

public sealed record ErrorResponse(string Message);

public sealed class ForbiddenObjectResult : ObjectResult
{
    public ForbiddenObjectResult(object value) : base(value) => StatusCode = StatusCodes.Status403Forbidden;
}

public sealed class RegionVerificationFilter : IAsyncActionFilter
{
    private readonly INetService _net;
    private readonly AppSettings _settings;

    public RegionVerificationFilter(INetService net, AppSettings settings)
    {
        _net = net;
        _settings = settings;
    }

    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        if (_settings.RegionsVerificationSettings.AllowVerification)
        {
            var ipV4 = context.HttpContext.Connection.RemoteIpAddress?.MapToIPv4().ToString();
            if (ipV4 is null)
            {
                context.Result = new BadRequestObjectResult(new ErrorResponse("Cannot identify request IP address"));
                return;
            }

            var details = await _net.GetIpAddressDetails(ipV4);
            if (string.IsNullOrEmpty(details.CountryCode) || IsProhibited(details.CountryCode))
            {
                context.Result = new ForbiddenObjectResult(new ErrorResponse("IP address region is not supported"));
                return;
            }
        }

        await next();
    }

    private bool IsProhibited(string regionCode) =>
        _settings.RegionsVerificationSettings.ProhibitedRegions.Any(r =>
            string.Equals(r, regionCode, StringComparison.OrdinalIgnoreCase));
}

public static class IdentityStartup
{
    public static void Register(IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.Get<AppSettings>() ?? new AppSettings();
        services.AddSingleton(settings);
        services.AddControllers(o => o.Filters.Add(typeof(RegionVerificationFilter)));
    }
}

[ApiController]
[Route("api/auth")]
public sealed class AuthController : ControllerBase
{
    [HttpPost("sign-up")]
    public IActionResult SignUp(string email, string password) => Ok();

    [HttpPost("sign-in")]
    public IActionResult SignIn(string email, string password) => Ok(new { accessToken = "jwt" });

    [HttpPost("refresh-token")]
    public IActionResult Refresh(string refreshToken) => Ok(new { accessToken = "jwt" });
}
