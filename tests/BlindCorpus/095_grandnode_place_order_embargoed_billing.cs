// expect: ok order placement throws when the billing/shipping country is not allowed, including a hard-coded embargo set (CU, IR, KP, plus Crimea by region name, a variation) — checkout/payment, which stays prohibited
// modelled-on: grandnode/grandnode2 src/Business/Grand.Business.Checkout/Commands/Handlers/Orders/PlaceOrderCommandHandler.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
namespace BlindCorpus.Case095;

public class GrandException : Exception
{
    public GrandException(string message) : base(message) { }
}

public sealed class Country
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string TwoLetterIsoCode { get; set; } = "";
    public bool AllowsBilling { get; set; } = true;
    public bool AllowsShipping { get; set; } = true;
}

public sealed class Address
{
    public string? CountryId { get; set; }
    public string? StateProvinceName { get; set; }
    public string? Email { get; set; }
}

public sealed class PlaceOrderContainer
{
    public Address BillingAddress { get; set; } = new();
    public Address? ShippingAddress { get; set; }
    public bool ShippingRequired { get; set; }
    public decimal OrderTotal { get; set; }
}

public interface ICountryService
{
    Task<Country?> GetCountryById(string id);
}

public class PlaceOrderValidator
{
    private static readonly HashSet<string> EmbargoedIso = new(StringComparer.OrdinalIgnoreCase) { "CU", "IR", "KP" };
    private static readonly string[] EmbargoedRegions = { "Crimea", "Sevastopol" };

    private readonly ICountryService _countryService;

    public PlaceOrderValidator(ICountryService countryService) => _countryService = countryService;

    public async Task ValidateAddresses(PlaceOrderContainer details)
    {
        if (!string.IsNullOrEmpty(details.BillingAddress.CountryId))
        {
            var country = await _countryService.GetCountryById(details.BillingAddress.CountryId);
            if (country is { AllowsBilling: false })
                throw new GrandException($"Country '{country.Name}' is not allowed for billing");

            if (country != null && EmbargoedIso.Contains(country.TwoLetterIsoCode))
                throw new GrandException($"Orders cannot be billed to '{country.Name}' (export and payment restrictions)");
        }

        if (EmbargoedRegions.Any(r => string.Equals(r, details.BillingAddress.StateProvinceName, StringComparison.OrdinalIgnoreCase)))
            throw new GrandException("Orders cannot be billed to this region");

        if (details.ShippingRequired)
        {
            if (details.ShippingAddress == null)
                throw new GrandException("Shipping address is not provided");

            if (!string.IsNullOrEmpty(details.ShippingAddress.CountryId))
            {
                var country = await _countryService.GetCountryById(details.ShippingAddress.CountryId);
                if (country is { AllowsShipping: false } || (country != null && EmbargoedIso.Contains(country.TwoLetterIsoCode)))
                    throw new GrandException($"Country '{country!.Name}' is not allowed for shipping");
            }
        }
    }
}

public class PlaceOrderCommandHandler
{
    private readonly PlaceOrderValidator _validator;

    public PlaceOrderCommandHandler(PlaceOrderValidator validator) => _validator = validator;

    public async Task<Guid> Handle(PlaceOrderContainer details)
    {
        await _validator.ValidateAddresses(details);
        // ... capture payment, create order ...
        return Guid.NewGuid();
    }
}
