using System.Collections.Generic;
using SanctionsAnalyzers.IntegrationTests.Infrastructure;
using Xunit;

namespace SanctionsAnalyzers.IntegrationTests
{
    /// <summary>
    /// dotnet build against the packed package: middleware registered in a <c>MapWhen</c> branch whose predicate tests
    /// the request path guards the endpoints under that path only. In front of the mail API it is warned; the twin puts
    /// the same branch in front of the payment API, and stays silent.
    /// </summary>
    [Collection(PackedPackageCollection.Name)]
    public class PipelineBranchBuildTests
    {
        private const string Components = """
            public sealed class RegionBlockMiddleware
            {
                private readonly RequestDelegate _next;
                public RegionBlockMiddleware(RequestDelegate next) => _next = next;

                public async Task InvokeAsync(HttpContext context)
                {
                    var country = context.Request.Headers["CF-IPCountry"].ToString();
                    if (country == "IR" || country == "KP")
                    {
                        context.Response.StatusCode = StatusCodes.Status451UnavailableForLegalReasons;
                        return;
                    }

                    await _next(context);
                }
            }
            """;

        private const string Program = """
            using System.Net.Mail;

            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();
            app.MapWhen(context => context.Request.Path.StartsWithSegments("GUARDED"), branch =>
            {
                branch.UseMiddleware<RegionBlockMiddleware>();
                branch.Run(context => context.Response.WriteAsync("branch"));
            });
            app.MapPost("/api/mail/send", async (string to) =>
            {
                await new SmtpClient("smtp.example.com").SendMailAsync("noreply@example.com", to, "Hello", "Hi");
                return Results.Ok();
            });
            app.MapPost("/api/pay/charge", (decimal amount) => Results.Ok(amount));
            app.Run();
            """;

        private readonly PackedPackageFixture _package;

        public PipelineBranchBuildTests(PackedPackageFixture package) => _package = package;

        [Fact]
        public void MiddlewareInAMapWhenBranch_InFrontOfTheMailApi_IsWarned()
        {
            using var consumer = Consumer("/api/mail");

            var result = consumer.Build();

            DotnetAssert.Succeeded(result);
            DotnetAssert.Contains("in middleware 'RegionBlockMiddleware' denies 'MapPost \"/api/mail/send\"' (/api/mail/send)", result);
            DotnetAssert.DoesNotContain("/api/pay/charge", result);
            DotnetAssert.DoesNotContain("AD0001", result);
        }

        [Fact]
        public void TheSameBranch_InFrontOfThePaymentApi_IsSilent()
        {
            using var consumer = Consumer("/api/pay");

            var result = consumer.Build();

            DotnetAssert.Succeeded(result);
            DotnetAssert.DoesNotContain("SANC1001", result);
            DotnetAssert.DoesNotContain("AD0001", result);
        }

        private ConsumerProject Consumer(string guardedPath) => new ConsumerProject(_package, new Dictionary<string, string>
        {
            ["Program.cs"] = Program.Replace("GUARDED", guardedPath),
            ["Components.cs"] = Components,
        });
    }
}
