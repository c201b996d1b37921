// expect: info LMS middleware returns 403 on course/lesson routes when the visitor country is marked IsBlocked in the admin-managed CountryRestrictions table; the feature (e-learning) is clear but the jurisdictions live only in the database
// modelled-on: mahmoudhelmyofficial/LMS-SaaS LMS/Areas/Admin/Controllers/CountryRestrictionsController.cs (paraphrased, not copied; the repo manages the table, the enforcing middleware is a realistic variation)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
namespace BlindCorpus.Case071;

public class CountryRestriction
{
    public int Id { get; set; }
    public string CountryCode { get; set; } = string.Empty;
    public string CountryName { get; set; } = string.Empty;
    public bool IsBlocked { get; set; }
    public string? Reason { get; set; }
}

public interface ILmsDbContext
{
    IQueryable<CountryRestriction> CountryRestrictions { get; }
}

public class CountryRestrictionMiddleware
{
    private static readonly PathString[] GuardedPaths = ["/courses", "/lessons", "/quizzes"];
    private readonly RequestDelegate _next;
    private readonly ILogger<CountryRestrictionMiddleware> _logger;

    public CountryRestrictionMiddleware(RequestDelegate next, ILogger<CountryRestrictionMiddleware> logger)
    {
        _next = next;
        _logger = logger;
    }

    public async Task InvokeAsync(HttpContext context, ILmsDbContext db)
    {
        if (!GuardedPaths.Any(p => context.Request.Path.StartsWithSegments(p)))
        {
            await _next(context);
            return;
        }

        var code = context.Request.Headers["CF-IPCountry"].ToString().Trim().ToUpperInvariant();
        var restriction = string.IsNullOrEmpty(code)
            ? null
            : db.CountryRestrictions.FirstOrDefault(r => r.CountryCode == code && r.IsBlocked);

        if (restriction is not null)
        {
            _logger.LogInformation("Blocked {Country}: {Reason}", restriction.CountryName, restriction.Reason);
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.Response.WriteAsync("المحتوى غير متاح في بلدك - Content is not available in your country.");
            return;
        }

        await _next(context);
    }
}

public static class CountryRestrictionExtensions
{
    public static IApplicationBuilder UseCountryRestrictions(this IApplicationBuilder app)
        => app.UseMiddleware<CountryRestrictionMiddleware>();
}
