// expect: none maps a billing country + tax ID to a Stripe tax-ID type via per-country regexes and rejects unsupported/invalid tax IDs with 400; tax data validation, not a geographic block
// modelled-on: bitwarden/server src/Core/Billing/Tax/Services/Implementations/TaxService.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;

namespace BlindCorpus.Case084;

public sealed record TaxIdType(string Country, string Code, string Description, Regex Pattern);

public class TaxIdCatalog
{
    private static readonly TaxIdType[] Types =
    [
        new("AE", "ae_trn", "United Arab Emirates TRN", new Regex("^[0-9]{15}$")),
        new("CH", "ch_vat", "Switzerland VAT number", new Regex("^CHE-?[0-9]{3}\\.?[0-9]{3}\\.?[0-9]{3} ?(MWST|TVA|IVA)$")),
        new("DE", "eu_vat", "German VAT number", new Regex("^DE[0-9]{9}$")),
        new("GB", "gb_vat", "United Kingdom VAT number", new Regex("^GB([0-9]{9}|[0-9]{12})$")),
        new("TR", "tr_tin", "Turkish TIN", new Regex("^[0-9]{10}$")),
        new("VE", "ve_rif", "Venezuelan RIF number", new Regex("^[A-Z]{1}-?[0-9]{8}-?[0-9]{1}$")),
        new("VN", "vn_tin", "Vietnamese tax ID", new Regex("^[0-9]{10}$")),
    ];

    public string? GetStripeTaxCode(string country, string taxId)
    {
        foreach (var type in Types.Where(t => t.Country == country))
        {
            if (type.Pattern.IsMatch(taxId))
                return type.Code;
        }
        return null;
    }

    public bool IsSupported(string country) => Types.Any(t => t.Country == country);
}

public sealed class TaxInfoUpdateRequest
{
    public string Country { get; set; } = "";
    public string? PostalCode { get; set; }
    public string? TaxId { get; set; }
}

[ApiController]
[Route("organizations/{orgId:guid}/billing/tax")]
public class OrganizationTaxController : ControllerBase
{
    private readonly TaxIdCatalog _catalog;

    public OrganizationTaxController(TaxIdCatalog catalog) => _catalog = catalog;

    [HttpPut]
    public IActionResult Update(Guid orgId, [FromBody] TaxInfoUpdateRequest request)
    {
        if (request.Country == "US" && string.IsNullOrWhiteSpace(request.PostalCode))
            return BadRequest(new { message = "Zip / postal code is required." });

        if (!string.IsNullOrWhiteSpace(request.TaxId))
        {
            if (!_catalog.IsSupported(request.Country))
                return BadRequest(new { message = $"Tax IDs are not supported for {request.Country}." });

            var code = _catalog.GetStripeTaxCode(request.Country, request.TaxId);
            if (code is null)
                return BadRequest(new { message = "Tax ID is not valid for the selected country." });
        }

        return Ok(new { orgId, request.Country });
    }
}
