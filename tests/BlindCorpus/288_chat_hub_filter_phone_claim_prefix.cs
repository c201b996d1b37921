// expect: warn A community chat's SignalR hub filter reads the verified phone-number claim and throws a HubException for SendMessage, JoinChannel and StartVoice when the number starts with +98, +53, +850 or +963, so users with Iranian (and Cuban, North Korean, Syrian) numbers cannot chat; instant messaging is authorized for Iran and the dialing prefix is only a proxy for location.
// modelled-on: Soneium/soneium-node issue #16 "Persian-Elite" (paraphrased, not copied; the reported restriction of an Iranian community member's chat access became a SignalR IHubFilter keyed on the phone-number claim)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case288
{
    using Microsoft.AspNetCore.SignalR;
    using Microsoft.Extensions.Logging;

    public sealed class PhoneRegionHubFilter : IHubFilter
    {
        private static readonly string[] RestrictedDialingCodes = { "+98", "+53", "+850", "+963" };

        private static readonly HashSet<string> GuardedMethods = new(StringComparer.Ordinal)
        {
            nameof(CommunityHub.SendMessage),
            nameof(CommunityHub.JoinChannel),
            nameof(CommunityHub.StartVoice),
        };

        private readonly ILogger<PhoneRegionHubFilter> _logger;

        public PhoneRegionHubFilter(ILogger<PhoneRegionHubFilter> logger) => _logger = logger;

        public async ValueTask<object?> InvokeMethodAsync(
            HubInvocationContext invocationContext,
            Func<HubInvocationContext, ValueTask<object?>> next)
        {
            if (GuardedMethods.Contains(invocationContext.HubMethodName))
            {
                var phone = invocationContext.Context.User?.FindFirst("phone_number")?.Value;
                if (phone is not null && RestrictedDialingCodes.Any(code => phone.StartsWith(code, StringComparison.Ordinal)))
                {
                    _logger.LogInformation("Blocked {Method} for {User}", invocationContext.HubMethodName, invocationContext.Context.UserIdentifier);
                    throw new HubException("Messaging is not available for accounts registered in your region.");
                }
            }

            return await next(invocationContext);
        }
    }

    public interface ICommunityClient
    {
        Task MessageReceived(string channel, string user, string text, DateTimeOffset sentAt);
        Task VoiceStarted(string channel, string user);
    }

    public sealed class CommunityHub : Hub<ICommunityClient>
    {
        public async Task JoinChannel(string channel)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, channel);
        }

        public Task SendMessage(string channel, string text) =>
            Clients.Group(channel).MessageReceived(channel, Context.UserIdentifier ?? "anon", text, DateTimeOffset.UtcNow);

        public Task StartVoice(string channel) =>
            Clients.OthersInGroup(channel).VoiceStarted(channel, Context.UserIdentifier ?? "anon");
    }

    public static class CommunityHubSetup
    {
        public static IServiceCollection AddCommunityChat(this IServiceCollection services)
        {
            services.AddSignalR(o => o.AddFilter<PhoneRegionHubFilter>());
            return services;
        }
    }
}
