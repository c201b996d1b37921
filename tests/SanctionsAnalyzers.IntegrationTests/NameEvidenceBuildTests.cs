using System.Collections.Generic;
using SanctionsAnalyzers.IntegrationTests.Infrastructure;
using Xunit;

namespace SanctionsAnalyzers.IntegrationTests
{
    /// <summary>
    /// dotnet build against the packed package: features known only by their names are judged. A conference join
    /// blocked for Iran is SANC1001 saying the category was inferred from its route's name; the checkout next
    /// to it, blocked the same way, is consistent and silent.
    /// </summary>
    [Collection(PackedPackageCollection.Name)]
    public class NameEvidenceBuildTests
    {
        private const string Program = """
            var app = WebApplication.CreateBuilder(args).Build();
            app.MapControllers();
            app.Run();
            """;

        private const string Controllers = """
            using Microsoft.AspNetCore.Mvc;

            [Route("api/conferences")]
            public class ConferenceController : ControllerBase
            {
                [HttpPost("{id}/join")]
                public IActionResult Join(string id)
                {
                    if (Request.Headers["CF-IPCountry"] == "IR") return Forbid();
                    return Ok(new { room = id });
                }
            }

            [Route("api/checkout")]
            public class CheckoutController : ControllerBase
            {
                [HttpPost]
                public IActionResult Pay(string plan)
                {
                    if (Request.Headers["CF-IPCountry"] == "IR") return Forbid();
                    return Ok();
                }
            }
            """;

        private readonly PackedPackageFixture _package;

        public NameEvidenceBuildTests(PackedPackageFixture package) => _package = package;

        [Fact]
        public void ConferenceJoinIsWarnedFromItsName_CheckoutStaysSilent()
        {
            using var consumer = new ConsumerProject(_package, new Dictionary<string, string>
            {
                ["Program.cs"] = Program,
                ["Controllers.cs"] = Controllers,
            });

            var result = consumer.Build();

            DotnetAssert.Succeeded(result);
            DotnetAssert.Contains("Controllers.cs(9,13): warning SANC1001: Geo-block on Iran (IR) denies 'ConferenceController.Join' (video conferencing, inferred from the route name 'api/conferences'", result);
            DotnetAssert.DoesNotContain("CheckoutController.Pay", result);
        }
    }
}
