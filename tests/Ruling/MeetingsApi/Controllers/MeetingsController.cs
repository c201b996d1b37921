using MeetingsApi.Compliance;
using MeetingsApi.Services;
using Microsoft.AspNetCore.Mvc;

namespace MeetingsApi.Controllers;

/// <summary>Create, list and join video meetings.</summary>
[ApiController]
[Route("api/meetings")]
[CommunicationService("video-conferencing")]
public sealed class MeetingsController : ControllerBase
{
    private readonly MeetingStore _store;
    private readonly IParticipantProfiles _profiles;

    public MeetingsController(MeetingStore store, IParticipantProfiles profiles)
    {
        _store = store;
        _profiles = profiles;
    }

    [HttpPost]
    public ActionResult<Meeting> Create(CreateMeetingRequest request)
    {
        var meeting = _store.Create(request.Title, request.StartsAt, request.OrganizerId);
        return CreatedAtAction(nameof(Get), new { id = meeting.Id }, meeting);
    }

    [HttpGet("{id}")]
    public ActionResult<Meeting> Get(string id) => _store.Find(id) is { } meeting ? meeting : NotFound();

    [HttpPost("{id}/join")]
    public async Task<ActionResult<JoinOptions>> Join(string id, string participantId)
    {
        if (_store.Find(id) is null)
        {
            return NotFound();
        }

        var profile = await _profiles.GetAsync(participantId);
        var options = new JoinOptions(id, participantId);

        // Cloud recording is stored in a US bucket; keep it off for Iranian residents (ticket MEET-88).
        if (profile.ResidenceCountry == "IR")
        {
            options.RecordingEnabled = false;
        }

        // Screen sharing went through a vendor that would not serve Crimea; the vendor is gone, the check stayed.
        var region = Request.Headers["CloudFront-Viewer-Country-Region"].ToString();
        if (region is "UA-43" or "UA-40")
        {
            options.ScreenShareEnabled = false;
        }

        return options;
    }
}

public sealed record CreateMeetingRequest(string Title, DateTimeOffset StartsAt, string OrganizerId);

public sealed class JoinOptions(string meetingId, string participantId)
{
    public string MeetingId { get; } = meetingId;

    public string ParticipantId { get; } = participantId;

    public bool RecordingEnabled { get; set; } = true;

    public bool ScreenShareEnabled { get; set; } = true;
}
