// expect: info A Blazor-style live-classroom component hides the Join live lesson button and shows a notice when the learner's country is in a blocked-country repository that administrators fill through an API (with temporary blocks expired by a background service); which jurisdictions are blocked cannot be known from the code, and the gated feature is e-learning.
// modelled-on: ahmedabougabal/dotnet-ip-geolocation-api Repositories/BlockedCountryRepository.cs (paraphrased, not copied; the ConcurrentDictionary-backed blocked and temporal-block repositories plus the cleanup BackgroundService now drive a component's join-button visibility)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case252
{
    using System.Collections.Concurrent;
    using Microsoft.AspNetCore.Components;
    using Microsoft.Extensions.Hosting;

    public interface IBlockedCountryRepository
    {
        bool Add(string countryCode, DateTimeOffset? until);
        bool Remove(string countryCode);
        bool IsBlocked(string countryCode);
        int RemoveExpired(DateTimeOffset now);
    }

    public sealed class InMemoryBlockedCountryRepository : IBlockedCountryRepository
    {
        private readonly ConcurrentDictionary<string, DateTimeOffset?> _blocked = new(StringComparer.OrdinalIgnoreCase);

        public bool Add(string countryCode, DateTimeOffset? until) => _blocked.TryAdd(countryCode, until);

        public bool Remove(string countryCode) => _blocked.TryRemove(countryCode, out _);

        public bool IsBlocked(string countryCode) =>
            _blocked.TryGetValue(countryCode, out var until) && (until is null || until > DateTimeOffset.UtcNow);

        public int RemoveExpired(DateTimeOffset now)
        {
            var removed = 0;
            foreach (var (code, until) in _blocked)
            {
                if (until is not null && until <= now && _blocked.TryRemove(code, out _))
                {
                    removed++;
                }
            }

            return removed;
        }
    }

    public sealed class TemporalBlockCleanupService : BackgroundService
    {
        private readonly IBlockedCountryRepository _repository;

        public TemporalBlockCleanupService(IBlockedCountryRepository repository) => _repository = repository;

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                _repository.RemoveExpired(DateTimeOffset.UtcNow);
                await Task.Delay(TimeSpan.FromMinutes(5), stoppingToken);
            }
        }
    }

    public interface ILearnerLocation
    {
        Task<string?> CountryCodeAsync();
    }

    public class LiveLessonPanelBase : ComponentBase
    {
        [Inject] public IBlockedCountryRepository Blocked { get; set; } = default!;
        [Inject] public ILearnerLocation Location { get; set; } = default!;
        [Parameter] public string LessonId { get; set; } = "";

        protected bool CanJoin { get; private set; }
        protected string? Notice { get; private set; }

        protected override async Task OnInitializedAsync()
        {
            var country = await Location.CountryCodeAsync();
            if (country is not null && Blocked.IsBlocked(country))
            {
                CanJoin = false;
                Notice = "Live lessons are not available in your location.";
                return;
            }

            CanJoin = true;
        }

        protected string JoinUrl => $"/classroom/{LessonId}/live";
    }
}
