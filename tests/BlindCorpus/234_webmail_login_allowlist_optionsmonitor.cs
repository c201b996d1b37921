// expect: info A webmail sign-in page filter reads an allow/deny country list, a whitelist switch and an allow-unknown switch from IOptionsMonitor bound to the "GeoRestrict" configuration section and returns 403 for MaxMind countries the list excludes; which jurisdictions are refused depends entirely on deployment configuration, and the gated feature is e-mail login.
// modelled-on: Nereziel/cs2-GeoRestrict README.md (paraphrased, not copied; the plugin's IsoCountries/Whitelist/AllowFromUnknown settings moved into an options-bound Razor Pages filter for a webmail login)
// packages: Microsoft.AspNetCore.App (framework reference), MaxMind.GeoIP2 6.1.0
// source: blind

namespace BlindCorpus.Case234
{
    using MaxMind.GeoIP2;
    using Microsoft.AspNetCore.Mvc;
    using Microsoft.AspNetCore.Mvc.Filters;
    using Microsoft.Extensions.Options;

    public sealed class GeoRestrictOptions
    {
        public const string Section = "GeoRestrict";
        public List<string> IsoCountries { get; set; } = new();
        public bool Whitelist { get; set; } = true;
        public bool AllowFromUnknown { get; set; } = true;
        public string DatabasePath { get; set; } = "GeoLite2-Country.mmdb";
    }

    public sealed class GeoRestrictPageFilter : IAsyncPageFilter
    {
        private readonly IOptionsMonitor<GeoRestrictOptions> _options;

        public GeoRestrictPageFilter(IOptionsMonitor<GeoRestrictOptions> options) => _options = options;

        public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

        public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
        {
            var opts = _options.CurrentValue;
            var ip = context.HttpContext.Connection.RemoteIpAddress;
            string? iso = null;
            if (ip is not null)
            {
                using var reader = new DatabaseReader(opts.DatabasePath);
                if (reader.TryCountry(ip, out var r))
                    iso = r?.Country.IsoCode;
            }

            bool allowed = iso is null
                ? opts.AllowFromUnknown
                : opts.IsoCountries.Contains(iso, StringComparer.OrdinalIgnoreCase) == opts.Whitelist;

            if (!allowed)
            {
                context.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
                return;
            }

            await next();
        }
    }

    public static class WebmailLoginSetup
    {
        public static void AddWebmailGeoRestrict(this IServiceCollection services, IConfiguration config)
        {
            services.Configure<GeoRestrictOptions>(config.GetSection(GeoRestrictOptions.Section));
            services.AddRazorPages(o => o.Conventions.AddFolderApplicationModelConvention("/Account",
                m => m.Filters.Add(new ServiceFilterAttribute(typeof(GeoRestrictPageFilter)))));
            services.AddScoped<GeoRestrictPageFilter>();
        }
    }
}
