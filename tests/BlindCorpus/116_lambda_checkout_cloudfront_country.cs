// expect: ok AWS Lambda checkout handler refuses to create a payment intent (451) when CloudFront-Viewer-Country is CU, IR or KP: payments/checkout are not covered by the communications licenses
// modelled-on: nossbigg/aws-lambda-edge-redirect-example lambda_logic/lambda_cf.js (paraphrased, not copied; the header read is ported to a C# API Gateway handler for checkout)
// packages: Microsoft.AspNetCore.App (framework reference), Amazon.Lambda.Core and Amazon.Lambda.APIGatewayEvents (stubbed in file)
// source: blind
using System.Collections.Frozen;
using System.Text.Json;
using Amazon.Lambda.APIGatewayEvents;
using Amazon.Lambda.Core;

namespace Amazon.Lambda.Core
{
    public interface ILambdaLogger
    {
        void LogLine(string message);
    }

    public interface ILambdaContext
    {
        string AwsRequestId { get; }
        ILambdaLogger Logger { get; }
    }
}

namespace Amazon.Lambda.APIGatewayEvents
{
    public class APIGatewayProxyRequest
    {
        public string? Path { get; set; }
        public string? HttpMethod { get; set; }
        public IDictionary<string, string>? Headers { get; set; }
        public string? Body { get; set; }
    }

    public class APIGatewayProxyResponse
    {
        public int StatusCode { get; set; }
        public IDictionary<string, string>? Headers { get; set; }
        public string? Body { get; set; }
    }
}

namespace BlindCorpus.Case116
{
    public sealed record CheckoutRequest(string CartId, long AmountMinor, string Currency);

    public interface IPaymentProvider
    {
        Task<string> CreatePaymentIntentAsync(CheckoutRequest request);
    }

    public sealed class CheckoutFunction
    {
        private static readonly FrozenSet<string> EmbargoedCountries =
            FrozenSet.ToFrozenSet(new[] { "CU", "IR", "KP" }, StringComparer.OrdinalIgnoreCase);

        private readonly IPaymentProvider _payments;

        public CheckoutFunction(IPaymentProvider payments) => _payments = payments;

        public async Task<APIGatewayProxyResponse> CreatePaymentIntent(APIGatewayProxyRequest request, ILambdaContext context)
        {
            string? viewerCountry = null;
            request.Headers?.TryGetValue("CloudFront-Viewer-Country", out viewerCountry);

            if (viewerCountry is not null && EmbargoedCountries.Contains(viewerCountry))
            {
                context.Logger.LogLine($"checkout refused for viewer country {viewerCountry}");
                return Json(451, new { error = "Payments are not available in your region." });
            }

            var checkout = JsonSerializer.Deserialize<CheckoutRequest>(request.Body ?? "{}");
            if (checkout is null || checkout.AmountMinor <= 0)
                return Json(400, new { error = "invalid checkout" });

            var clientSecret = await _payments.CreatePaymentIntentAsync(checkout);
            return Json(200, new { clientSecret });
        }

        private static APIGatewayProxyResponse Json(int status, object body) => new()
        {
            StatusCode = status,
            Headers = new Dictionary<string, string> { ["Content-Type"] = "application/json" },
            Body = JsonSerializer.Serialize(body)
        };
    }
}
