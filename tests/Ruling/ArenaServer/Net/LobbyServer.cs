using System.Net;
using System.Net.Sockets;
using System.Text;
using ArenaServer.Game;
using MaxMind.GeoIP2;

namespace ArenaServer.Net;

/// <summary>The TCP lobby for the desktop client: a line-based protocol ("HELLO nick tz", "QUEUE", "BYE").</summary>
public sealed class LobbyServer : BackgroundService
{
    private static readonly string[] BannedRegions = { "IR", "CU", "KP", "SY", "SD" };

    private readonly IGeoIP2DatabaseReader _geo;
    private readonly PlayerRegistry _players;
    private readonly ILogger<LobbyServer> _logger;

    public LobbyServer(IGeoIP2DatabaseReader geo, PlayerRegistry players, ILogger<LobbyServer> logger)
    {
        _geo = geo;
        _players = players;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var listener = new TcpListener(IPAddress.Any, 7777);
        listener.Start();
        while (!stoppingToken.IsCancellationRequested)
        {
            var client = await listener.AcceptTcpClientAsync(stoppingToken);
            _ = HandleClientAsync(client, stoppingToken);
        }
    }

    private async Task HandleClientAsync(TcpClient client, CancellationToken cancellationToken)
    {
        var endpoint = (IPEndPoint)client.Client.RemoteEndPoint!;
        var stream = client.GetStream();
        var reader = new StreamReader(stream, Encoding.UTF8);
        var writer = new StreamWriter(stream, Encoding.UTF8) { AutoFlush = true };

        var hello = (await reader.ReadLineAsync(cancellationToken))?.Split(' ') ?? [];
        var session = new PlayerSession
        {
            Id = Guid.NewGuid().ToString("N"),
            Nickname = hello.Length > 1 ? hello[1] : "player",
            Address = endpoint.Address,
            ClientTimeZone = hello.Length > 2 ? hello[2] : "UTC",
            Disconnect = async reason =>
            {
                await writer.WriteLineAsync("BYE " + reason);
                client.Close();
            },
        };

        var country = _geo.Country(endpoint.Address).Country.IsoCode;
        if (country is not null && BannedRegions.Contains(country))
        {
            _logger.LogInformation("Lobby refused {Address} ({Country})", endpoint.Address, country);
            await session.DisconnectAsync("Region not supported");
            return;
        }

        _players.Add(session);
        await writer.WriteLineAsync("WELCOME " + session.Id);
    }
}
