// expect: warn A team-chat service runs a nightly background sweep that deactivates every workspace member whose recent sign-ins came from CU, IR, KP, SY or Crimea (LINQ over access logs), cutting those users off from chat and messaging; instant messaging is authorized for Iran, so deactivating them is over-broad.
// modelled-on: ejmann248/blog _posts/2019-07-26-Sanctions.md (paraphrased, not copied; the described Slack account deactivations for users who had connected from sanctioned regions became a BackgroundService over access-log records)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case279
{
    using Microsoft.Extensions.Hosting;
    using Microsoft.Extensions.Logging;

    public sealed record AccessLogEntry(string MemberId, string WorkspaceId, string CountryCode, string? Region, DateTimeOffset At);

    public sealed record WorkspaceMember(string Id, string WorkspaceId, string DisplayName, bool IsActive);

    public interface IAccessLogStore
    {
        Task<IReadOnlyList<AccessLogEntry>> SinceAsync(DateTimeOffset since, CancellationToken ct);
    }

    public interface IMemberDirectory
    {
        Task<WorkspaceMember?> FindAsync(string memberId, CancellationToken ct);
        Task DeactivateAsync(string memberId, string reason, CancellationToken ct);
    }

    public interface INotificationMailer
    {
        Task SendAsync(string memberId, string subject, string body, CancellationToken ct);
    }

    public sealed class WorkspaceComplianceSweep : BackgroundService
    {
        private static readonly IReadOnlySet<string> RestrictedCountries = new HashSet<string> { "CU", "IR", "KP", "SY" };
        private static readonly IReadOnlySet<string> RestrictedRegions = new HashSet<string> { "Crimea", "Sevastopol" };

        private readonly IAccessLogStore _logs;
        private readonly IMemberDirectory _members;
        private readonly INotificationMailer _mailer;
        private readonly ILogger<WorkspaceComplianceSweep> _logger;

        public WorkspaceComplianceSweep(IAccessLogStore logs, IMemberDirectory members, INotificationMailer mailer, ILogger<WorkspaceComplianceSweep> logger)
        {
            _logs = logs;
            _members = members;
            _mailer = mailer;
            _logger = logger;
        }

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            using var timer = new PeriodicTimer(TimeSpan.FromHours(24));
            do
            {
                await SweepAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }

        private async Task SweepAsync(CancellationToken ct)
        {
            var entries = await _logs.SinceAsync(DateTimeOffset.UtcNow.AddDays(-30), ct);

            var flagged = entries
                .Where(e => RestrictedCountries.Contains(e.CountryCode) || (e.Region is not null && RestrictedRegions.Contains(e.Region)))
                .Select(e => e.MemberId)
                .Distinct()
                .ToList();

            foreach (var memberId in flagged)
            {
                var member = await _members.FindAsync(memberId, ct);
                if (member is null || !member.IsActive)
                {
                    continue;
                }

                await _members.DeactivateAsync(memberId, "trade_restrictions", ct);
                await _mailer.SendAsync(memberId,
                    "Your workspace account has been deactivated",
                    "We have detected usage from a country or region subject to trade restrictions. Your account has been deactivated.",
                    ct);
                _logger.LogInformation("Deactivated member {MemberId} in workspace {WorkspaceId}", memberId, member.WorkspaceId);
            }
        }
    }
}
