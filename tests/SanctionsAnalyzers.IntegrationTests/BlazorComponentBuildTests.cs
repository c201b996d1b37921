using System.Collections.Generic;
using SanctionsAnalyzers.IntegrationTests.Infrastructure;
using Xunit;

namespace SanctionsAnalyzers.IntegrationTests
{
    /// <summary>
    /// dotnet build against the packed package of a Blazor app: a .razor component whose @code switches video off for a
    /// country (compiled by the Razor source generator) is warned as a degrade of video conferencing; the same component
    /// switching off a payment option is silent.
    /// </summary>
    [Collection(PackedPackageCollection.Name)]
    public class BlazorComponentBuildTests
    {
        private const string Component = """
            @page "/rooms/{RoomId}"
            @inject IHttpContextAccessor Http

            <h3>Room @RoomId</h3>
            @if (FEATURE)
            {
                <button>Start</button>
            }

            @code {
                [Parameter] public string RoomId { get; set; } = "";

                private bool FEATURE = true;

                protected override void OnInitialized()
                {
                    var country = Http.HttpContext?.Request.Headers["CF-IPCountry"].ToString();
                    if (country == "IR")
                    {
                        FEATURE = false;
                    }
                }
            }
            """;

        private const string Imports = """
            @using Microsoft.AspNetCore.Components
            @using Microsoft.AspNetCore.Components.Web
            @using Microsoft.AspNetCore.Http
            """;

        private readonly PackedPackageFixture _package;

        public BlazorComponentBuildTests(PackedPackageFixture package) => _package = package;

        [Fact]
        public void ComponentSwitchingVideoOff_IsWarned()
        {
            using var consumer = Consumer("VideoRoom", "VideoEnabled");

            var result = consumer.Build();

            DotnetAssert.Succeeded(result);
            DotnetAssert.Contains("warning SANC1001: Geo-block on Iran (IR) degrades 'VideoRoom.OnInitialized'", result);
            DotnetAssert.DoesNotContain("AD0001", result);
        }

        [Fact]
        public void ComponentSwitchingAPaymentOptionOff_IsSilent()
        {
            using var consumer = Consumer("CheckoutPage", "CardPaymentEnabled");

            var result = consumer.Build();

            DotnetAssert.Succeeded(result);
            DotnetAssert.DoesNotContain("SANC1001", result);
        }

        // A web project with components restores an ASP.NET Core assets package from nuget.org.
        private ConsumerProject Consumer(string component, string flag) => new ConsumerProject(
            _package,
            new Dictionary<string, string>
            {
                ["Program.cs"] = "var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddRazorComponents();\nbuilder.Services.AddHttpContextAccessor();\nvar app = builder.Build();\napp.Run();\n",
                ["_Imports.razor"] = Imports,
                [component + ".razor"] = Component.Replace("FEATURE", flag),
            },
            new ConsumerOptions { UseNuGetOrg = true });
    }
}
