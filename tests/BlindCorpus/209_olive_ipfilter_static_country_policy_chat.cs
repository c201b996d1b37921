// expect: warn A team-chat web app configures a static, Olive-style IP filter at start-up with SetCountryPolicy(Disallow, "IR", "SY", "CU"); every request (messages, channels, sign-in) from those countries' DB-IP ranges is ended with "not available in your region": chat is authorized for Iran and Cuba.
// modelled-on: Geeksltd/Olive Olive.Mvc.IpFilter/IpFilter.cs (paraphrased, not copied; the start-up policy call and the chat endpoints are a realistic variation)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case209
{
    using System.IO;
    using System.Net;
    using System.Numerics;

    public enum AccessPolicy { Allow, Disallow }

    public static class RegionFilter
    {
        private static readonly SemaphoreSlim Gate = new(1, 1);
        private static List<string> _deniedCodes = new();
        private static List<(BigInteger From, BigInteger To)>? _deniedRanges;

        public static readonly HashSet<BigInteger> ExplicitlyAllowed = new();
        public static readonly HashSet<BigInteger> ExplicitlyDenied = new();

        public static string RangesFile { get; set; } = Path.Combine(AppContext.BaseDirectory, "--IPFilter", "dbip-country.csv");
        public static string DeniedMessage { get; set; } = "This website is not available in your region.";
        public static Func<HttpContext, Task> OnDenied { get; set; } = EndWithMessage;

        public static void SetCountryPolicy(AccessPolicy policy, params string[] countryCodes)
        {
            if (policy == AccessPolicy.Disallow)
                _deniedCodes = _deniedCodes.Concat(countryCodes).Distinct().ToList();
            else
                _deniedCodes = _deniedCodes.Except(countryCodes).ToList();
            _deniedRanges = null;
        }

        public static async Task BlockIfNeeded(HttpContext context)
        {
            var ip = context.Connection.RemoteIpAddress?.ToString() ?? "";
            if (!await IsAllowedAsync(ip))
                await OnDenied(context);
        }

        public static async Task<bool> IsAllowedAsync(string ip)
        {
            if (_deniedRanges is null)
                await LoadRangesAsync();

            var value = ToNumber(ip);
            if (ExplicitlyDenied.Contains(value)) return false;
            if (ExplicitlyAllowed.Contains(value)) return true;
            return !_deniedRanges!.Any(r => r.From <= value && value <= r.To);
        }

        private static Task EndWithMessage(HttpContext context)
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return context.Response.WriteAsync(DeniedMessage);
        }

        private static async Task LoadRangesAsync()
        {
            await Gate.WaitAsync();
            try
            {
                if (_deniedRanges is not null) return;
                var ranges = new List<(BigInteger, BigInteger)>();
                if (File.Exists(RangesFile))
                {
                    foreach (var line in await File.ReadAllLinesAsync(RangesFile))
                    {
                        var cells = line.Split(',');
                        if (cells.Length < 3 || !_deniedCodes.Contains(cells[2].Trim('"'))) continue;
                        ranges.Add((ToNumber(cells[0].Trim('"')), ToNumber(cells[1].Trim('"'))));
                    }
                }
                _deniedRanges = ranges;
            }
            finally
            {
                Gate.Release();
            }
        }

        private static BigInteger ToNumber(string ip)
        {
            if (!IPAddress.TryParse(ip, out var address)) return BigInteger.Zero;
            return new BigInteger(address.GetAddressBytes(), isUnsigned: true, isBigEndian: true);
        }
    }

    public record ChatMessage(string Channel, string From, string Text);

    public static class TeamChatApp
    {
        public static WebApplication Build(string[] args)
        {
            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();

            RegionFilter.SetCountryPolicy(AccessPolicy.Disallow, "IR", "SY", "CU");
            RegionFilter.DeniedMessage = "Team chat is not available in your region.";

            app.Use(async (context, next) =>
            {
                await RegionFilter.BlockIfNeeded(context);
                if (!context.Response.HasStarted)
                    await next(context);
            });

            var messages = new List<ChatMessage>();
            app.MapPost("/login", (string user) => Results.Ok(new { token = Guid.NewGuid() }));
            app.MapGet("/channels/{channel}/messages", (string channel) => messages.Where(m => m.Channel == channel));
            app.MapPost("/channels/{channel}/messages", (string channel, ChatMessage message) =>
            {
                messages.Add(message with { Channel = channel });
                return Results.Accepted();
            });

            return app;
        }
    }
}
