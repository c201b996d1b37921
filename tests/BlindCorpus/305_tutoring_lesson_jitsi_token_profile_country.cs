// expect: warn An online tutoring platform's lesson-meeting service refuses to mint the Jitsi video-room token (throws, surfaced as 403) when any participant's stored profile country is "IR" (LINQ Any over tutor and student); live online lessons over video conferencing are e-learning and communication services authorized for Iran under GL D-2.
// modelled-on: ahmedMgouda/Avancira JwtTokenService in namespace Avancira.Infrastructure.Catalog (api/Avancira.Infrastructure/Catalog) (paraphrased, not copied; kept the GetMeeting(user, room) -> signed Jitsi JWT + meeting URL shape, added participant profiles and a country refusal the real project does not have)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case305
{
    using System.Security.Cryptography;
    using System.Text;
    using System.Text.Json;
    using Microsoft.AspNetCore.Builder;
    using Microsoft.AspNetCore.Http;
    using Microsoft.Extensions.Configuration;
    using Microsoft.Extensions.Logging;

    public sealed record Meeting(string Url, string Token, DateTimeOffset ExpiresAt);

    public sealed class UserProfile
    {
        public Guid Id { get; init; }
        public string DisplayName { get; init; } = "";
        public string? CountryCode { get; init; }
    }

    public sealed class Lesson
    {
        public Guid Id { get; init; }
        public UserProfile Tutor { get; init; } = new();
        public UserProfile Student { get; init; } = new();
        public DateTimeOffset StartsAt { get; init; }
    }

    public interface ILessonRepository
    {
        Task<Lesson?> FindAsync(Guid lessonId, CancellationToken ct);
    }

    public sealed class MeetingNotPermittedException : Exception
    {
        public MeetingNotPermittedException(string message) : base(message) { }
    }

    public interface ILessonMeetingService
    {
        Task<Meeting> GetMeetingAsync(Guid lessonId, Guid requesterId, CancellationToken ct);
    }

    public sealed class LessonMeetingService : ILessonMeetingService
    {
        private const string RestrictedCountry = "IR";

        private readonly ILessonRepository _lessons;
        private readonly ILogger<LessonMeetingService> _logger;
        private readonly string _secret;
        private readonly string _appId;
        private readonly string _domain;

        public LessonMeetingService(ILessonRepository lessons, IConfiguration configuration, ILogger<LessonMeetingService> logger)
        {
            _lessons = lessons;
            _logger = logger;
            _secret = configuration["Jitsi:Secret"] ?? "dev-secret";
            _appId = configuration["Jitsi:AppId"] ?? "tutoring";
            _domain = configuration["Jitsi:Domain"] ?? "meet.example.org";
        }

        public async Task<Meeting> GetMeetingAsync(Guid lessonId, Guid requesterId, CancellationToken ct)
        {
            var lesson = await _lessons.FindAsync(lessonId, ct) ?? throw new KeyNotFoundException("Lesson not found");

            var participants = new[] { lesson.Tutor, lesson.Student };
            if (participants.Any(p => string.Equals(p.CountryCode, RestrictedCountry, StringComparison.OrdinalIgnoreCase)))
            {
                _logger.LogWarning("Lesson {LessonId} has a participant in a restricted country; meeting not issued", lessonId);
                throw new MeetingNotPermittedException("Video lessons are not available for this booking.");
            }

            var requester = participants.First(p => p.Id == requesterId);
            var room = $"lesson-{lesson.Id:N}";
            var expires = DateTimeOffset.UtcNow.AddHours(3);
            var token = Sign(new
            {
                aud = "jitsi",
                iss = _appId,
                sub = _domain,
                room,
                exp = expires.ToUnixTimeSeconds(),
                context = new { user = new { name = requester.DisplayName, moderator = requester.Id == lesson.Tutor.Id } },
            });

            return new Meeting($"https://{_domain}/{room}?jwt={token}", token, expires);
        }

        private string Sign(object payload)
        {
            static string B64(byte[] b) => Convert.ToBase64String(b).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            var header = B64(JsonSerializer.SerializeToUtf8Bytes(new { alg = "HS256", typ = "JWT" }));
            var body = B64(JsonSerializer.SerializeToUtf8Bytes(payload));
            using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(_secret));
            var sig = B64(hmac.ComputeHash(Encoding.ASCII.GetBytes($"{header}.{body}")));
            return $"{header}.{body}.{sig}";
        }
    }

    public static class LessonEndpoints
    {
        public static void MapLessonMeetings(this WebApplication app)
        {
            app.MapGet("/api/lessons/{lessonId:guid}/meeting", async (Guid lessonId, Guid userId, ILessonMeetingService meetings, CancellationToken ct) =>
            {
                try
                {
                    return Results.Ok(await meetings.GetMeetingAsync(lessonId, userId, ct));
                }
                catch (MeetingNotPermittedException ex)
                {
                    return Results.Problem(ex.Message, statusCode: StatusCodes.Status403Forbidden);
                }
            }).RequireAuthorization();
        }
    }
}
