// expect: ok payment providers are hidden at checkout for billing countries in the configured restriction list (appsettings lists IR, CU, KP, RU); a payments restriction the sanctions rules still require
// modelled-on: grandnode/grandnode2 src/Business/Grand.Business.Checkout/Services/Payments/PaymentService.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace BlindCorpus.Case094;

public interface IPaymentProvider
{
    string SystemName { get; }
    int Priority { get; }
}

public sealed class PaymentRestrictionOptions
{
    // payment provider system name -> ISO2 billing countries in which it may not be used
    public Dictionary<string, List<string>> RestrictedCountries { get; set; } = new();
    public List<string> ActiveProviders { get; set; } = new();
}

public class PaymentService
{
    private readonly IEnumerable<IPaymentProvider> _providers;
    private readonly PaymentRestrictionOptions _options;

    public PaymentService(IEnumerable<IPaymentProvider> providers, IOptions<PaymentRestrictionOptions> options)
    {
        _providers = providers;
        _options = options.Value;
    }

    public IList<string> GetRestrictedCountryCodes(IPaymentProvider provider)
        => _options.RestrictedCountries.TryGetValue(provider.SystemName, out var list) ? list : new List<string>();

    public IList<IPaymentProvider> LoadActivePaymentMethods(string? billingCountryIso = "")
    {
        var methods = _providers
            .Where(p => _options.ActiveProviders.Contains(p.SystemName, StringComparer.OrdinalIgnoreCase))
            .OrderBy(p => p.Priority)
            .ToList();

        if (string.IsNullOrEmpty(billingCountryIso))
            return methods;

        var filtered = new List<IPaymentProvider>();
        foreach (var pm in methods)
        {
            var restricted = GetRestrictedCountryCodes(pm);
            if (!restricted.Contains(billingCountryIso, StringComparer.OrdinalIgnoreCase))
                filtered.Add(pm);
        }
        return filtered;
    }
}

[Route("checkout/payment-methods")]
public class CheckoutPaymentController : Controller
{
    private readonly PaymentService _payments;

    public CheckoutPaymentController(PaymentService payments) => _payments = payments;

    [HttpGet]
    public IActionResult PaymentMethods(string billingCountry)
    {
        var methods = _payments.LoadActivePaymentMethods(billingCountry);
        if (methods.Count == 0)
            return Json(new { error = "No payment method is available for your billing address." });

        return Json(methods.Select(m => m.SystemName));
    }
}

public static class PaymentRestrictionSetup
{
    public static IServiceCollection AddPaymentRestrictions(this IServiceCollection services, IConfiguration config)
        => services.Configure<PaymentRestrictionOptions>(config.GetSection("Payments"));
}
