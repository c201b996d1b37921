using System.Collections.Generic;
using SanctionsAnalyzers.IntegrationTests.Infrastructure;
using Xunit;

namespace SanctionsAnalyzers.IntegrationTests
{
    /// <summary>
    /// dotnet build of a minimal-API application organised the way such applications usually are, against the packed
    /// package: a module that maps its endpoints on the route group it is handed, a method-group handler, and a
    /// mailing loop that skips subscribers in Iran.
    /// </summary>
    [Collection(PackedPackageCollection.Name)]
    public class MinimalApiBuildTests
    {
        private const string Program = """
            using System.Net.Mail;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddSingleton(_ => new SmtpClient("localhost", 25));
            var app = builder.Build();

            app.MapGroup("/mail").AddEndpointFilter<RegionFilter>().MapMail();
            app.MapPost("/digest", Digest.Send).AddEndpointFilter<RegionFilter>();
            app.MapGet("/healthz", () => Results.Ok());
            app.Run();
            """;

        private const string RegionFilter = """
            public sealed class RegionFilter : IEndpointFilter
            {
                public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
                {
                    if (context.HttpContext.Request.Headers["CF-IPCountry"] == "IR")
                    {
                        return Results.StatusCode(StatusCodes.Status451UnavailableForLegalReasons);
                    }

                    return await next(context);
                }
            }
            """;

        private const string MailModule = """
            using System.Net.Mail;

            public static class MailModule
            {
                public static RouteGroupBuilder MapMail(this RouteGroupBuilder group)
                {
                    group.MapPost("/send", async (string to, SmtpClient smtp) =>
                    {
                        await smtp.SendMailAsync("noreply@example.com", to, "Message", "...");
                        return Results.Ok();
                    });
                    return group;
                }
            }

            public static class Digest
            {
                public static async Task<IResult> Send(string to, SmtpClient smtp)
                {
                    await smtp.SendMailAsync("digest@example.com", to, "Digest", "...");
                    return Results.Ok();
                }
            }
            """;

        private const string Newsletter = """
            using System.Net.Mail;

            public sealed record Subscriber(string Email, string ResidenceCountry);

            public sealed class Newsletter
            {
                private readonly SmtpClient _smtp;

                public Newsletter(SmtpClient smtp) => _smtp = smtp;

                public async Task SendWeekly(IEnumerable<Subscriber> subscribers)
                {
                    foreach (var subscriber in subscribers)
                    {
                        if (subscriber.ResidenceCountry == "IR")
                        {
                            continue;
                        }

                        await _smtp.SendMailAsync("news@example.com", subscriber.Email, "Weekly", "...");
                    }
                }
            }
            """;

        private readonly PackedPackageFixture _package;

        public MinimalApiBuildTests(PackedPackageFixture package) => _package = package;

        [Fact]
        public void FilteredModuleMethodGroupAndSkippingLoopAreReported()
        {
            using var consumer = new ConsumerProject(_package, new Dictionary<string, string>
            {
                ["Program.cs"] = Program,
                ["RegionFilter.cs"] = RegionFilter,
                ["MailModule.cs"] = MailModule,
                ["Newsletter.cs"] = Newsletter,
            });

            var result = consumer.Build();

            DotnetAssert.Succeeded(result);

            // The filter names both endpoints behind it, with their full routes, and not /healthz.
            DotnetAssert.Contains("RegionFilter.cs(5,13): warning SANC1001: Geo-block on Iran (IR) in endpoint filter 'RegionFilter' denies 'Digest.Send' (/digest) and 'MapPost \"/send\"' (/mail/send) (e-mail)", result);
            DotnetAssert.Contains("Newsletter.cs(15,17): warning SANC1001: Geo-block on Iran (IR) denies 'Newsletter.SendWeekly' (e-mail)", result);
        }
    }
}
