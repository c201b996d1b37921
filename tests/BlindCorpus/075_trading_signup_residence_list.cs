// expect: ok trading-wallet account opening (KYC step of an exchange's registration) rejects a declared country of residence on the restricted list from appsettings.json (US, IR, CU, KP); trading/exchange accounts are not authorized
// modelled-on: LykkeCity/Lykke.Service.OAuth src/Lykke.Service.OAuth.Services/AccountInfoStepHandler.cs (paraphrased, not copied; list injected through the CountriesService constructor as in the repo)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
namespace BlindCorpus.Case075;

using Microsoft.AspNetCore.Mvc;

public sealed class RegistrationProcessSettings
{
    public List<string> RestrictedCountriesOfResidenceIso2 { get; set; } = new();
}

public sealed record CountryInfo(string Iso2, string Iso3, string Name, string PhonePrefix);

public sealed record AccountInfoDto(string RegistrationId, string CountryCodeIso2, string PhoneNumber);

public sealed class CountryFromRestrictedListException(string iso2)
    : Exception($"Country of residence {iso2} is not eligible for a trading account.");

public interface ICountriesService
{
    IEnumerable<CountryInfo> Countries { get; }
    IEnumerable<CountryInfo> RestrictedCountriesOfResidence { get; }
}

public sealed class CountriesService : ICountriesService
{
    public CountriesService(IEnumerable<CountryInfo> countries, IEnumerable<string> restrictedCountriesOfResidenceIso2)
    {
        Countries = countries.ToList();
        var restricted = restrictedCountriesOfResidenceIso2.ToHashSet(StringComparer.OrdinalIgnoreCase);
        RestrictedCountriesOfResidence = Countries.Where(c => restricted.Contains(c.Iso2)).ToList();
    }

    public IEnumerable<CountryInfo> Countries { get; }
    public IEnumerable<CountryInfo> RestrictedCountriesOfResidence { get; }
}

/// <summary>Step 2 of opening a wallet/trading account on the exchange: residence and phone (KYC).</summary>
public sealed class AccountInfoStepHandler(ICountriesService countriesService)
{
    public Task HandleAsync(AccountInfoDto model)
    {
        if (countriesService.RestrictedCountriesOfResidence.Any(x => model.CountryCodeIso2.Equals(x.Iso2)))
        {
            throw new CountryFromRestrictedListException(model.CountryCodeIso2);
        }

        return Task.CompletedTask;
    }
}

[ApiController]
[Route("api/registration/trading-account")]
public class TradingAccountRegistrationController(AccountInfoStepHandler handler) : ControllerBase
{
    [HttpPost("account-info")]
    public async Task<IActionResult> AccountInfo(AccountInfoDto dto)
    {
        try
        {
            await handler.HandleAsync(dto);
            return Ok();
        }
        catch (CountryFromRestrictedListException ex)
        {
            return BadRequest(new { error = ex.Message });
        }
    }
}

public static class RegistrationSetup
{
    public static IServiceCollection AddTradingRegistration(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection("RegistrationProcessSettings").Get<RegistrationProcessSettings>() ?? new();
        services.AddSingleton<ICountriesService>(_ => new CountriesService(
            [new("US", "USA", "United States", "+1"), new("IR", "IRN", "Iran", "+98"),
             new("CU", "CUB", "Cuba", "+53"), new("KP", "PRK", "North Korea", "+850"), new("CH", "CHE", "Switzerland", "+41")],
            settings.RestrictedCountriesOfResidenceIso2));
        services.AddSingleton<AccountInfoStepHandler>();
        return services;
    }
}
