// expect: none decides whether the GDPR cookie-consent banner must be shown from the visitor's IP country (EU, CH, GB or per-country DB flag); no feature is denied
// modelled-on: smartstore/Smartstore src/Smartstore.Core/Platform/Identity/Services/CookieConsentManager.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
namespace BlindCorpus.Case082;

public enum ConsentRequirement
{
    NeverRequired,
    AlwaysRequired,
    RequiredInEuOnly,
    DependsOnCountry
}

public sealed class GeoCountry
{
    public string IsoCode { get; set; } = "";
    public bool IsInEu { get; set; }
}

public sealed class StoreCountry
{
    public string TwoLetterIsoCode { get; set; } = "";
    public bool ShowCookieManager { get; set; }
}

public sealed class PrivacyOptions
{
    public ConsentRequirement CookieConsentRequirement { get; set; } = ConsentRequirement.RequiredInEuOnly;
}

public interface IClientGeo
{
    GeoCountry? Country { get; }
}

public interface ICountryRepository
{
    Task<StoreCountry?> FindByIsoAsync(string iso);
}

public class CookieBannerPolicy
{
    private readonly PrivacyOptions _privacy;
    private readonly IClientGeo _clientGeo;
    private readonly ICountryRepository _countries;
    private bool? _required;

    public CookieBannerPolicy(PrivacyOptions privacy, IClientGeo clientGeo, ICountryRepository countries)
    {
        _privacy = privacy;
        _clientGeo = clientGeo;
        _countries = countries;
    }

    public async Task<bool> IsConsentRequiredAsync()
        => _required ??= await ComputeAsync();

    private async Task<bool> ComputeAsync()
    {
        if (_privacy.CookieConsentRequirement == ConsentRequirement.NeverRequired)
            return false;

        var geo = _clientGeo.Country;
        if (geo is null)
            return true;

        switch (_privacy.CookieConsentRequirement)
        {
            case ConsentRequirement.DependsOnCountry:
                var country = await _countries.FindByIsoAsync(geo.IsoCode);
                if (country != null && !country.ShowCookieManager)
                    return true;
                break;
            case ConsentRequirement.RequiredInEuOnly:
                return geo.IsInEu || geo.IsoCode == "CH" || geo.IsoCode == "GB";
        }

        return true;
    }
}

public class CookieBannerMiddleware
{
    private readonly RequestDelegate _next;

    public CookieBannerMiddleware(RequestDelegate next) => _next = next;

    public async Task InvokeAsync(HttpContext context, CookieBannerPolicy policy)
    {
        context.Items["ShowCookieBanner"] = await policy.IsConsentRequiredAsync();
        await _next(context);
    }
}
