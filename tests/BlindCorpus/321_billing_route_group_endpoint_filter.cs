// expect: ok A SaaS API attaches an IEndpointFilter to the /billing route group (checkout sessions, card setup, invoice payment, refunds) that refuses requests whose X-Country-Code is IR, CU, SY, KP or a Crimea/occupied-region code; only payment and billing endpoints are gated, and financial transactions remain prohibited under the Iran sanctions, so the block is legally required.
// modelled-on: ServiceComposer/ServiceComposer.AspNetCore docs/endpoint-filters.md (paraphrased, not copied; kept a class implementing IEndpointFilter with InvokeAsync(context, next) registered through AddEndpointFilter on a route builder, changed it to a country check attached to a MapGroup of billing endpoints)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case321
{
    using Microsoft.AspNetCore.Builder;
    using Microsoft.AspNetCore.Http;
    using Microsoft.AspNetCore.Routing;
    using Microsoft.Extensions.Logging;

    public sealed class PaymentJurisdictionFilter : IEndpointFilter
    {
        private static readonly HashSet<string> Prohibited = new(StringComparer.OrdinalIgnoreCase)
        {
            "IR", "CU", "SY", "KP", "UA-43", "UA-14", "UA-09",
        };

        private readonly ILogger<PaymentJurisdictionFilter> _logger;

        public PaymentJurisdictionFilter(ILogger<PaymentJurisdictionFilter> logger) => _logger = logger;

        public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
        {
            var http = context.HttpContext;
            var country = http.Request.Headers["X-Country-Code"].ToString();
            var region = http.Request.Headers["X-Country-Region"].ToString();

            if (Prohibited.Contains(country) || (region.Length > 0 && Prohibited.Contains(region)))
            {
                _logger.LogInformation("Payment call {Path} refused for {Country}/{Region}", http.Request.Path, country, region);
                return Results.Problem(
                    title: "Payments unavailable",
                    detail: "We cannot process payments for accounts in this jurisdiction.",
                    statusCode: StatusCodes.Status451UnavailableForLegalReasons);
            }

            return await next(context);
        }
    }

    public sealed record CheckoutRequest(string PlanId, string Currency);

    public sealed record RefundRequest(string PaymentId, decimal Amount);

    public static class BillingEndpoints
    {
        public static RouteGroupBuilder MapBilling(this IEndpointRouteBuilder routes)
        {
            var billing = routes.MapGroup("/billing")
                .RequireAuthorization()
                .AddEndpointFilter<PaymentJurisdictionFilter>();

            billing.MapPost("/checkout-sessions", (CheckoutRequest request) =>
                Results.Ok(new { sessionId = $"cs_{Guid.NewGuid():N}", request.PlanId, request.Currency }));

            billing.MapPost("/payment-methods/setup", () =>
                Results.Ok(new { setupIntent = $"seti_{Guid.NewGuid():N}" }));

            billing.MapPost("/invoices/{invoiceId}/pay", (string invoiceId) =>
                Results.Accepted($"/billing/invoices/{invoiceId}", new { invoiceId, status = "processing" }));

            billing.MapPost("/refunds", (RefundRequest request) =>
                Results.Accepted("/billing/refunds", request));

            return billing;
        }
    }
}
