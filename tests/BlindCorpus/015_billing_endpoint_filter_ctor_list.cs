// expect: ok endpoint filter, given IR, CU and KP through its constructor, returns 451 only on the billing checkout and subscription-purchase endpoints; payments/checkout for sanctioned jurisdictions are not authorized by the communications licenses
// modelled-on: scottgal/stylobot Mostlylucid.GeoDetection/Extensions/EndpointGeoRoutingExtensions.cs (paraphrased, not copied; BlockCountries recast as an IEndpointFilter class and applied to billing routes)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
namespace BlindCorpus.Case015;

public sealed class VisitorGeo
{
    public string CountryCode { get; init; } = "";
}

public sealed class CountryDenyFilter : IEndpointFilter
{
    private readonly IReadOnlyCollection<string> _denied;

    public CountryDenyFilter(IEnumerable<string> denied)
    {
        _denied = new HashSet<string>(denied, StringComparer.OrdinalIgnoreCase);
    }

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (context.HttpContext.Items["GeoLocation"] is VisitorGeo geo && _denied.Contains(geo.CountryCode))
            return Results.StatusCode(StatusCodes.Status451UnavailableForLegalReasons);

        return await next(context);
    }
}

public sealed record CheckoutRequest(string PlanId, string PaymentMethodId);

public static class BillingApi
{
    private static readonly string[] EmbargoedForPayments = { "IR", "CU", "KP" };

    public static void Map(WebApplication app)
    {
        var billing = app.MapGroup("/api/billing");
        billing.AddEndpointFilter(new CountryDenyFilter(EmbargoedForPayments));

        billing.MapPost("/checkout", (CheckoutRequest req) =>
            Results.Ok(new { invoiceId = Guid.NewGuid(), req.PlanId }));

        billing.MapPost("/subscriptions", (CheckoutRequest req) =>
            Results.Created("/api/billing/subscriptions/1", new { req.PlanId, status = "active" }));

        billing.MapPost("/payment-methods", (string token) => Results.NoContent());
    }
}
