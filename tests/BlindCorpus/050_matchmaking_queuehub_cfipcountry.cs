// expect: warn SignalR matchmaking hub refuses JoinQueue for clients whose CF-IPCountry header is in Matchmaking:BlockedCountries (IR, CU in appsettings.json); game matchmaking is authorized e-gaming
// modelled-on: Bowhza/H2M-Launcher MatchmakingServer/SignalR/QueueingHub.cs (paraphrased, not copied; the country check is a realistic variation)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace BlindCorpus.Case050;

public sealed class MatchmakingOptions
{
    public int MaxQueueSize { get; set; } = 64;
    public List<string> BlockedCountries { get; set; } = new();
}

public interface IQueueClient
{
    Task QueueRejected(string reason);
    Task QueuePositionChanged(int position, int total);
}

public sealed class QueueService
{
    private readonly List<(string ConnectionId, string Player, string Server)> _queue = new();

    public int Enqueue(string connectionId, string playerName, string server)
    {
        lock (_queue)
        {
            _queue.Add((connectionId, playerName, server));
            return _queue.Count;
        }
    }

    public void Remove(string connectionId)
    {
        lock (_queue) _queue.RemoveAll(e => e.ConnectionId == connectionId);
    }
}

public sealed class QueueHub : Hub<IQueueClient>
{
    private readonly ILogger<QueueHub> _logger;
    private readonly QueueService _queue;
    private readonly MatchmakingOptions _options;

    public QueueHub(ILogger<QueueHub> logger, QueueService queue, IOptions<MatchmakingOptions> options)
    {
        _logger = logger;
        _queue = queue;
        _options = options.Value;
    }

    public async Task<bool> JoinQueue(string serverIp, int serverPort, string playerName)
    {
        var http = Context.GetHttpContext();
        var country = http?.Request.Headers["CF-IPCountry"].ToString() ?? "";

        if (_options.BlockedCountries.Contains(country, StringComparer.OrdinalIgnoreCase))
        {
            _logger.LogInformation("Queue join refused for {Player} from {Country}", playerName, country);
            await Clients.Caller.QueueRejected("Matchmaking is not available in your region.");
            return false;
        }

        var position = _queue.Enqueue(Context.ConnectionId, playerName, $"{serverIp}:{serverPort}");
        await Clients.Caller.QueuePositionChanged(position, position);
        return true;
    }

    public Task LeaveQueue()
    {
        _queue.Remove(Context.ConnectionId);
        return Task.CompletedTask;
    }
}

public static class MatchmakingSetup
{
    public static void Configure(WebApplicationBuilder builder)
    {
        builder.Services.Configure<MatchmakingOptions>(builder.Configuration.GetSection("Matchmaking"));
        builder.Services.AddSingleton<QueueService>();
        builder.Services.AddSignalR();
    }

    public static void Map(WebApplication app) => app.MapHub<QueueHub>("/queue");
}
