// expect: ok paid-plan subscription checkout refuses when the GeoIP or card billing country is IR, CU or KP; payments/billing are not covered by the communications general licenses
// modelled-on: pedropaf/saas-ecom SaasEcom.Core/Infrastructure/Facades/SubscriptionsFacade.cs (paraphrased, not copied; implements the repo's "TODO: Add Maxmind GeoIP Service" as a realistic billing-country check)
// packages: Microsoft.AspNetCore.App (framework reference), MaxMind.GeoIP2
// source: blind
namespace BlindCorpus.Case074;

using System.Net;
using MaxMind.GeoIP2;

public class ApplicationUser
{
    public string Id { get; set; } = string.Empty;
    public string? StripeCustomerId { get; set; }
}

public class CreditCard
{
    public int Id { get; set; }
    public string Last4 { get; set; } = string.Empty;
    public string? AddressCountry { get; set; }
}

public interface ISubscriptionProvider
{
    void SubscribeUser(ApplicationUser user, string planId, int trialInDays);
}

public interface ICardProvider
{
    Task AddAsync(ApplicationUser user, CreditCard card);
    Task UpdateAsync(ApplicationUser user, CreditCard card);
}

public sealed class SubscriptionNotAllowedException(string country)
    : Exception($"Paid plans cannot be purchased from {country}.");

public class SubscriptionsFacade
{
    private static readonly HashSet<string> RestrictedBillingCountries = ["IR", "CU", "KP"];

    private readonly ISubscriptionProvider _subscriptionProvider;
    private readonly ICardProvider _cardProvider;
    private readonly DatabaseReader _geoIp;

    public SubscriptionsFacade(ISubscriptionProvider subscriptionProvider, ICardProvider cardProvider, DatabaseReader geoIp)
    {
        _subscriptionProvider = subscriptionProvider;
        _cardProvider = cardProvider;
        _geoIp = geoIp;
    }

    public async Task SubscribeUserAsync(ApplicationUser user, string planId, CreditCard creditCard, IPAddress clientIp, int trialInDays = 0)
    {
        var ipCountry = _geoIp.TryCountry(clientIp, out var geo) ? geo?.Country.IsoCode : null;
        var cardCountry = creditCard.AddressCountry?.Trim().ToUpperInvariant();

        foreach (var country in new[] { ipCountry, cardCountry })
        {
            if (country is not null && RestrictedBillingCountries.Contains(country))
            {
                throw new SubscriptionNotAllowedException(country);
            }
        }

        _subscriptionProvider.SubscribeUser(user, planId, trialInDays);

        if (creditCard.Id == 0)
        {
            await _cardProvider.AddAsync(user, creditCard);
        }
        else
        {
            await _cardProvider.UpdateAsync(user, creditCard);
        }
    }
}
