namespace SanctionsAnalyzers.Tests.Infrastructure
{
    /// <summary>
    /// Minimal public shapes of third-party APIs the analyzer recognises by metadata name, so that tests
    /// need no package download. Their namespaces and member names match the real packages.
    /// </summary>
    internal static class Stubs
    {
        public const string MaxMind = @"
namespace MaxMind.GeoIP2.Model
{
    public abstract class NamedEntity { public string? Name => null; }
    public class Country : NamedEntity { public string? IsoCode => null; public long? GeoNameId => null; }
    public class RepresentedCountry : Country { }
}
namespace MaxMind.GeoIP2.Responses
{
    public class CountryResponse
    {
        public MaxMind.GeoIP2.Model.Country Country { get; } = new MaxMind.GeoIP2.Model.Country();
        public MaxMind.GeoIP2.Model.Country RegisteredCountry { get; } = new MaxMind.GeoIP2.Model.Country();
    }
    public class CityResponse : CountryResponse { }
}
namespace MaxMind.GeoIP2
{
    public interface IGeoIP2DatabaseReader
    {
        MaxMind.GeoIP2.Responses.CountryResponse Country(string ipAddress);
        MaxMind.GeoIP2.Responses.CityResponse City(string ipAddress);
    }
}
";

        /// <summary>The usings an ASP.NET Core project gets implicitly, plus the stubs' namespaces.</summary>
        public const string GlobalUsings = @"
global using System;
global using System.Collections.Generic;
global using System.Linq;
global using System.Threading.Tasks;
global using Microsoft.AspNetCore.Http;
global using Microsoft.AspNetCore.Mvc;
global using Microsoft.AspNetCore.SignalR;
global using Microsoft.AspNetCore.Builder;
global using Microsoft.AspNetCore.Routing;
global using Microsoft.Extensions.Configuration;
global using Microsoft.Extensions.DependencyInjection;
global using Microsoft.Extensions.Logging;
global using MaxMind.GeoIP2;
global using MaxMind.GeoIP2.Responses;
";

        public const string Stripe = @"
namespace Stripe
{
    public class PaymentIntentCreateOptions { public long? Amount { get; set; } public string? Currency { get; set; } }
    public class PaymentIntent { public string? Id { get; set; } }
    public class PaymentIntentService
    {
        public System.Threading.Tasks.Task<PaymentIntent> CreateAsync(PaymentIntentCreateOptions options) => System.Threading.Tasks.Task.FromResult(new PaymentIntent());
    }
}
";
    }
}
