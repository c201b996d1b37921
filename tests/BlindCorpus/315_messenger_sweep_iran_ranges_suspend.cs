// expect: warn A messenger's hourly BackgroundService loads Iranian IPv4 ranges from a CSV file and suspends every chat account whose last-seen IP falls inside them (messages stop, sessions revoked); instant messaging is a communication service GL D-2 authorizes for Iran, so suspending those users is over-compliance.
// modelled-on: tebr1z/LegalChatBotApi HuquqApi/Service/UserStatusService.cs (paraphrased, not copied; kept the BackgroundService loop that creates a scope, loads all users and flips per-user status flags on a timer, replaced the premium-expiry rule with an IP-range residence rule read from a ranges file)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case315
{
    using System.Net;
    using Microsoft.Extensions.Configuration;
    using Microsoft.Extensions.DependencyInjection;
    using Microsoft.Extensions.Hosting;
    using Microsoft.Extensions.Logging;

    public sealed class ChatAccount
    {
        public Guid Id { get; set; }
        public string Handle { get; set; } = "";
        public string? LastSeenIp { get; set; }
        public bool IsSuspended { get; set; }
        public string? SuspensionReason { get; set; }
    }

    public interface IChatAccountStore
    {
        Task<List<ChatAccount>> ActiveAccountsAsync(CancellationToken ct);
        Task RevokeSessionsAsync(Guid accountId, CancellationToken ct);
        Task SaveChangesAsync(CancellationToken ct);
    }

    public readonly record struct Ipv4Range(uint Start, uint End)
    {
        public bool Contains(uint value) => value >= Start && value <= End;
    }

    public static class RangeFile
    {
        // Each line: start_ip,end_ip,country_code
        public static List<Ipv4Range> Load(string path, string countryCode)
        {
            var ranges = new List<Ipv4Range>();
            if (!File.Exists(path))
                return ranges;

            foreach (var line in File.ReadLines(path))
            {
                var parts = line.Split(',');
                if (parts.Length < 3 || !parts[2].Trim().Equals(countryCode, StringComparison.OrdinalIgnoreCase))
                    continue;
                if (IPAddress.TryParse(parts[0], out var start) && IPAddress.TryParse(parts[1], out var end))
                    ranges.Add(new Ipv4Range(ToUInt(start), ToUInt(end)));
            }
            return ranges;
        }

        public static uint ToUInt(IPAddress address)
        {
            var b = address.MapToIPv4().GetAddressBytes();
            return ((uint)b[0] << 24) | ((uint)b[1] << 16) | ((uint)b[2] << 8) | b[3];
        }
    }

    public sealed class AccountStatusSweeper : BackgroundService
    {
        private readonly IServiceProvider _services;
        private readonly ILogger<AccountStatusSweeper> _logger;
        private readonly string _rangesPath;

        public AccountStatusSweeper(IServiceProvider services, IConfiguration configuration, ILogger<AccountStatusSweeper> logger)
        {
            _services = services;
            _logger = logger;
            _rangesPath = configuration["Compliance:RangesFile"] ?? "data/ip2country-v4.csv";
        }

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    var iranRanges = RangeFile.Load(_rangesPath, "IR");

                    using var scope = _services.CreateScope();
                    var store = scope.ServiceProvider.GetRequiredService<IChatAccountStore>();

                    foreach (var account in await store.ActiveAccountsAsync(stoppingToken))
                    {
                        if (account.LastSeenIp is null || !IPAddress.TryParse(account.LastSeenIp, out var ip))
                            continue;

                        var value = RangeFile.ToUInt(ip);
                        if (iranRanges.Any(r => r.Contains(value)))
                        {
                            account.IsSuspended = true;
                            account.SuspensionReason = "Messaging is unavailable from sanctioned regions";
                            await store.RevokeSessionsAsync(account.Id, stoppingToken);
                            _logger.LogInformation("Suspended chat account {Handle}", account.Handle);
                        }
                    }

                    await store.SaveChangesAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    _logger.LogError(ex, "Account status sweep failed");
                }

                await Task.Delay(TimeSpan.FromHours(1), stoppingToken);
            }
        }
    }
}
