// expect: ok A storefront's ordering minimal API refuses to create an order (and so never charges the submitted card) when the billing country is on an embargoed list (IR, CU, SY, KP, plus the occupied Ukrainian regions), returning 451 with a compliance message; payment processing and commercial sales are not covered by GL D-2, so blocking Iranian card checkout is still required and correct.
// modelled-on: dotnet/eShop src/Ordering.API/Apis/OrdersApi.cs (paraphrased, not copied; kept the route group with a CreateOrderAsync handler taking an x-requestid header, a CreateOrderRequest record with card and address fields, masking the card number and sending a command, with the mediator stubbed, and added a billing-country embargo check)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case347
{
    using Microsoft.AspNetCore.Builder;
    using Microsoft.AspNetCore.Http;
    using Microsoft.AspNetCore.Http.HttpResults;
    using Microsoft.AspNetCore.Mvc;
    using Microsoft.AspNetCore.Routing;
    using Microsoft.Extensions.Logging;

    public sealed record BasketItem(int ProductId, string ProductName, decimal UnitPrice, int Quantity);

    public sealed record CreateOrderRequest(
        string UserId,
        string UserName,
        string City,
        string Street,
        string State,
        string Country,
        string ZipCode,
        string CardNumber,
        string CardHolderName,
        DateTime CardExpiration,
        string CardSecurityNumber,
        int CardTypeId,
        List<BasketItem> Items);

    public sealed record CreateOrderCommand(string UserId, string Country, string MaskedCardNumber, string CardHolderName, IReadOnlyList<BasketItem> Items);

    public interface IOrderingMediator
    {
        Task<bool> SendAsync(Guid requestId, CreateOrderCommand command);
    }

    public static class TradeCompliance
    {
        // Card payments and shipments to these destinations are prohibited by the acquiring bank and U.S. sanctions.
        private static readonly HashSet<string> EmbargoedBillingCountries = new(StringComparer.OrdinalIgnoreCase)
        {
            "IR", "CU", "SY", "KP", "UA-43", "UA-14", "UA-09",
        };

        public static bool IsEmbargoed(string countryCode, string? state)
            => EmbargoedBillingCountries.Contains(countryCode)
               || (state is not null && EmbargoedBillingCountries.Contains($"{countryCode}-{state}"));
    }

    public static class OrdersApi
    {
        public static RouteGroupBuilder MapOrdersApi(this IEndpointRouteBuilder app)
        {
            var api = app.MapGroup("api/orders");
            api.MapPost("/", CreateOrderAsync);
            return api;
        }

        public static async Task<Results<Ok, BadRequest<string>, ProblemHttpResult>> CreateOrderAsync(
            [FromHeader(Name = "x-requestid")] Guid requestId,
            CreateOrderRequest request,
            IOrderingMediator mediator,
            ILoggerFactory loggerFactory)
        {
            var logger = loggerFactory.CreateLogger("Ordering");

            if (requestId == Guid.Empty)
                return TypedResults.BadRequest("RequestId is missing.");

            if (TradeCompliance.IsEmbargoed(request.Country, request.State))
            {
                logger.LogWarning("Order {RequestId} refused: embargoed billing country {Country}", requestId, request.Country);
                return TypedResults.Problem(
                    detail: "We cannot process card payments or ship orders to this billing country.",
                    statusCode: StatusCodes.Status451UnavailableForLegalReasons);
            }

            var masked = request.CardNumber[^4..].PadLeft(request.CardNumber.Length, 'X');
            var command = new CreateOrderCommand(request.UserId, request.Country, masked, request.CardHolderName, request.Items);

            var ok = await mediator.SendAsync(requestId, command);
            if (!ok)
                return TypedResults.Problem(detail: "Create order failed to process.", statusCode: 500);

            return TypedResults.Ok();
        }
    }
}
