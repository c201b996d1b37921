// expect: ok crypto-exchange account onboarding (KYC account-info step) rejects countries of residence from the configured restricted list (appsettings: IR, CU, KP, US...); exchange/wallet access, which the sanctions rules still require blocking
// modelled-on: LykkeCity/Lykke.Service.OAuth src/Lykke.Service.OAuth.Services/Countries/CountriesService.cs and src/Lykke.Service.OAuth/Controllers/RegistrationController.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
using Microsoft.AspNetCore.Mvc;

namespace BlindCorpus.Case096;

public sealed class CountryInfo
{
    public string Iso2 { get; init; } = "";
    public string Iso3 { get; init; } = "";
    public string Name { get; init; } = "";
}

public class CountryFromRestrictedListException : Exception
{
    public CountryFromRestrictedListException(string country)
        : base("Country is from restricted countries list") => Country = country;

    public string Country { get; }
}

public sealed class RegistrationProcessSettings
{
    /// <summary>ISO2 codes that cannot be the country of residence of a trading-account holder.</summary>
    public List<string> RestrictedCountriesOfResidenceIso2 { get; set; } = new();
}

public class CountriesService
{
    public CountriesService(IEnumerable<CountryInfo> countries, IEnumerable<string> restrictedIso2)
    {
        Countries = countries.ToList();
        RestrictedCountriesOfResidence = Countries.Where(c => restrictedIso2.Contains(c.Iso2)).ToList();
    }

    public IReadOnlyList<CountryInfo> Countries { get; }
    public IReadOnlyList<CountryInfo> RestrictedCountriesOfResidence { get; }

    public bool IsCountryCodeIso2Restricted(string countryCode)
        => RestrictedCountriesOfResidence.Any(x => countryCode.Equals(x.Iso2));
}

public sealed class AccountInfoRequest
{
    public string RegistrationId { get; set; } = "";
    public string FirstName { get; set; } = "";
    public string LastName { get; set; } = "";
    public string CountryCodeIso2 { get; set; } = "";
    public string PhoneNumber { get; set; } = "";
}

public interface ITradingRegistrationRepository
{
    Task<string> CompleteAccountInfoStepAsync(AccountInfoRequest model);
}

[ApiController]
[Route("api/exchange/registration")]
public class ExchangeRegistrationController : ControllerBase
{
    private readonly CountriesService _countries;
    private readonly ITradingRegistrationRepository _registrations;

    public ExchangeRegistrationController(CountriesService countries, ITradingRegistrationRepository registrations)
    {
        _countries = countries;
        _registrations = registrations;
    }

    /// <summary>Account-information (KYC) step of opening a spot-trading and wallet account.</summary>
    [HttpPost("accountInfo")]
    public async Task<IActionResult> AccountInfo([FromBody] AccountInfoRequest model)
    {
        if (_countries.IsCountryCodeIso2Restricted(model.CountryCodeIso2))
            throw new CountryFromRestrictedListException(model.CountryCodeIso2);

        var id = await _registrations.CompleteAccountInfoStepAsync(model);
        return Ok(new { registrationId = id });
    }

    [HttpGet("countries")]
    public IActionResult GetCountries()
        => Ok(new { _countries.Countries, Restricted = _countries.RestrictedCountriesOfResidence });
}

public static class ExchangeRegistrationSetup
{
    public static IServiceCollection AddExchangeRegistration(this IServiceCollection services, IConfiguration config, IEnumerable<CountryInfo> allCountries)
    {
        var settings = config.GetSection("RegistrationProcessSettings").Get<RegistrationProcessSettings>() ?? new();
        return services.AddSingleton(new CountriesService(allCountries, settings.RestrictedCountriesOfResidenceIso2));
    }
}
