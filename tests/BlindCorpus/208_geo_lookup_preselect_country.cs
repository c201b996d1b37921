// expect: none A store's GEO lookup service resolves the visitor's MaxMind country ISO code only to preselect the country in the registration form and pick a display currency (IR gets IRR, CU gets CUP); nobody is denied anything.
// modelled-on: nopSolutions/nopCommerce src/Libraries/Nop.Services/Directory/GeoLookupService.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference), MaxMind.GeoIP2 6.1.0
// source: blind

namespace BlindCorpus.Case208
{
    using System.Net;
    using MaxMind.GeoIP2;
    using MaxMind.GeoIP2.Exceptions;
    using MaxMind.GeoIP2.Responses;

    public interface IGeoLookup
    {
        Task<string> CountryIsoCodeAsync(string ipAddress);
        Task<string> CountryNameAsync(string ipAddress);
    }

    public class GeoLookup : IGeoLookup
    {
        private readonly ILogger<GeoLookup> _logger;
        private readonly string _dbPath;

        public GeoLookup(ILogger<GeoLookup> logger, string dbPath)
        {
            _logger = logger;
            _dbPath = dbPath;
        }

        private CountryResponse? Lookup(string ipAddress)
        {
            if (string.IsNullOrEmpty(ipAddress) || !IPAddress.TryParse(ipAddress, out var ip) || IPAddress.IsLoopback(ip))
                return null;
            try
            {
                using var reader = new DatabaseReader(_dbPath);
                return reader.Country(ip);
            }
            catch (AddressNotFoundException)
            {
                return null;
            }
            catch (Exception ex)
            {
                _logger.LogWarning(ex, "Cannot load MaxMind record");
                return null;
            }
        }

        public Task<string> CountryIsoCodeAsync(string ipAddress) =>
            Task.FromResult(Lookup(ipAddress)?.Country.IsoCode ?? string.Empty);

        public Task<string> CountryNameAsync(string ipAddress) =>
            Task.FromResult(Lookup(ipAddress)?.Country.Name ?? string.Empty);
    }

    public class RegisterModel
    {
        public string CountryCode { get; set; } = "";
        public string Currency { get; set; } = "USD";
        public List<string> AvailableCountries { get; set; } = new();
    }

    public class RegisterModelFactory
    {
        private static readonly Dictionary<string, string> CurrencyByCountry = new(StringComparer.OrdinalIgnoreCase)
        {
            ["IR"] = "IRR",
            ["CU"] = "CUP",
            ["DE"] = "EUR",
            ["GB"] = "GBP",
        };

        private readonly IGeoLookup _geo;
        private readonly IHttpContextAccessor _http;

        public RegisterModelFactory(IGeoLookup geo, IHttpContextAccessor http)
        {
            _geo = geo;
            _http = http;
        }

        public async Task<RegisterModel> PrepareAsync(IEnumerable<string> countries)
        {
            var model = new RegisterModel { AvailableCountries = countries.ToList() };
            var ip = _http.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? "";
            var iso = await _geo.CountryIsoCodeAsync(ip);
            if (!string.IsNullOrEmpty(iso) && model.AvailableCountries.Contains(iso))
                model.CountryCode = iso;
            if (CurrencyByCountry.TryGetValue(iso, out var currency))
                model.Currency = currency;
            return model;
        }
    }

    public static class GeoLookupRegistration
    {
        public static IServiceCollection AddGeoLookup(this IServiceCollection services, string dbPath)
        {
            services.AddHttpContextAccessor();
            services.AddSingleton<IGeoLookup>(sp => new GeoLookup(sp.GetRequiredService<ILogger<GeoLookup>>(), dbPath));
            services.AddScoped<RegisterModelFactory>();
            return services;
        }
    }
}
