// expect: warn authorization policy fails users whose ClaimTypes.Country (from the profile entity) is Iran or Cuba, and the policy guards a SignalR chat hub: chat is authorized for both
// modelled-on: Peremoga22/Identity-Role WebApp/WebApp/Infrastructure/BlockUsersHandler.cs (paraphrased, not copied; combined with its LocationClaimsProvider.cs and a country claim instead of a user name)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
namespace BlindCorpus.Case102;

using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

public sealed class MemberProfile
{
    public string UserName { get; set; } = string.Empty;
    public string? Country { get; set; }
    public string? City { get; set; }
}

public interface IMemberDirectory
{
    Task<MemberProfile?> FindByNameAsync(string userName);
}

/// <summary>Copies the stored profile country into the principal as a claim.</summary>
public sealed class ProfileCountryClaimsTransformation : IClaimsTransformation
{
    private readonly IMemberDirectory _directory;

    public ProfileCountryClaimsTransformation(IMemberDirectory directory) => _directory = directory;

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.HasClaim(c => c.Type == ClaimTypes.Country))
            return principal;

        if (principal.Identity is ClaimsIdentity { IsAuthenticated: true, Name: not null } identity)
        {
            var profile = await _directory.FindByNameAsync(identity.Name);
            if (!string.IsNullOrWhiteSpace(profile?.Country))
                identity.AddClaim(new Claim(ClaimTypes.Country, profile.Country, ClaimValueTypes.String, "ProfileStore"));
        }

        return principal;
    }
}

public sealed class ExcludedCountriesRequirement : IAuthorizationRequirement
{
    public ExcludedCountriesRequirement(params string[] countries) => Countries = countries;

    public string[] Countries { get; }
}

public sealed class ExcludedCountriesHandler : AuthorizationHandler<ExcludedCountriesRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ExcludedCountriesRequirement requirement)
    {
        var country = context.User.FindFirst(ClaimTypes.Country)?.Value;

        if (context.User.Identity?.IsAuthenticated == true &&
            !requirement.Countries.Any(c => c.Equals(country, StringComparison.OrdinalIgnoreCase)))
        {
            context.Succeed(requirement);
        }
        else
        {
            context.Fail();
        }

        return Task.CompletedTask;
    }
}

public static class ChatSecurityRegistration
{
    public const string PolicyName = "ChatMembers";

    public static IServiceCollection AddChatSecurity(this IServiceCollection services)
    {
        services.AddTransient<IClaimsTransformation, ProfileCountryClaimsTransformation>();
        services.AddSingleton<IAuthorizationHandler, ExcludedCountriesHandler>();
        services.AddAuthorization(options =>
        {
            options.AddPolicy(PolicyName, policy =>
            {
                policy.RequireAuthenticatedUser();
                policy.AddRequirements(new ExcludedCountriesRequirement("Iran", "Cuba", "North Korea"));
            });
        });
        services.AddSignalR();
        return services;
    }

    public static void MapChat(this WebApplication app) => app.MapHub<ChatHub>("/hubs/chat");
}

[Authorize(Policy = ChatSecurityRegistration.PolicyName)]
public sealed class ChatHub : Hub
{
    public Task JoinRoom(string room) => Groups.AddToGroupAsync(Context.ConnectionId, room);

    public Task SendToRoom(string room, string text)
        => Clients.Group(room).SendAsync("message", Context.User?.Identity?.Name, text);
}
