using System.Collections.Concurrent;

namespace MeetingsApi.Services;

public sealed record Meeting(string Id, string Title, DateTimeOffset StartsAt, string OrganizerId);

/// <summary>Meetings in memory; the production build swaps in the Postgres store.</summary>
public sealed class MeetingStore
{
    private readonly ConcurrentDictionary<string, Meeting> _meetings = new();

    public Meeting Create(string title, DateTimeOffset startsAt, string organizerId)
    {
        var meeting = new Meeting(Guid.NewGuid().ToString("N")[..10], title, startsAt, organizerId);
        _meetings[meeting.Id] = meeting;
        return meeting;
    }

    public Meeting? Find(string id) => _meetings.TryGetValue(id, out var meeting) ? meeting : null;
}

/// <summary>What a participant said about themselves when signing up.</summary>
public sealed record ParticipantProfile(string Id, string DisplayName, string ResidenceCountry, string TimeZoneId);

public interface IParticipantProfiles
{
    Task<ParticipantProfile> GetAsync(string participantId);
}

public sealed class InMemoryParticipantProfiles : IParticipantProfiles
{
    public Task<ParticipantProfile> GetAsync(string participantId) =>
        Task.FromResult(new ParticipantProfile(participantId, participantId, "US", "America/New_York"));
}
