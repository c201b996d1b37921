// expect: none removes shipping methods that the merchant marked as not deliverable to the shipping-address country; a shipping-option filter, not an access block
// modelled-on: grandnode/grandnode2 src/Business/Grand.Business.Core/Extensions/ShippingExtensions.cs and src/Business/Grand.Business.Checkout/Services/Shipping/ShippingMethodService.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
namespace BlindCorpus.Case086;

public sealed class Country
{
    public string Id { get; set; } = "";
    public string TwoLetterIsoCode { get; set; } = "";
}

public sealed class ShippingMethod
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public int DisplayOrder { get; set; }
    public List<Country> RestrictedCountries { get; } = new();
    public List<string> RestrictedGroups { get; } = new();
}

public static class ShippingMethodExtensions
{
    public static bool CountryRestrictionExists(this ShippingMethod method, string countryId)
        => method.RestrictedCountries.Any(c => c.Id == countryId);

    public static bool GroupRestrictionExists(this ShippingMethod method, IEnumerable<string> groupIds)
        => method.RestrictedGroups.Any(groupIds.Contains);
}

public interface IShippingMethodRepository
{
    Task<List<ShippingMethod>> GetAllAsync();
}

public class ShippingMethodService
{
    private readonly IShippingMethodRepository _repository;

    public ShippingMethodService(IShippingMethodRepository repository) => _repository = repository;

    public async Task<IList<ShippingMethod>> GetAllShippingMethods(string? filterByCountryId = "", IEnumerable<string>? customerGroupIds = null)
    {
        var methods = (await _repository.GetAllAsync()).OrderBy(m => m.DisplayOrder).ToList();

        if (!string.IsNullOrEmpty(filterByCountryId))
            methods = methods.Where(m => !m.CountryRestrictionExists(filterByCountryId)).ToList();

        if (customerGroupIds != null)
            methods = methods.Where(m => !m.GroupRestrictionExists(customerGroupIds)).ToList();

        return methods;
    }
}

[Microsoft.AspNetCore.Mvc.Route("checkout/shipping-methods")]
public class ShippingOptionsController : Microsoft.AspNetCore.Mvc.Controller
{
    private readonly ShippingMethodService _service;

    public ShippingOptionsController(ShippingMethodService service) => _service = service;

    [Microsoft.AspNetCore.Mvc.HttpGet]
    public async Task<Microsoft.AspNetCore.Mvc.IActionResult> List(string shippingCountryId)
    {
        var methods = await _service.GetAllShippingMethods(shippingCountryId);
        if (methods.Count == 0)
            return Json(new { warning = "No shipping methods are available for the selected address." });

        return Json(methods.Select(m => new { m.Id, m.Name }));
    }
}
