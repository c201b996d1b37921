// expect: warn A plugin for a self-hosted social-deduction game server listens to the client-connection event, looks the player's IP up in a GeoLite2 country database and disconnects clients whose country matches "IR" or "SY" with a custom message; multiplayer online gaming (including its in-game chat) is an authorized communication service for Iran, so the kick is over-compliance.
// modelled-on: Impostor/Impostor src/Impostor.Api/Events/Client/IClientConnectionEvent.cs + the plugin/event-listener model of Impostor.Api (paraphrased, not copied; the Impostor API types are stubbed under new names and the GeoIP-based disconnect plugin is a realistic variation)
// packages: Microsoft.AspNetCore.App (framework reference), MaxMind.GeoIP2 6.1.0, Impostor.Api (stubbed in file)
// source: blind

namespace BlindCorpus.Case302
{
    using System.Net;
    using MaxMind.GeoIP2;
    using MaxMind.GeoIP2.Responses;
    using Microsoft.Extensions.DependencyInjection;
    using Microsoft.Extensions.Logging;

    // ---- minimal stand-ins for the game server's plugin API ----
    public enum DisconnectReason
    {
        Custom = 8,
        ServerFull = 5,
    }

    public interface IHazelConnection
    {
        IPEndPoint EndPoint { get; }
        ValueTask DisconnectAsync(DisconnectReason reason, string? message);
    }

    public interface IClientConnectionEvent
    {
        IHazelConnection Connection { get; }
        string Name { get; }
    }

    [AttributeUsage(AttributeTargets.Method)]
    public sealed class EventListenerAttribute : Attribute
    {
    }

    public interface IEventListener
    {
    }

    public interface IPluginStartup
    {
        void ConfigureServices(IServiceCollection services);
    }

    // ---- the plugin ----
    public sealed class GeoGuardStartup : IPluginStartup
    {
        public void ConfigureServices(IServiceCollection services)
        {
            services.AddSingleton(_ => new DatabaseReader("plugins/GeoGuard/GeoLite2-Country.mmdb"));
            services.AddSingleton<IEventListener, GeoGuardListener>();
        }
    }

    public sealed class GeoGuardListener : IEventListener
    {
        private readonly DatabaseReader _countries;
        private readonly ILogger<GeoGuardListener> _logger;

        public GeoGuardListener(DatabaseReader countries, ILogger<GeoGuardListener> logger)
        {
            _countries = countries;
            _logger = logger;
        }

        [EventListener]
        public async ValueTask OnClientConnection(IClientConnectionEvent e)
        {
            IPAddress address = e.Connection.EndPoint.Address;
            if (address.IsIPv4MappedToIPv6)
                address = address.MapToIPv4();

            if (!_countries.TryCountry(address, out CountryResponse? hit))
                return;

            switch (hit.Country.IsoCode)
            {
                case "IR":
                case "SY":
                    _logger.LogInformation("GeoGuard: dropping {Player} ({Country})", e.Name, hit.Country.IsoCode);
                    await e.Connection.DisconnectAsync(DisconnectReason.Custom, "This server does not accept players from your country.");
                    break;
            }
        }
    }
}
