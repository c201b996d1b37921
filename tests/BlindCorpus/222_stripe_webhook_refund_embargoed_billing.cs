// expect: ok A Stripe webhook receiver, on checkout.session.completed, refunds the payment and cancels the paid subscription when the customer's billing-address country is IR, CU or KP, leaving the account on the free plan; only the payment/billing transaction is refused, no communication feature is denied.
// modelled-on: RedMetalDragon/TmkGondorTreasury TmkGondorTreasury/Api/Controllers/WebhookController.cs + Api/Controllers/Webhooks/StripeWebhook.cs (paraphrased, not copied; the billing-country rule is a realistic variation)
// packages: Microsoft.AspNetCore.App (framework reference), Stripe.net (stubbed in file)
// source: blind

namespace Stripe
{
    public class StripeException : Exception
    {
        public StripeException(string message) : base(message) { }
    }

    public interface IHasObject { }

    public class EventData
    {
        public IHasObject? Object { get; set; }
    }

    public class Event
    {
        public string Id { get; set; } = "";
        public string Type { get; set; } = "";
        public EventData Data { get; set; } = new();
    }

    public static class EventTypes
    {
        public const string CheckoutSessionCompleted = "checkout.session.completed";
        public const string InvoicePaymentFailed = "invoice.payment_failed";
    }

    public static class EventUtility
    {
        public static Event ConstructEvent(string json, string stripeSignatureHeader, string secret, long tolerance = 300, bool throwOnApiVersionMismatch = true)
            => throw new StripeException("signature verification is not available in the stub");
    }

    public class Address
    {
        public string? Country { get; set; }
        public string? PostalCode { get; set; }
    }

    public class RefundCreateOptions
    {
        public string? PaymentIntent { get; set; }
        public string? Reason { get; set; }
    }

    public class Refund
    {
        public string Id { get; set; } = "";
    }

    public class RefundService
    {
        public virtual Task<Refund> CreateAsync(RefundCreateOptions options, CancellationToken cancellationToken = default) => Task.FromResult(new Refund());
    }

    public class Subscription
    {
        public string Id { get; set; } = "";
    }

    public class SubscriptionService
    {
        public virtual Task<Subscription> CancelAsync(string id, CancellationToken cancellationToken = default) => Task.FromResult(new Subscription { Id = id });
    }
}

namespace Stripe.Checkout
{
    public class SessionCustomerDetails
    {
        public string? Email { get; set; }
        public Stripe.Address? Address { get; set; }
    }

    public class Session : Stripe.IHasObject
    {
        public string Id { get; set; } = "";
        public string? PaymentIntentId { get; set; }
        public string? SubscriptionId { get; set; }
        public string? ClientReferenceId { get; set; }
        public SessionCustomerDetails? CustomerDetails { get; set; }
    }
}

namespace BlindCorpus.Case222
{
    using Microsoft.AspNetCore.Mvc;
    using Stripe;
    using Stripe.Checkout;

    public sealed class StripeSettings
    {
        public string WebhookSecret { get; set; } = "";
    }

    public interface IAccountPlans
    {
        Task ActivatePremiumAsync(string accountId, string subscriptionId, CancellationToken ct);
        Task KeepFreePlanAsync(string accountId, string note, CancellationToken ct);
    }

    internal static class BillingCompliance
    {
        // card processing and subscriptions are not offered for these billing countries
        private static readonly HashSet<string> EmbargoedBillingCountries = new(StringComparer.OrdinalIgnoreCase) { "IR", "CU", "KP" };

        public static bool IsEmbargoedBilling(Session session) =>
            session.CustomerDetails?.Address?.Country is { } country && EmbargoedBillingCountries.Contains(country);
    }

    [ApiController]
    [Route("hooks/stripe")]
    public class StripeWebhookController : ControllerBase
    {
        private readonly StripeSettings _settings;
        private readonly IAccountPlans _plans;
        private readonly RefundService _refunds;
        private readonly SubscriptionService _subscriptions;
        private readonly ILogger<StripeWebhookController> _logger;

        public StripeWebhookController(Microsoft.Extensions.Options.IOptions<StripeSettings> settings, IAccountPlans plans,
            RefundService refunds, SubscriptionService subscriptions, ILogger<StripeWebhookController> logger)
        {
            _settings = settings.Value;
            _plans = plans;
            _refunds = refunds;
            _subscriptions = subscriptions;
            _logger = logger;
        }

        [HttpPost]
        public async Task<IActionResult> Receive(CancellationToken ct)
        {
            var json = await new StreamReader(HttpContext.Request.Body).ReadToEndAsync(ct);
            Event stripeEvent;
            try
            {
                stripeEvent = EventUtility.ConstructEvent(json, Request.Headers["Stripe-Signature"].ToString(), _settings.WebhookSecret);
            }
            catch (StripeException e)
            {
                _logger.LogWarning(e, "Invalid Stripe signature");
                return BadRequest();
            }

            if (stripeEvent.Type != EventTypes.CheckoutSessionCompleted || stripeEvent.Data.Object is not Session session)
                return Ok();

            var accountId = session.ClientReferenceId;
            if (string.IsNullOrEmpty(accountId))
                return BadRequest();

            if (BillingCompliance.IsEmbargoedBilling(session))
            {
                if (session.PaymentIntentId != null)
                    await _refunds.CreateAsync(new RefundCreateOptions { PaymentIntent = session.PaymentIntentId, Reason = "requested_by_customer" }, ct);
                if (session.SubscriptionId != null)
                    await _subscriptions.CancelAsync(session.SubscriptionId, ct);

                await _plans.KeepFreePlanAsync(accountId, "payment refunded: billing country not supported", ct);
                return Ok();
            }

            await _plans.ActivatePremiumAsync(accountId, session.SubscriptionId ?? "", ct);
            return Ok();
        }
    }
}
