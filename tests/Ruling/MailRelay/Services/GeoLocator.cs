using System.Net;

namespace MailRelay.Services;

/// <summary>
/// IP to country, from the ranges file our network team exports every night (CIDR,ISO code per line).
/// </summary>
public sealed class GeoLocator
{
    private readonly List<(IPNetwork Network, string Country)> _ranges = new();

    public GeoLocator(IConfiguration configuration)
    {
        var path = configuration["Geo:RangesFile"];
        if (path is null || !File.Exists(path))
        {
            return;
        }

        foreach (var line in File.ReadLines(path))
        {
            var parts = line.Split(',', 2);
            if (parts.Length == 2 && IPNetwork.TryParse(parts[0], out var network))
            {
                _ranges.Add((network, parts[1].Trim()));
            }
        }
    }

    /// <summary>The ISO 3166-1 alpha-2 code of the network the address belongs to, or null.</summary>
    public string? GetCountryCode(IPAddress ipAddress)
    {
        foreach (var (network, country) in _ranges)
        {
            if (network.Contains(ipAddress))
            {
                return country;
            }
        }

        return null;
    }
}
