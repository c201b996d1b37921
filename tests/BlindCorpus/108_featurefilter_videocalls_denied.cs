// expect: warn feature filter turns the "VideoCalls" flag off when the X-Country-Code header is in DeniedCountries (IR, CU, KP in appsettings), so calls degrade to text-only rooms: video conferencing is authorized for Iran and Cuba
// modelled-on: kavthedev/FeatureFilters FeatureFilters/Filters/CountryFilter.cs (paraphrased, not copied; allowed list inverted to a denied list)
// packages: Microsoft.AspNetCore.App (framework reference), Microsoft.FeatureManagement (stubbed in file)
// source: blind
using Microsoft.AspNetCore.Mvc;
using Microsoft.FeatureManagement;

namespace Microsoft.FeatureManagement
{
    [AttributeUsage(AttributeTargets.Class)]
    public sealed class FilterAliasAttribute : Attribute
    {
        public FilterAliasAttribute(string alias) => Alias = alias;
        public string Alias { get; }
    }

    public interface IFeatureFilterMetadata
    {
    }

    public sealed class FeatureFilterEvaluationContext
    {
        public string FeatureName { get; set; } = string.Empty;
        public IConfiguration Parameters { get; set; } = null!;
    }

    public interface IFeatureFilter : IFeatureFilterMetadata
    {
        Task<bool> EvaluateAsync(FeatureFilterEvaluationContext context);
    }

    public interface IFeatureManager
    {
        Task<bool> IsEnabledAsync(string feature);
    }
}

namespace BlindCorpus.Case108
{
    /// <summary>Enables a feature for every country except the configured ones.</summary>
    [FilterAlias("CountryDenyFilter")]
    public sealed class CountryDenyFilter : IFeatureFilter
    {
        private const string HeaderName = "X-Country-Code";
        private const string ParameterKey = "DeniedCountries";

        private readonly IHttpContextAccessor _accessor;
        private readonly ILogger<CountryDenyFilter> _logger;

        public CountryDenyFilter(IHttpContextAccessor accessor, ILogger<CountryDenyFilter> logger)
        {
            _accessor = accessor;
            _logger = logger;
        }

        public Task<bool> EvaluateAsync(FeatureFilterEvaluationContext context)
        {
            var country = _accessor.HttpContext?.Request.Headers[HeaderName].FirstOrDefault()?.Trim();
            if (string.IsNullOrEmpty(country))
                return Task.FromResult(true);

            var denied = context.Parameters.GetSection(ParameterKey).Get<string[]>() ?? Array.Empty<string>();
            var isDenied = denied.Any(d => d.Equals(country, StringComparison.OrdinalIgnoreCase));

            _logger.LogDebug("CountryDenyFilter: {Feature} for {Country} denied={Denied}", context.FeatureName, country, isDenied);
            return Task.FromResult(!isDenied);
        }
    }

    public sealed record CallSession(string RoomId, bool VideoEnabled, bool ScreenShareEnabled, string[] Participants);

    [ApiController]
    [Route("api/calls")]
    public sealed class CallsController : ControllerBase
    {
        private readonly IFeatureManager _features;

        public CallsController(IFeatureManager features) => _features = features;

        [HttpPost("{roomId}/join")]
        public async Task<ActionResult<CallSession>> Join(string roomId, [FromBody] string[] participants)
        {
            var video = await _features.IsEnabledAsync("VideoCalls");

            // Without the flag the room falls back to text chat only.
            return new CallSession(roomId, VideoEnabled: video, ScreenShareEnabled: video, participants);
        }
    }
}
