using System.Collections.Generic;
using SanctionsAnalyzers.IntegrationTests.Infrastructure;
using Xunit;

namespace SanctionsAnalyzers.IntegrationTests
{
    /// <summary>
    /// dotnet build against the packed package, the forms read from the seventh session on: a co-op server whose
    /// refusal notice sits beside a bare return; a sign-in returning <c>SignInResult.NotAllowed</c>; a lesson token
    /// refused when some participant's own country is listed; a feed endpoint emptying what it fetched; a sweep over
    /// ranges named for the country, the address held as a number; a start screen hiding its multiplayer button; a call
    /// hub whose session property carries the gate; a lesson view whose flag is a helper's answer; a tile endpoint
    /// returning stored filler. An
    /// export-controlled SDK download blocked for the same countries stays silent (31 CFR 560.540(a)(2)(i)), and the
    /// twin naming North Korea alone is silent throughout.
    /// </summary>
    [Collection(PackedPackageCollection.Name)]
    public class PathTextsEmptiedDataAndExportBuildTests
    {
        private const string Code = """
            using System.Net;
            using Microsoft.AspNetCore.Identity;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.AspNetCore.SignalR;

            public interface IPeerHost { void Admit(string peer); }

            public sealed class CoopServer
            {
                private static readonly string[] Closed = { CODES };
                private readonly IPeerHost _host;
                public CoopServer(IPeerHost host) => _host = host;

                public void OnConnecting(string peer, HttpContext http)
                {
                    if (Closed.Contains(http.Request.Headers["CF-IPCountry"].ToString()))
                    {
                        Console.WriteLine("Multiplayer is not available in your region.");
                        return;
                    }

                    _host.Admit(peer);
                }
            }

            public sealed class Member { public string? Country { get; set; } }

            public sealed class MemberSignIn
            {
                private static readonly string[] Closed = { CODES };

                public Task<Microsoft.AspNetCore.Identity.SignInResult> PasswordSignInAsync(Member member, string password) =>
                    Task.FromResult(member.Country is not null && Closed.Contains(member.Country)
                        ? Microsoft.AspNetCore.Identity.SignInResult.NotAllowed
                        : Microsoft.AspNetCore.Identity.SignInResult.Success);
            }

            public sealed record Participant(string Name, string? CountryCode);

            public sealed class LessonTokens
            {
                private static readonly string[] Closed = { CODES };

                public string IssueLessonToken(IReadOnlyList<Participant> participants)
                {
                    if (participants.Any(p => p.CountryCode is not null && Closed.Contains(p.CountryCode)))
                        throw new UnauthorizedAccessException("not issued");
                    return Guid.NewGuid().ToString("N");
                }
            }

            public sealed record FeedPost(string Author, string Text);
            public interface IFeedStore { Task<IReadOnlyList<FeedPost>> LatestAsync(); }

            public static class FeedEndpoints
            {
                private static readonly string[] Closed = { CODES };

                public static void MapFeed(IEndpointRouteBuilder app) =>
                    app.MapGet("/api/feed", async (HttpRequest request, IFeedStore store) =>
                    {
                        var posts = await store.LatestAsync();
                        if (Closed.Contains(request.Headers["CF-IPCountry"].ToString()))
                            posts = Array.Empty<FeedPost>();
                        return Results.Ok(posts);
                    });
            }

            public readonly record struct AddressRange(uint Start, uint End)
            {
                public bool Contains(uint value) => value >= Start && value <= End;
            }

            public interface IChatAccounts { Task SuspendAsync(string handle); }

            public sealed class ChatAccountSweep
            {
                private readonly List<AddressRange> RANGES = new();
                private readonly IChatAccounts _accounts;
                public ChatAccountSweep(IChatAccounts accounts) => _accounts = accounts;

                public async Task SweepAsync(string handle, IPAddress lastSeen)
                {
                    var value = BitConverter.ToUInt32(lastSeen.GetAddressBytes(), 0);
                    if (RANGES.Any(r => r.Contains(value)))
                        await _accounts.SuspendAsync(handle);
                }
            }

            public sealed class Widget { public void SetActive(bool on) { } }

            public sealed class StartScreen
            {
                private static readonly string[] Closed = { CODES };
                private readonly Widget _multiplayerButton = new();

                public void Show(HttpContext http)
                {
                    if (Closed.Contains(http.Request.Headers["CF-IPCountry"].ToString()))
                        _multiplayerButton.SetActive(false);
                }
            }

            public sealed class CallerSession
            {
                public string ConnectionId { get; init; } = "";
                public bool CallsAllowed { get; init; }
            }

            public sealed class CallHub : Hub
            {
                private static readonly string[] Closed = { CODES };
                private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, CallerSession> Sessions = new();

                public override Task OnConnectedAsync()
                {
                    var country = Context.GetHttpContext()!.Request.Headers["CF-IPCountry"].ToString();
                    Sessions[Context.ConnectionId] = new CallerSession { ConnectionId = Context.ConnectionId, CallsAllowed = !Closed.Contains(country) };
                    return base.OnConnectedAsync();
                }

                public Task SendOffer(string offer)
                {
                    if (Sessions.TryGetValue(Context.ConnectionId, out var session) && !session.CallsAllowed)
                        throw new HubException("Calls are unavailable.");
                    return Clients.Others.SendAsync("ReceiveOffer", offer);
                }
            }

            public sealed class StudentProfile { public string? Country { get; set; } }

            public static class LessonPolicy
            {
                private static readonly string[] Closed = { CODES };
                public static bool CanAccess(StudentProfile? student) => student is null || !Closed.Contains(student.Country);
            }

            public sealed class LessonView
            {
                private bool _available = true;

                public void Load(StudentProfile? student) => _available = LessonPolicy.CanAccess(student);

                public void Render(System.Text.StringBuilder page, string lessonTitle)
                {
                    if (!_available)
                    {
                        page.Append("Sorry, this lesson isn't available in your region.");
                        return;
                    }

                    page.Append("<h2>").Append(lessonTitle).Append("</h2>");
                }
            }

            public interface ITileRenderer { Task<byte[]> RenderAsync(int z, int x, int y); }
            public static class BlankTile { public static readonly byte[] Png = { 137, 80, 78, 71 }; }

            public static class TileEndpoints
            {
                private static readonly string[] Closed = { CODES };

                public static void MapTiles(IEndpointRouteBuilder app) =>
                    app.MapGet("/tiles/{z}/{x}/{y}.png", async (int z, int x, int y, HttpRequest request, ITileRenderer renderer) =>
                    {
                        if (Closed.Contains(request.Headers["CF-IPCountry"].ToString()))
                            return Results.File(BlankTile.Png, "image/png");
                        var tile = await renderer.RenderAsync(z, x, y);
                        return Results.File(tile, "image/png");
                    });
            }

            public sealed class ExportControlledDownloadsController : ControllerBase
            {
                private static readonly string[] Embargoed = { "IR", "CU" };

                [HttpGet("sdk/{version}")]
                public IActionResult Download(string version)
                {
                    if (Embargoed.Contains(Request.Headers["CF-IPCountry"].ToString())) return StatusCode(451);
                    return Ok(version);
                }
            }
            """;

        private const string Program = """
            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddControllers();
            var app = builder.Build();
            app.MapControllers();
            FeedEndpoints.MapFeed(app);
            TileEndpoints.MapTiles(app);
            app.Run();
            """;

        private readonly PackedPackageFixture _package;

        public PathTextsEmptiedDataAndExportBuildTests(PackedPackageFixture package) => _package = package;

        [Fact]
        public void PathTexts_NotAllowed_EntryPredicates_EmptiedData_NumericAddresses_SwitchedOffButtons_Flags_AndFiller_AreReported()
        {
            using var consumer = Consumer("\"IR\", \"KP\"", "IranRanges");

            var result = consumer.Build();

            DotnetAssert.Succeeded(result);
            DotnetAssert.Contains("denies 'CoopServer.OnConnecting' (e-gaming, inferred from the refusal text 'Multiplayer is not available", result);
            DotnetAssert.Contains("denies 'MemberSignIn.PasswordSignInAsync' (user authentication", result);
            DotnetAssert.Contains("denies 'LessonTokens.IssueLessonToken' (e-learning platforms", result);
            DotnetAssert.Contains("degrades 'MapGet \"/api/feed\"' (social networking", result);
            DotnetAssert.Contains("Geo-block on Iran (IR), inferred from the name 'IranRanges', denies 'ChatAccountSweep.SweepAsync' (chat", result);
            DotnetAssert.Contains("degrades 'StartScreen.Show' (e-gaming, inferred from the switched-off '_multiplayerButton'", result);
            DotnetAssert.Contains("denies 'CallHub.SendOffer' (instant messaging and chat", result);
            DotnetAssert.Contains("denies 'LessonView.Render' (e-learning platforms", result);
            DotnetAssert.Contains("degrades 'MapGet \"/tiles/{z}/{x}/{y}.png\"' (web maps", result);
            DotnetAssert.DoesNotContain("ExportControlledDownloadsController", result);
            DotnetAssert.DoesNotContain("AD0001", result);
        }

        [Fact]
        public void TheSameCode_ForNorthKoreaOnly_IsSilent()
        {
            using var consumer = Consumer("\"KP\"", "PyongyangRanges");

            var result = consumer.Build();

            DotnetAssert.Succeeded(result);
            DotnetAssert.DoesNotContain("SANC1001", result);
            DotnetAssert.DoesNotContain("SANC1002", result);
            DotnetAssert.DoesNotContain("AD0001", result);
        }

        private ConsumerProject Consumer(string codes, string ranges) => new ConsumerProject(_package, new Dictionary<string, string>
        {
            ["Program.cs"] = Program,
            ["Features.cs"] = Code.Replace("CODES", codes).Replace("RANGES", ranges),
        });
    }
}
