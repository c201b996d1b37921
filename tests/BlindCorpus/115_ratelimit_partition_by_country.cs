// expect: none fixed-window rate limiter partitions requests by the CF-IPCountry header (falling back to user/IP) with the same limits for every country; rate limiting is not a geo-block
// modelled-on: AmitSahoo45/Industry-Standard-Practices 012-Why-and-How-To-Rate-limit-API/ratelimiting/ratelimiting/Helper/Functions.cs (paraphrased, not copied; partition key extended with the edge country)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
namespace BlindCorpus.Case115;

using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

public static class ApiThrottling
{
    public const string PolicyName = "per-origin";

    public static string GetPartitionKey(HttpContext context)
    {
        var country = context.Request.Headers["CF-IPCountry"].FirstOrDefault();
        var caller = context.User.Identity?.Name ?? context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return string.IsNullOrEmpty(country) ? caller : $"{country}:{caller}";
    }

    public static IServiceCollection AddApiThrottling(this IServiceCollection services)
    {
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(PolicyName, context =>
                RateLimitPartition.GetFixedWindowLimiter(
                    partitionKey: GetPartitionKey(context),
                    factory: _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = 100,
                        Window = TimeSpan.FromMinutes(1),
                        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                        QueueLimit = 10
                    }));
        });
    }

    public static void MapThrottled(WebApplication app)
    {
        app.UseRateLimiter();
        app.MapGet("/api/messages", () => Results.Ok(Array.Empty<string>())).RequireRateLimiting(PolicyName);
    }
}
