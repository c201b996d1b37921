// expect: warn anti-virus signature-update server middleware returns 403 on /api/definitions for the country list bound from appsettings.json (IR, CU, KP, SY); anti-virus software and its updates are authorized for Iran and Cuba
// modelled-on: vivet/Vivet.AspNetCore Vivet.AspNetCore.RequestVirusScan/Middleware/RequestVirusScanMiddleware.cs (paraphrased, not copied; IMiddleware shape reused for a realistic signature-update country gate)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
namespace BlindCorpus.Case068;

using Microsoft.Extensions.Options;

public sealed class DefinitionsServerOptions
{
    public string SignaturePath { get; set; } = "data/signatures";
    public List<string> EmbargoedCountries { get; set; } = new();
}

public sealed record DefinitionsManifest(string DefinitionsVersion, string Url, int SignatureCount, DateTime Date);

public class DefinitionsCountryGateMiddleware : IMiddleware
{
    private readonly HashSet<string> _embargoed;

    public DefinitionsCountryGateMiddleware(IOptions<DefinitionsServerOptions> options)
    {
        _embargoed = new HashSet<string>(
            options.Value.EmbargoedCountries.Select(c => c.Trim().ToUpperInvariant()));
    }

    public async Task InvokeAsync(HttpContext httpContext, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(httpContext);

        if (!httpContext.Request.Path.StartsWithSegments("/api/definitions"))
        {
            await next(httpContext);
            return;
        }

        var country = httpContext.Request.Headers["CF-IPCountry"].FirstOrDefault()?.ToUpperInvariant();
        if (country is not null && _embargoed.Contains(country))
        {
            httpContext.Response.StatusCode = StatusCodes.Status403Forbidden;
            await httpContext.Response.WriteAsync("Signature updates are not available in your country.");
            return;
        }

        await next(httpContext);
    }
}

public static class DefinitionsServer
{
    public static WebApplication MapDefinitions(this WebApplication app)
    {
        app.UseMiddleware<DefinitionsCountryGateMiddleware>();

        app.MapGet("/api/definitions/latest", () =>
            Results.Ok(new DefinitionsManifest("2025.06.01", "/api/definitions/files/patterns-2025.06.01.json", 4812, DateTime.UtcNow)));

        app.MapGet("/api/definitions/files/{name}", (string name, IOptions<DefinitionsServerOptions> options) =>
        {
            var path = Path.Combine(options.Value.SignaturePath, Path.GetFileName(name));
            return File.Exists(path) ? Results.File(path, "application/json") : Results.NotFound();
        });

        return app;
    }

    public static IServiceCollection AddDefinitionsServer(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DefinitionsServerOptions>(configuration.GetSection("DefinitionsServer"));
        services.AddTransient<DefinitionsCountryGateMiddleware>();
        return services;
    }
}
