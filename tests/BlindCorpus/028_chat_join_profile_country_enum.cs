// expect: warn chat hub refuses to let users whose Identity profile country is the enum member Country.Iran or Country.Cuba join a conversation (error to caller, no group join); denies authorized chat
// modelled-on: VelkoTgr6/ChatApp FriChat/Hubs/ChatHub.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
namespace BlindCorpus.Case028;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR;

public enum Country
{
    Unknown = 0,
    Bulgaria,
    Germany,
    Cuba,
    Iran,
    UnitedStates,
}

public class ChatUser : IdentityUser
{
    public Country Country { get; set; }
    public string DisplayName { get; set; } = "";
}

[Authorize]
public class ChatHub : Hub
{
    private static readonly Country[] RestrictedCountries = { Country.Iran, Country.Cuba };

    private readonly UserManager<ChatUser> _users;

    public ChatHub(UserManager<ChatUser> users) => _users = users;

    public async Task SendMessage(string conversationId, string user, string message)
    {
        await Clients.Group(conversationId).SendAsync("ReceiveMessage", user, message);
    }

    public async Task JoinConversation(string conversationId)
    {
        var me = Context.User is null ? null : await _users.GetUserAsync(Context.User);
        if (me is null)
        {
            await Clients.Caller.SendAsync("Error", "Not signed in.");
            return;
        }

        if (Array.IndexOf(RestrictedCountries, me.Country) >= 0)
        {
            await Clients.Caller.SendAsync("Error", "Conversations are not available for accounts registered in your country.");
            return;
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, conversationId);
    }

    public async Task LeaveConversation(string conversationId)
    {
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, conversationId);
    }
}
