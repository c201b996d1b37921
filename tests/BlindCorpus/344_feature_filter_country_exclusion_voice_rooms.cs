// expect: warn A community app registers a custom feature filter "CountryExclusion" that looks the caller's IP up in a GeoLite2 database and turns a feature off when the country is in the filter's ExcludedCountries parameter; appsettings.json binds it to the VoiceRooms and DirectMessages features with IR, CU, SY, KP, and the voice-room and DM endpoints return 403 when the feature is off, so Iranian users lose voice chat and messaging that GL D-2 authorizes.
// modelled-on: microsoft/FeatureManagement-Dotnet src/Microsoft.FeatureManagement/FeatureFilters/TimeWindowFilter.cs (paraphrased, not copied; kept the filter-alias attribute, settings binding from the filter parameters and EvaluateAsync shape, with the feature-management types stubbed, and replaced the time window with a GeoIP country exclusion)
// packages: Microsoft.AspNetCore.App (framework reference), MaxMind.GeoIP2 6.1.0, Microsoft.FeatureManagement (stubbed in file)
// source: blind

namespace BlindCorpus.Case344
{
    using MaxMind.GeoIP2;
    using Microsoft.AspNetCore.Http;
    using Microsoft.AspNetCore.Mvc;
    using Microsoft.Extensions.Configuration;
    using Microsoft.Extensions.DependencyInjection;

    // ---- stand-ins for the feature management library ----
    [AttributeUsage(AttributeTargets.Class)]
    public sealed class FilterAliasAttribute : Attribute
    {
        public FilterAliasAttribute(string alias) => Alias = alias;
        public string Alias { get; }
    }

    public sealed class FeatureFilterEvaluationContext
    {
        public required string FeatureName { get; init; }
        public required IConfiguration Parameters { get; init; }
    }

    public interface IFeatureFilter
    {
        Task<bool> EvaluateAsync(FeatureFilterEvaluationContext context);
    }

    public interface IFeatureManager
    {
        Task<bool> IsEnabledAsync(string feature);
    }

    public static class FeatureNames
    {
        public const string VoiceRooms = "VoiceRooms";
        public const string DirectMessages = "DirectMessages";
    }

    // ---- the app's filter ----
    public sealed class CountryExclusionSettings
    {
        public List<string> ExcludedCountries { get; set; } = new();
    }

    [FilterAlias("CountryExclusion")]
    public sealed class CountryExclusionFilter : IFeatureFilter
    {
        private readonly IHttpContextAccessor _http;
        private readonly DatabaseReader _countries;

        public CountryExclusionFilter(IHttpContextAccessor http, DatabaseReader countries)
        {
            _http = http;
            _countries = countries;
        }

        public Task<bool> EvaluateAsync(FeatureFilterEvaluationContext context)
        {
            var settings = context.Parameters.Get<CountryExclusionSettings>() ?? new CountryExclusionSettings();
            var ip = _http.HttpContext?.Connection.RemoteIpAddress;

            if (ip is null || !_countries.TryCountry(ip, out var hit) || hit?.Country.IsoCode is not { } iso)
                return Task.FromResult(true);

            bool excluded = settings.ExcludedCountries.Contains(iso, StringComparer.OrdinalIgnoreCase);
            return Task.FromResult(!excluded);
        }
    }

    [ApiController]
    [Route("api/rooms")]
    public sealed class RoomsController : ControllerBase
    {
        private readonly IFeatureManager _features;

        public RoomsController(IFeatureManager features) => _features = features;

        [HttpPost("{roomId}/voice/join")]
        public async Task<IActionResult> JoinVoice(string roomId)
        {
            if (!await _features.IsEnabledAsync(FeatureNames.VoiceRooms))
                return StatusCode(StatusCodes.Status403Forbidden, new { error = "voice_unavailable" });

            return Ok(new { roomId, rtcToken = Guid.NewGuid().ToString("N") });
        }

        [HttpPost("dm/{userId}")]
        public async Task<IActionResult> SendDirectMessage(string userId, [FromBody] string body)
        {
            if (!await _features.IsEnabledAsync(FeatureNames.DirectMessages))
                return StatusCode(StatusCodes.Status403Forbidden, new { error = "dm_unavailable" });

            return Accepted(new { to = userId, length = body.Length });
        }
    }

    public static class FeatureSetup
    {
        public static IServiceCollection AddCommunityFeatures(this IServiceCollection services, IConfiguration configuration)
        {
            services.AddHttpContextAccessor();
            services.AddSingleton(_ => new DatabaseReader(configuration["GeoIp:CountryDatabase"] ?? "GeoLite2-Country.mmdb"));
            services.AddSingleton<IFeatureFilter, CountryExclusionFilter>();
            return services;
        }
    }
}
