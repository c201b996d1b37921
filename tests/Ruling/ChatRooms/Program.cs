using ChatRooms.Hubs;
using ChatRooms.Services;

// ChatRooms: public chat rooms and direct messages over SignalR, served behind Cloudflare.
var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSignalR(options =>
{
    options.MaximumReceiveMessageSize = 64 * 1024;
    options.EnableDetailedErrors = builder.Environment.IsDevelopment();
});
builder.Services.AddSingleton<PresenceTracker>();
builder.Services.AddSingleton<RoomDirectory>();

var app = builder.Build();

app.UseDefaultFiles();
app.UseStaticFiles();

app.MapHub<RoomHub>("/hubs/rooms");
app.MapHub<DirectMessageHub>("/hubs/direct");
app.MapGet("/api/rooms", (RoomDirectory rooms) => rooms.List());
app.MapGet("/api/presence", (PresenceTracker presence) => presence.Snapshot());

app.Run();
