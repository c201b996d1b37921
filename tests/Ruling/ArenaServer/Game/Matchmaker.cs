namespace ArenaServer.Game;

/// <summary>Puts players into matches on the game server closest to them.</summary>
public sealed class Matchmaker
{
    private readonly Dictionary<string, Queue<string>> _queues = new(StringComparer.Ordinal);

    /// <summary>The region of the game server with the lowest latency for a country.</summary>
    public static string RegionFor(string? country) => country switch
    {
        "IR" or "TR" or "AE" or "SA" or "IQ" => "me-central",
        "CU" or "MX" or "US" or "CA" => "us-east",
        "KR" or "JP" or "KP" => "ap-northeast",
        "BR" or "AR" or "CL" => "sa-east",
        _ => "eu-west",
    };

    public string Enqueue(string playerId, string? country)
    {
        var region = RegionFor(country);
        if (!_queues.TryGetValue(region, out var queue))
        {
            _queues[region] = queue = new Queue<string>();
        }

        queue.Enqueue(playerId);
        return region;
    }
}
