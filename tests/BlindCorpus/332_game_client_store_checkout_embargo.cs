// expect: ok A Unity game client's in-game store hides the "buy gems" real-money offers and refuses to open checkout when the player's storefront/billing country (or, failing that, the GeoIP country) is IR, CU, SY or KP, while matchmaking, chat and all free gameplay stay available; selling paid virtual currency is a commercial payment transaction that GL D-2 does not authorize, so restricting only the purchase flow is still required.
// modelled-on: cuban-opensourcers/cuban-restricted issue #8 "Update restricted list" (paraphrased, not copied; the note that a game platform lets sanctioned-country users play but not register to purchase products became a C# store controller that only switches off real-money checkout; Unity types are stubbed in file)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case332
{
    // --- UnityEngine stand-ins ---
    public class MonoBehaviour
    {
        protected static void Log(string message) => Console.WriteLine(message);
    }

    public sealed class GameObject
    {
        public bool ActiveSelf { get; private set; } = true;
        public void SetActive(bool value) => ActiveSelf = value;
    }

    public sealed record GemOffer(string Sku, int Gems, decimal PriceUsd);

    public interface IBillingBridge
    {
        string? StorefrontCountry { get; }
        Task<bool> LaunchPurchaseAsync(string sku);
    }

    public interface IGeoHint
    {
        Task<string?> CountryAsync();
    }

    public static class PaymentRestrictions
    {
        // Real-money purchases only. Gameplay, chat and free rewards are not affected.
        public static readonly HashSet<string> NoPaymentsCountries = new(StringComparer.OrdinalIgnoreCase) { "IR", "CU", "SY", "KP" };
    }

    public sealed class GemStoreController : MonoBehaviour
    {
        public GameObject OffersPanel = new();
        public GameObject PaymentsUnavailableBanner = new();
        public GameObject FreeRewardsPanel = new();

        private IBillingBridge _billing = null!;
        private IGeoHint _geo = null!;
        private bool _paymentsBlocked;

        public readonly List<GemOffer> Offers = new()
        {
            new("gems_small", 100, 0.99m),
            new("gems_medium", 550, 4.99m),
            new("gems_large", 1200, 9.99m),
        };

        public void Init(IBillingBridge billing, IGeoHint geo)
        {
            _billing = billing;
            _geo = geo;
        }

        public async Task OnEnableAsync()
        {
            var country = _billing.StorefrontCountry ?? await _geo.CountryAsync();
            _paymentsBlocked = country is not null && PaymentRestrictions.NoPaymentsCountries.Contains(country);

            OffersPanel.SetActive(!_paymentsBlocked);
            PaymentsUnavailableBanner.SetActive(_paymentsBlocked);
            FreeRewardsPanel.SetActive(true);
        }

        public async Task OnBuyClickedAsync(string sku)
        {
            if (_paymentsBlocked)
            {
                Log("Purchases are not available in your country. Free rewards are still available.");
                return;
            }

            var ok = await _billing.LaunchPurchaseAsync(sku);
            Log(ok ? $"Purchased {sku}" : "Purchase cancelled");
        }
    }
}
