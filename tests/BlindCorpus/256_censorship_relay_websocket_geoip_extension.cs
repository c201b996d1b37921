// expect: warn A WebSocket relay endpoint of an anti-censorship proxy uses an HttpContext extension method over a MaxMind GeoLite2 service to find the caller's country and closes the socket with a policy-violation status when it is IR, CU, SY or KP, so people in Iran cannot use the circumvention relay (anti-censorship tools are authorized for Iran).
// modelled-on: ilyfairy/DstServerQuery DstServerQuery/Services/GeoIPService.cs (paraphrased, not copied; the GeoLite2 TryCity wrapper used for server listings now backs an extension method that gates a WebSocket relay)
// packages: Microsoft.AspNetCore.App (framework reference), MaxMind.GeoIP2 6.1.0
// source: blind

namespace BlindCorpus.Case256
{
    using System.Net;
    using System.Net.WebSockets;
    using MaxMind.GeoIP2;
    using MaxMind.GeoIP2.Responses;
    using Microsoft.AspNetCore.Builder;
    using Microsoft.AspNetCore.Http;
    using Microsoft.AspNetCore.Routing;

    public sealed class GeoIpService
    {
        public DatabaseReader? Reader { get; private set; }

        public void Initialize(string path = "GeoLite2-City.mmdb") =>
            Reader = new DatabaseReader(path, MaxMind.Db.FileAccessMode.MemoryMapped);

        public bool TryCity(IPAddress ip, out CityResponse? city)
        {
            city = null;
            return Reader is not null && Reader.TryCity(ip, out city);
        }
    }

    public static class GeoHttpContextExtensions
    {
        public static string? CountryIso(this HttpContext context, GeoIpService geo)
        {
            var ip = context.Connection.RemoteIpAddress;
            return ip is not null && geo.TryCity(ip, out var city) ? city?.Country.IsoCode : null;
        }
    }

    public interface IRelayUpstream
    {
        Task PumpAsync(WebSocket client, CancellationToken ct);
    }

    public static class RelayEndpoints
    {
        public static IEndpointRouteBuilder MapRelay(this IEndpointRouteBuilder app)
        {
            app.Map("/relay", async (HttpContext context, GeoIpService geo, IRelayUpstream upstream) =>
            {
                if (!context.WebSockets.IsWebSocketRequest)
                {
                    context.Response.StatusCode = StatusCodes.Status400BadRequest;
                    return;
                }

                using var socket = await context.WebSockets.AcceptWebSocketAsync();
                var iso = context.CountryIso(geo);
                if (iso is "IR" or "CU" or "SY" or "KP")
                {
                    await socket.CloseAsync(WebSocketCloseStatus.PolicyViolation, "relay unavailable in region", context.RequestAborted);
                    return;
                }

                await upstream.PumpAsync(socket, context.RequestAborted);
            });
            return app;
        }
    }
}
