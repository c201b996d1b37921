// expect: warn A Unity co-op game's dedicated server (Riptide-style networking) asks ip-api.com for each connecting player's country and rejects the connection attempt with "multiplayer is not available in your region" when the countryCode is IR, CU, SY or KP, so players in Iran cannot join online matches or the in-match voice/text chat; online gaming and its chat are authorized for Iran under GL D-2.
// modelled-on: RiptideNetworking/Riptide issue #120 "dose it work on sanctioned countrys" (paraphrased, not copied; the question whether a Riptide game server works for players in sanctioned countries became a server-side HandleConnection hook that looks the player up in ip-api and rejects sanctioned ones; Unity and Riptide types are stubbed in file)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case325
{
    using System.Net;
    using System.Net.Http.Json;
    using System.Text.Json.Serialization;

    // --- minimal stand-ins for UnityEngine / Riptide ---
    public class MonoBehaviour
    {
        protected static void Log(string message) => Console.WriteLine(message);
    }

    public sealed class Message
    {
        private readonly List<string> _strings = new();
        public static Message Create() => new();
        public Message AddString(string value) { _strings.Add(value); return this; }
        public string GetString() => _strings.Count > 0 ? _strings[0] : string.Empty;
    }

    public sealed class Connection
    {
        public ushort Id { get; init; }
        public IPEndPoint RemoteEndPoint { get; init; } = new(IPAddress.Loopback, 0);
    }

    public sealed class Server
    {
        public Action<Connection, Message>? HandleConnection { get; set; }
        public void Start(ushort port, ushort maxClients) { }
        public void Accept(Connection connection) { }
        public void Reject(Connection connection, Message? reason = null) { }
        public void Update() { }
    }

    // --- ip-api.com response ---
    public sealed class IpApiResult
    {
        [JsonPropertyName("status")] public string Status { get; set; } = "fail";
        [JsonPropertyName("country")] public string? Country { get; set; }
        [JsonPropertyName("countryCode")] public string? CountryCode { get; set; }
        [JsonPropertyName("query")] public string? Query { get; set; }
    }

    public static class RegionLock
    {
        // OFAC comprehensive programmes
        public static readonly HashSet<string> Sanctioned = new(StringComparer.OrdinalIgnoreCase) { "IR", "CU", "SY", "KP" };
    }

    public sealed class CoopServerManager : MonoBehaviour
    {
        private static readonly HttpClient Http = new() { BaseAddress = new Uri("http://ip-api.com/") };

        public ushort Port = 7777;
        public ushort MaxPlayers = 8;

        private readonly Server _server = new();

        public void Awake()
        {
            _server.HandleConnection = OnConnectionAttempt;
            _server.Start(Port, MaxPlayers);
            Log($"Co-op server listening on {Port}");
        }

        public void FixedUpdate() => _server.Update();

        private void OnConnectionAttempt(Connection pending, Message connectMessage)
        {
            var playerName = connectMessage.GetString();
            _ = ScreenAndAdmitAsync(pending, playerName);
        }

        private async Task ScreenAndAdmitAsync(Connection pending, string playerName)
        {
            IpApiResult? geo = null;
            try
            {
                geo = await Http.GetFromJsonAsync<IpApiResult>($"json/{pending.RemoteEndPoint.Address}?fields=status,country,countryCode,query");
            }
            catch (HttpRequestException ex)
            {
                Log($"ip-api lookup failed for {pending.RemoteEndPoint}: {ex.Message}");
            }

            if (geo is { Status: "success", CountryCode: { } cc } && RegionLock.Sanctioned.Contains(cc))
            {
                Log($"Rejecting {playerName} from {geo.Country}");
                _server.Reject(pending, Message.Create().AddString("Multiplayer is not available in your region."));
                return;
            }

            _server.Accept(pending);
            Log($"{playerName} joined the match (voice and text chat enabled)");
        }
    }
}
