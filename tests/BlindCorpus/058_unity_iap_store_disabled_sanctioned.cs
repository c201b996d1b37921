// expect: ok Unity game disables its paid in-app store (gem packs, premium subscription checkout) when the player's country is IR, CU or KP; payment processing is not covered by the communications authorizations
// modelled-on: kaywina/Charming-App Assets/Scripts/Services/UnityIAPController.cs (paraphrased, not copied; the country gate is a realistic variation)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
using System;
using System.Collections.Generic;
using UnityEngine;

namespace UnityEngine.Purchasing
{
    public enum ProductType { Consumable, NonConsumable, Subscription }

    public enum PurchaseFailureReason { PurchasingUnavailable, ExistingPurchasePending, ProductUnavailable, UserCancelled, Unknown }

    public class Product
    {
        public string id { get; set; } = "";
    }

    public interface IStoreController
    {
        void InitiatePurchase(string productId);
    }

    public interface IExtensionProvider { }

    public interface IStoreListener
    {
        void OnInitialized(IStoreController controller, IExtensionProvider extensions);
        void OnPurchaseFailed(Product product, PurchaseFailureReason reason);
    }
}

namespace BlindCorpus.Case058
{
    using UnityEngine.Purchasing;

    public class StorefrontController : MonoBehaviour, IStoreListener
    {
        public const string GemPack = "gems_500";
        public const string PremiumMonthly = "premium_monthly";

        private static readonly HashSet<string> PaymentsUnavailable = new(StringComparer.OrdinalIgnoreCase) { "IR", "CU", "KP" };

        [SerializeField] private GameObject storeTab = null!;

        private IStoreController? _controller;

        public string PlayerCountry { get; set; } = "";

        public bool PurchasesAllowed => !PaymentsUnavailable.Contains(PlayerCountry);

        public void OnInitialized(IStoreController controller, IExtensionProvider extensions)
        {
            _controller = controller;
            if (!PurchasesAllowed)
            {
                storeTab.SetActive(false);
                Debug.Log("In-app purchases are not offered in this country");
            }
        }

        public void BuyProduct(string productId)
        {
            if (_controller == null) return;

            if (!PurchasesAllowed)
            {
                Debug.LogWarning($"Checkout for {productId} blocked for country {PlayerCountry}");
                return;
            }

            _controller.InitiatePurchase(productId);
        }

        public void BuyGems() => BuyProduct(GemPack);
        public void SubscribePremium() => BuyProduct(PremiumMonthly);

        public void OnPurchaseFailed(Product product, PurchaseFailureReason reason)
        {
            Debug.LogWarning($"Purchase of {product.id} failed: {reason}");
        }
    }
}
