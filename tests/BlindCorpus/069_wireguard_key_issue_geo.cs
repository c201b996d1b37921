// expect: warn VPN key-issuing service asks ip-api.com for the requester's country and refuses to create a WireGuard key for IR or CU; VPN clients/services are authorized (anti-censorship, personal communications)
// modelled-on: FBA-Studio/WgEasyManager src/WgEasyManager.cs (paraphrased, not copied; the bot-side country check around CreateKey is a realistic variation)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace WgEasyManager
{
    public sealed class WireGuardKey
    {
        public string Id { get; set; } = string.Empty;
        public string Name { get; set; } = string.Empty;
        public bool Enabled { get; set; }
    }

    public class WgEasyClient
    {
        public WgEasyClient(string password, string serverUrl, bool hasSsl) { }
        public List<WireGuardKey> GetKeys() => new();
        public bool CreateKey(string name) => true;
        public bool DownloadConfig(string clientId, string path) => true;
    }
}

namespace BlindCorpus.Case069
{
    using WgEasyManager;

    public sealed record IpApiResponse(string Status, string? CountryCode, string? Country);

    public sealed record KeyIssueResult(bool Issued, string? KeyId, string Message);

    public sealed class VpnKeyService
    {
        private readonly WgEasyClient _client;
        private readonly HttpClient _http;

        public VpnKeyService(WgEasyClient client, HttpClient http)
        {
            _client = client;
            _http = http;
        }

        public async Task<KeyIssueResult> IssueKeyAsync(string telegramUser, string requesterIp, CancellationToken ct)
        {
            var geo = await _http.GetFromJsonAsync<IpApiResponse>(
                $"http://ip-api.com/json/{requesterIp}?fields=status,country,countryCode", ct);

            if (geo?.CountryCode is "IR" or "CU")
            {
                return new KeyIssueResult(false, null, "Sorry, new VPN keys cannot be issued to your location.");
            }

            var name = $"tg-{telegramUser}";
            if (!_client.CreateKey(name))
            {
                return new KeyIssueResult(false, null, "Key creation failed, try again later.");
            }

            var created = _client.GetKeys().LastOrDefault(k => k.Name == name);
            return new KeyIssueResult(created is not null, created?.Id, "Your WireGuard key is ready.");
        }
    }
}
