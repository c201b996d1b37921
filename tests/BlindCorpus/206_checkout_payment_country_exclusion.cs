// expect: ok A web shop's checkout removes payment methods for billing countries excluded per method and refuses to place orders billed to IR, CU, KP or SY; payments are not authorized for Iran or Cuba, so blocking them is consistent with sanctions.
// modelled-on: smartstore/SmartStoreNET src/Libraries/SmartStore.Core/Domain/Payments/PaymentMethod.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case206
{
    using Microsoft.AspNetCore.Mvc;

    public class PaymentMethodRecord
    {
        public string SystemName { get; set; } = "";
        // comma separated ISO codes excluded at checkout
        public string ExcludedCountryCodes { get; set; } = "";
        public string ExcludedShippingMethodIds { get; set; } = "";
    }

    public class Address
    {
        public string CountryIsoCode { get; set; } = "";
    }

    public class Cart
    {
        public Address BillingAddress { get; set; } = new();
        public decimal Total { get; set; }
    }

    public interface IPaymentMethodStore
    {
        Task<IReadOnlyList<PaymentMethodRecord>> GetAllAsync();
    }

    public class PaymentFilterService
    {
        // OFAC-embargoed destinations: card processing is not permitted.
        private static readonly HashSet<string> EmbargoedBilling = new(StringComparer.OrdinalIgnoreCase) { "IR", "CU", "KP", "SY" };

        private readonly IPaymentMethodStore _store;

        public PaymentFilterService(IPaymentMethodStore store) => _store = store;

        public bool IsEmbargoed(Cart cart) => EmbargoedBilling.Contains(cart.BillingAddress.CountryIsoCode);

        public async Task<IReadOnlyList<PaymentMethodRecord>> GetAvailableAsync(Cart cart)
        {
            if (IsEmbargoed(cart))
                return Array.Empty<PaymentMethodRecord>();

            var all = await _store.GetAllAsync();
            return all.Where(m => !m.ExcludedCountryCodes
                    .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Contains(cart.BillingAddress.CountryIsoCode, StringComparer.OrdinalIgnoreCase))
                .ToList();
        }
    }

    [Route("checkout")]
    public class CheckoutController : Controller
    {
        private readonly PaymentFilterService _payments;

        public CheckoutController(PaymentFilterService payments) => _payments = payments;

        [HttpGet("payment")]
        public async Task<IActionResult> PaymentMethods([FromServices] Cart cart) =>
            Json(await _payments.GetAvailableAsync(cart));

        [HttpPost("confirm")]
        public IActionResult Confirm([FromServices] Cart cart)
        {
            if (_payments.IsEmbargoed(cart))
                return StatusCode(StatusCodes.Status451UnavailableForLegalReasons, "We cannot process payments for this billing country.");

            return RedirectToAction("Completed");
        }
    }
}
