using ArenaServer.Admin;
using ArenaServer.Game;
using ArenaServer.Hubs;
using ArenaServer.Net;
using MaxMind.GeoIP2;

// ArenaServer: match-based multiplayer. Browsers play over SignalR, the desktop client over the TCP lobby.
var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSignalR();
builder.Services.AddSingleton<IGeoIP2DatabaseReader>(_ =>
    new DatabaseReader(builder.Configuration["GeoIP:CountryDatabase"] ?? "GeoLite2-Country.mmdb"));
builder.Services.AddSingleton<PlayerRegistry>();
builder.Services.AddSingleton<Matchmaker>();
builder.Services.AddSingleton<RconClient>();
builder.Services.AddHostedService<LobbyServer>();
builder.Services.AddHostedService<RegionSweeper>();

var app = builder.Build();

app.MapHub<MatchHub>("/hubs/match");
app.MapGet("/api/players/online", (PlayerRegistry players) => players.Online.Count);

app.Run();
