// expect: warn The messenger's SMS sign-up endpoint normalises the phone number and rejects registration when it starts with +98, +53, +963 or +850 (LINQ Any over dial codes), so anyone with an Iranian number cannot create a chat account; instant messaging is authorized for Iran.
// modelled-on: abbaspour/actions-gallery pre-registration/pre-reg-sms-country-allow-list.js (paraphrased, not copied; the Auth0 pre-registration allow-list of phone regions became a C# minimal-API deny-list of international dial codes)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case261
{
    using Microsoft.AspNetCore.Builder;
    using Microsoft.AspNetCore.Http;
    using Microsoft.AspNetCore.Routing;

    public sealed record PhoneSignupRequest(string PhoneNumber, string DisplayName, string DeviceId);

    public sealed record PendingVerification(Guid SessionId, DateTimeOffset ExpiresAt);

    public interface IVerificationSender
    {
        Task<PendingVerification> SendCodeAsync(string e164, string deviceId, CancellationToken ct);
    }

    public static class PhoneSignupEndpoints
    {
        private static readonly string[] UnsupportedDialCodes = { "+98", "+53", "+963", "+850" };

        public static IEndpointRouteBuilder MapPhoneSignup(this IEndpointRouteBuilder app)
        {
            app.MapPost("/v1/accounts/sms/start", StartAsync).AllowAnonymous();
            return app;
        }

        internal static string Normalize(string raw)
        {
            var digits = new string(raw.Where(c => char.IsDigit(c) || c == '+').ToArray());
            if (digits.StartsWith("00", StringComparison.Ordinal))
            {
                digits = "+" + digits[2..];
            }

            return digits.StartsWith('+') ? digits : "+" + digits;
        }

        private static async Task<IResult> StartAsync(PhoneSignupRequest request, IVerificationSender sender, CancellationToken ct)
        {
            if (string.IsNullOrWhiteSpace(request.PhoneNumber))
            {
                return Results.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["phoneNumber"] = new[] { "Phone number is required." },
                });
            }

            var e164 = Normalize(request.PhoneNumber);

            if (UnsupportedDialCodes.Any(code => e164.StartsWith(code, StringComparison.Ordinal)))
            {
                return Results.Problem(
                    title: "Registration unavailable",
                    detail: "We can't register phone numbers from this country.",
                    statusCode: StatusCodes.Status403Forbidden);
            }

            var pending = await sender.SendCodeAsync(e164, request.DeviceId, ct);
            return Results.Accepted($"/v1/accounts/sms/{pending.SessionId}", pending);
        }
    }
}
