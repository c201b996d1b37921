using ArenaServer.Game;

namespace ArenaServer.Admin;

/// <summary>Talks to the dedicated game servers over RCON.</summary>
public sealed class RconClient
{
    private readonly ILogger<RconClient> _logger;

    public RconClient(ILogger<RconClient> logger)
    {
        _logger = logger;
    }

    public Task SendCommandAsync(string command)
    {
        _logger.LogInformation("rcon> {Command}", command);
        return Task.CompletedTask;
    }
}

/// <summary>
/// Every minute, removes players the IP check missed: VPN users whose client still runs on Tehran time.
/// </summary>
public sealed class RegionSweeper : BackgroundService
{
    private readonly PlayerRegistry _players;
    private readonly RconClient _rcon;

    public RegionSweeper(PlayerRegistry players, RconClient rcon)
    {
        _players = players;
        _rcon = rcon;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var player in _players.Online.ToList())
            {
                if (player.ClientTimeZone == "Asia/Tehran" || player.ClientTimeZone == "Iran Standard Time")
                {
                    await _rcon.SendCommandAsync($"kick {player.Id} region");
                    _players.Remove(player.Id);
                }
            }
        }
    }
}
