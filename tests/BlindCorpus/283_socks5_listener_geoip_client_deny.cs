// expect: warn A self-hosted SOCKS5 proxy's listener looks up each incoming client's IP in a GeoLite2 country database and answers the greeting with "no acceptable methods" and closes the socket when the client is in IR, SY, KP or CU, so people in Iran cannot use the proxy; anti-censorship / proxy tools are authorized for Iran.
// modelled-on: fdsc/vinny-socks5-proxy vinny-socks5-proxy/ListenConfiguration-connection.cs (paraphrased, not copied; the per-listener IP restriction on accepted connections became a MaxMind country check with a static deny array)
// packages: Microsoft.AspNetCore.App (framework reference), MaxMind.GeoIP2
// source: blind

namespace BlindCorpus.Case283
{
    using System.Net;
    using System.Net.Sockets;
    using MaxMind.GeoIP2;
    using Microsoft.Extensions.Hosting;
    using Microsoft.Extensions.Logging;

    public sealed class ListenConfiguration
    {
        public int Port { get; set; } = 1080;
        public string GeoDatabasePath { get; set; } = "GeoLite2-Country.mmdb";
        public string[] DeniedCountries { get; set; } = { "IR", "SY", "KP", "CU" };
    }

    public sealed class Socks5Listener : BackgroundService
    {
        private const byte SocksVersion = 0x05;
        private const byte NoAcceptableMethods = 0xFF;

        private readonly ListenConfiguration _config = new();
        private readonly ILogger<Socks5Listener> _logger;
        private readonly DatabaseReader _geo;

        public Socks5Listener(ILogger<Socks5Listener> logger)
        {
            _logger = logger;
            _geo = new DatabaseReader(_config.GeoDatabasePath);
        }

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            var listener = new TcpListener(IPAddress.Any, _config.Port);
            listener.Start();
            try
            {
                while (!stoppingToken.IsCancellationRequested)
                {
                    var client = await listener.AcceptTcpClientAsync(stoppingToken);
                    _ = Task.Run(() => HandleClientAsync(client, stoppingToken), stoppingToken);
                }
            }
            finally
            {
                listener.Stop();
            }
        }

        private async Task HandleClientAsync(TcpClient client, CancellationToken ct)
        {
            using (client)
            {
                var stream = client.GetStream();
                var remote = (IPEndPoint?)client.Client.RemoteEndPoint;

                if (remote is not null && IsDenied(remote.Address, out var iso))
                {
                    _logger.LogInformation("Refusing SOCKS client {Address} ({Country})", remote.Address, iso);
                    var greeting = new byte[2];
                    await stream.ReadAsync(greeting, ct);
                    await stream.WriteAsync(new[] { SocksVersion, NoAcceptableMethods }, ct);
                    return;
                }

                await RelayAsync(stream, ct);
            }
        }

        private bool IsDenied(IPAddress address, out string? isoCode)
        {
            isoCode = null;
            if (IPAddress.IsLoopback(address))
            {
                return false;
            }

            if (_geo.TryCountry(address, out var response) && response?.Country.IsoCode is { } code)
            {
                isoCode = code;
                return _config.DeniedCountries.Contains(code, StringComparer.OrdinalIgnoreCase);
            }

            return false;
        }

        private static Task RelayAsync(NetworkStream stream, CancellationToken ct)
        {
            // Method negotiation, CONNECT handling and bidirectional copy live here.
            return Task.CompletedTask;
        }
    }
}
