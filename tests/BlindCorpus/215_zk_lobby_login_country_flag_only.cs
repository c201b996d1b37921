// expect: none A game-lobby login checker resolves the player's MaxMind country only to store it on the account and show it as a flag (or "??" when hidden); logins are refused only for bans, too many attempts or proxy/VPN use, never because of the country.
// modelled-on: ZeroK-RTS/Zero-K-Infrastructure ZkLobbyServer/LoginChecker.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference), MaxMind.GeoIP2 6.1.0
// source: blind

namespace BlindCorpus.Case215
{
    using System.Collections.Concurrent;
    using System.Net;
    using MaxMind.Db;
    using MaxMind.GeoIP2;

    public enum LoginCode { Ok, InvalidName, InvalidPassword, Banned, TooManyAttempts, ServerFull }

    public sealed class Account
    {
        public string Name { get; set; } = "";
        public string PasswordHash { get; set; } = "";
        public string Country { get; set; } = "??";
        public bool HideCountry { get; set; }
        public bool HasVpnException { get; set; }
        public DateTime LastLogin { get; set; }
        public bool VerifyPassword(string hash) => string.Equals(hash, PasswordHash, StringComparison.Ordinal);
    }

    public sealed class LobbyUser
    {
        public string Name { get; set; } = "";
        public string Country { get; set; } = "??";
        public string IpAddress { get; set; } = "";
    }

    public sealed record LoginResult(LoginCode Code, LobbyUser? User = null, string? BanReason = null);

    public interface IAccountStore
    {
        Account? FindByName(string name);
        string? ActiveBanReason(string accountName, string ip);
        void Save(Account account);
    }

    public interface IProxyDetector
    {
        bool LooksLikeProxy(string ip);
    }

    public sealed class LobbyLoginChecker
    {
        private const int MaxAttempts = 60;
        private static readonly string[] IpWhitelist = { "127.0.0.1" };

        private readonly IGeoIP2DatabaseReader _geo;
        private readonly IAccountStore _accounts;
        private readonly IProxyDetector _proxies;
        private readonly ILogger<LobbyLoginChecker> _log;
        private readonly ConcurrentDictionary<string, int> _attempts = new();
        private readonly int _maxUsers;
        private int _connected;

        public LobbyLoginChecker(string geoipFolder, IAccountStore accounts, IProxyDetector proxies, ILogger<LobbyLoginChecker> log, int maxUsers)
        {
            _geo = new DatabaseReader(Path.Combine(geoipFolder, "GeoLite2-Country.mmdb"), FileAccessMode.Memory);
            _accounts = accounts;
            _proxies = proxies;
            _log = log;
            _maxUsers = maxUsers;
        }

        public LoginResult DoLogin(string name, string passwordHash, string ip)
        {
            if (_maxUsers > 0 && _connected >= _maxUsers) return new LoginResult(LoginCode.ServerFull);
            if (!VerifyIp(ip)) return new LoginResult(LoginCode.TooManyAttempts);

            var acc = _accounts.FindByName(name);
            if (acc is null)
            {
                LogFailure(ip);
                return new LoginResult(LoginCode.InvalidName);
            }

            if (!acc.VerifyPassword(passwordHash))
            {
                LogFailure(ip);
                return new LoginResult(LoginCode.InvalidPassword);
            }

            acc.Country = ResolveCountry(ip);
            if (string.IsNullOrEmpty(acc.Country)) acc.Country = "??";
            acc.LastLogin = DateTime.UtcNow;
            _accounts.Save(acc);

            var user = new LobbyUser
            {
                Name = acc.Name,
                IpAddress = ip,
                Country = acc.HideCountry ? "??" : acc.Country,
            };

            var ban = _accounts.ActiveBanReason(acc.Name, ip);
            if (ban is not null)
                return Block($"Banned: {ban}", acc, ip);

            if (!acc.HasVpnException && _proxies.LooksLikeProxy(ip))
                return Block("Connection using proxy or VPN is not allowed! (You can ask for an exception)", acc, ip);

            Interlocked.Increment(ref _connected);
            return new LoginResult(LoginCode.Ok, user);
        }

        private string ResolveCountry(string ip)
        {
            if (!IPAddress.TryParse(ip, out var address) || IPAddress.IsLoopback(address)) return "??";
            try
            {
                return _geo.Country(address).Country.IsoCode ?? "??";
            }
            catch (Exception ex)
            {
                _log.LogDebug(ex, "GeoIP lookup failed for {Ip}", ip);
                return "??";
            }
        }

        private bool VerifyIp(string ip)
        {
            if (IpWhitelist.Contains(ip)) return true;
            return !(_attempts.TryGetValue(ip, out var count) && count > MaxAttempts);
        }

        private void LogFailure(string ip) => _attempts.AddOrUpdate(ip, 1, (_, n) => n + 1);

        private LoginResult Block(string reason, Account acc, string ip)
        {
            LogFailure(ip);
            _log.LogInformation("Login denied for {Name} IP:{Ip} reason: {Reason}", acc.Name, ip, reason);
            return new LoginResult(LoginCode.Banned, BanReason: reason);
        }
    }
}
