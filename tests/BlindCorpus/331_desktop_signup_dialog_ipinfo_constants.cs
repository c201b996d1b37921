// expect: warn A desktop game-maker app's "create account / log in" dialog view-model calls ipinfo.io, and when the returned country is one of the codes in a SanctionsConstants class (IR, CU, SY, KP) or the region is Crimea it disables both the sign-up and the log-in buttons and shows "accounts are not available in your region", so people in Iran cannot authenticate to use the app's cloud project sync and community features; user authentication and the personal cloud storage behind it are authorized for Iran under GL D-2.
// modelled-on: 4ian/GDevelop issue #3288 "Not logging in or signing up" (paraphrased, not copied; the desktop app whose in-app login/sign-up silently did nothing from the reporter's region became an Avalonia-style dialog view-model that checks an ipinfo response against a constants class)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case331
{
    using System.ComponentModel;
    using System.Net.Http.Json;
    using System.Runtime.CompilerServices;
    using System.Text.Json.Serialization;

    public static class SanctionsConstants
    {
        public const string Iran = "IR";
        public const string Cuba = "CU";
        public const string Syria = "SY";
        public const string NorthKorea = "KP";
        public const string CrimeaRegion = "Crimea";

        public static readonly string[] Countries = { Iran, Cuba, Syria, NorthKorea };
    }

    public sealed class IpInfoResponse
    {
        [JsonPropertyName("ip")] public string? Ip { get; set; }
        [JsonPropertyName("city")] public string? City { get; set; }
        [JsonPropertyName("region")] public string? Region { get; set; }
        [JsonPropertyName("country")] public string? Country { get; set; }
        [JsonPropertyName("org")] public string? Org { get; set; }
    }

    public interface IAccountApi
    {
        Task<bool> SignUpAsync(string email, string password, string username);
        Task<bool> LoginAsync(string email, string password);
    }

    public sealed class AccountDialogViewModel : INotifyPropertyChanged
    {
        private static readonly HttpClient Http = new() { BaseAddress = new Uri("https://ipinfo.io/") };

        private readonly IAccountApi _api;
        private bool _canSubmit = true;
        private string? _notice;

        public AccountDialogViewModel(IAccountApi api) => _api = api;

        public event PropertyChangedEventHandler? PropertyChanged;

        public string Email { get; set; } = string.Empty;
        public string Password { get; set; } = string.Empty;
        public string Username { get; set; } = string.Empty;

        public bool CanSubmit { get => _canSubmit; private set { _canSubmit = value; Raise(); } }
        public string? Notice { get => _notice; private set { _notice = value; Raise(); } }

        public async Task OnOpenedAsync()
        {
            IpInfoResponse? info;
            try
            {
                info = await Http.GetFromJsonAsync<IpInfoResponse>("json");
            }
            catch (HttpRequestException)
            {
                return;
            }

            if (info is null) return;

            var blocked = SanctionsConstants.Countries.Contains(info.Country)
                          || (info.Country == "UA" && string.Equals(info.Region, SanctionsConstants.CrimeaRegion, StringComparison.OrdinalIgnoreCase));
            if (blocked)
            {
                CanSubmit = false;
                Notice = "Accounts are not available in your region. Cloud projects and the community forum require an account.";
            }
        }

        public async Task SignUpAsync()
        {
            if (!CanSubmit) return;
            Notice = await _api.SignUpAsync(Email, Password, Username) ? "Welcome!" : "Sign up failed.";
        }

        public async Task LoginAsync()
        {
            if (!CanSubmit) return;
            Notice = await _api.LoginAsync(Email, Password) ? null : "Wrong email or password.";
        }

        private void Raise([CallerMemberName] string? name = null) =>
            PropertyChanged?.Invoke(this, new PropertyChangedEventArgs(name));
    }
}
