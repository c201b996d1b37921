// expect: warn authentication middleware throws for every request whose resolved country is the enum value Iran, so Iranian users cannot sign in (user authentication is authorized by 31 CFR 560.540)
// modelled-on: devblogs-ir/PipelineDesignPattern src/Amin Afrasiabi/PipelineDesignPattern/Framework.cs (paraphrased, not copied; moved from the console toy pipeline into real ASP.NET Core middleware guarding the login endpoints)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
namespace BlindCorpus.Case001;

public enum OriginCountry
{
    Unknown,
    Iran,
    Usa,
    Germany,
}

public sealed class IranianIpBlockedException : Exception
{
    public IranianIpBlockedException(string ip)
        : base($"Iranian IPs are blocked ({ip})")
    {
    }
}

public interface IOriginResolver
{
    OriginCountry Resolve(string? ipAddress);
}

/// <summary>Runs in front of the account endpoints, the way the original "Authentication" pipe did.</summary>
public sealed class AuthenticationStepMiddleware
{
    private readonly RequestDelegate _next;
    private readonly ILogger<AuthenticationStepMiddleware> _log;

    public AuthenticationStepMiddleware(RequestDelegate next, ILogger<AuthenticationStepMiddleware> log)
    {
        _next = next;
        _log = log;
    }

    public async Task InvokeAsync(HttpContext context, IOriginResolver resolver)
    {
        _log.LogDebug("Start Authentication...");
        var ip = context.Connection.RemoteIpAddress?.ToString();
        var country = resolver.Resolve(ip);

        if (country is OriginCountry.Iran)
        {
            throw new IranianIpBlockedException(ip ?? "?");
        }

        await _next(context);
    }
}

public sealed class ExceptionHandlingMiddleware
{
    private readonly RequestDelegate _next;

    public ExceptionHandlingMiddleware(RequestDelegate next) => _next = next;

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await _next(context);
        }
        catch (IranianIpBlockedException ex)
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.Response.WriteAsync(ex.Message);
        }
    }
}

public static class AccountApp
{
    public static void Configure(WebApplication app)
    {
        app.UseMiddleware<ExceptionHandlingMiddleware>();
        app.UseWhen(
            ctx => ctx.Request.Path.StartsWithSegments("/account"),
            branch => branch.UseMiddleware<AuthenticationStepMiddleware>());

        app.MapPost("/account/login", (LoginRequest req) => Results.Ok(new { token = "..." }));
        app.MapPost("/account/register", (LoginRequest req) => Results.Created("/account/me", null));
    }
}

public sealed record LoginRequest(string UserName, string Password);
