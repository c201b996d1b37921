// expect: warn A censorship-circumvention proxy service's subscription endpoint (base64 list of vless/trojan share links consumed by v2rayN-style clients) quietly returns an empty subscription when the nginx GeoIP header X-Geo-Country is IR or CU, degrading the service for exactly the users it is meant for; VPN / anti-censorship tools are authorized for Iran under GL D-2.
// modelled-on: 2dust/v2rayN v2rayN/ServiceLib/Handler/Fmt/VLESSFmt.cs + v2rayN/ServiceLib/Handler/Fmt/TrojanFmt.cs (paraphrased, not copied; kept the share-link formats and the base64 subscription body that the client parses, moved to a server-side minimal-API endpoint with a country degrade the real client does not have)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case306
{
    using System.Text;
    using Microsoft.AspNetCore.Builder;
    using Microsoft.AspNetCore.Http;
    using Microsoft.Extensions.DependencyInjection;

    public sealed record ProxyNode(string Protocol, string Host, int Port, string Sni, string Remark);

    public sealed record Subscriber(string Token, Guid Uuid, bool Active);

    public interface ISubscriberStore
    {
        Task<Subscriber?> FindByTokenAsync(string token);
        Task<IReadOnlyList<ProxyNode>> NodesForAsync(Subscriber subscriber);
    }

    public static class ShareLinks
    {
        public static string ToUri(ProxyNode node, Guid uuid) => node.Protocol switch
        {
            "vless" => $"vless://{uuid}@{node.Host}:{node.Port}?encryption=none&security=tls&sni={Uri.EscapeDataString(node.Sni)}&type=tcp#{Uri.EscapeDataString(node.Remark)}",
            "trojan" => $"trojan://{uuid}@{node.Host}:{node.Port}?sni={Uri.EscapeDataString(node.Sni)}#{Uri.EscapeDataString(node.Remark)}",
            _ => throw new NotSupportedException(node.Protocol),
        };
    }

    public static class GeoHeaders
    {
        // Set by the nginx geoip2 module in front of the panel.
        public const string Country = "X-Geo-Country";

        public static string? VisitorCountry(this HttpRequest request)
        {
            var value = request.Headers[Country].ToString();
            return string.IsNullOrEmpty(value) ? null : value.ToUpperInvariant();
        }
    }

    public static class SubscriptionEndpoints
    {
        private static readonly string[] DegradedCountries = ["IR", "CU"];

        public static WebApplication MapSubscriptions(this WebApplication app)
        {
            app.MapGet("/sub/{token}", async (string token, HttpRequest request, ISubscriberStore store) =>
            {
                var subscriber = await store.FindByTokenAsync(token);
                if (subscriber is null || !subscriber.Active)
                    return Results.NotFound();

                var nodes = await store.NodesForAsync(subscriber);

                if (request.VisitorCountry() is { } country && DegradedCountries.Contains(country))
                {
                    // keep the client happy but hand out no servers
                    nodes = Array.Empty<ProxyNode>();
                }

                var body = string.Join('\n', nodes.Select(n => ShareLinks.ToUri(n, subscriber.Uuid)));
                var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(body));
                return Results.Text(encoded, "text/plain; charset=utf-8");
            });

            return app;
        }
    }
}
