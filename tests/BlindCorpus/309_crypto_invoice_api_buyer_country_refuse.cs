// expect: ok A Bitcoin payment server's Greenfield-style create-invoice endpoint refuses (422) to create an invoice when the buyer country in the invoice metadata, or the payer's CF-IPCountry, is IR, KP, SY or CU; accepting crypto payments is a financial service that GL D-2 does not authorize, so blocking Iran here is legally still required.
// modelled-on: btcpayserver/btcpayserver BTCPayServer/Controllers/GreenField/GreenfieldInvoiceController.cs (paraphrased, not copied; kept the store-scoped POST /api/v1/stores/{storeId}/invoices shape with amount, currency and buyer metadata, added a restricted-jurisdiction check the real server does not have)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case309
{
    using Microsoft.AspNetCore.Http;
    using Microsoft.AspNetCore.Mvc;

    public sealed class InvoiceMetadata
    {
        public string? OrderId { get; set; }
        public string? BuyerName { get; set; }
        public string? BuyerEmail { get; set; }
        public string? BuyerCountry { get; set; }
    }

    public sealed class CreateInvoiceRequest
    {
        public decimal Amount { get; set; }
        public string Currency { get; set; } = "BTC";
        public InvoiceMetadata Metadata { get; set; } = new();
    }

    public sealed record InvoiceData(string Id, string StoreId, decimal Amount, string Currency, string CheckoutLink);

    public interface IInvoiceFactory
    {
        Task<InvoiceData> CreateAsync(string storeId, CreateInvoiceRequest request, CancellationToken ct);
    }

    public static class PaymentCompliance
    {
        public static readonly IReadOnlyCollection<string> RestrictedJurisdictions = new[] { "IR", "KP", "SY", "CU" };

        public static bool IsRestricted(string? country)
            => country is { Length: 2 } && RestrictedJurisdictions.Contains(country.ToUpperInvariant());
    }

    [ApiController]
    [Route("api/v1/stores/{storeId}/invoices")]
    public sealed class GreenfieldInvoiceController : ControllerBase
    {
        private readonly IInvoiceFactory _invoices;

        public GreenfieldInvoiceController(IInvoiceFactory invoices) => _invoices = invoices;

        [HttpPost]
        public async Task<IActionResult> CreateInvoice(string storeId, [FromBody] CreateInvoiceRequest request, CancellationToken ct)
        {
            if (request.Amount <= 0)
                ModelState.AddModelError(nameof(request.Amount), "The amount should be more than 0.");

            var payerCountry = Request.Headers["CF-IPCountry"].ToString();
            if (PaymentCompliance.IsRestricted(request.Metadata.BuyerCountry) || PaymentCompliance.IsRestricted(payerCountry))
                ModelState.AddModelError("metadata.buyerCountry", "Payments from this jurisdiction cannot be accepted.");

            if (!ModelState.IsValid)
                return UnprocessableEntity(new ValidationProblemDetails(ModelState));

            var invoice = await _invoices.CreateAsync(storeId, request, ct);
            return Ok(invoice);
        }
    }
}
