// expect: none picks the working display currency from the IP country's default currency (then domain ending, then primary); only currency display changes
// modelled-on: smartstore/Smartstore src/Smartstore.Core/Platform/Common/DefaultWorkContextSource.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
using System.Net;
using MaxMind.GeoIP2;

namespace BlindCorpus.Case083;

public sealed class Currency
{
    public int Id { get; set; }
    public string CurrencyCode { get; set; } = "";
    public bool Published { get; set; }
    public string? DomainEndings { get; set; }
}

public sealed class CountryRow
{
    public string TwoLetterIsoCode { get; set; } = "";
    public Currency? DefaultCurrency { get; set; }
}

public interface IDirectoryData
{
    CountryRow? FindCountry(string isoCode);
    IReadOnlyDictionary<int, Currency> StoreCurrencies(int storeId);
    Currency PrimaryCurrency(int storeId);
}

public class WorkingCurrencyResolver
{
    private readonly IDirectoryData _data;
    private readonly DatabaseReader _geo;
    private readonly IHttpContextAccessor _http;

    public WorkingCurrencyResolver(IDirectoryData data, DatabaseReader geo, IHttpContextAccessor http)
    {
        _data = data;
        _geo = geo;
        _http = http;
    }

    public Currency Resolve(int storeId, int? customerCurrencyId, bool isSystemAccount)
    {
        var storeCurrencies = _data.StoreCurrencies(storeId);
        Currency? currency = null;

        if (customerCurrencyId.HasValue && storeCurrencies.TryGetValue(customerCurrencyId.Value, out var saved))
            currency = saved;

        if (storeCurrencies.Count == 1)
            currency = storeCurrencies.Values.First();

        // Default currency of the country the visitor's IP belongs to.
        if (currency == null && !isSystemAccount)
        {
            var iso = LookupIso(_http.HttpContext?.Connection.RemoteIpAddress);
            if (iso != null)
            {
                var country = _data.FindCountry(iso);
                if (country?.DefaultCurrency?.Published == true &&
                    storeCurrencies.TryGetValue(country.DefaultCurrency.Id, out var byCountry))
                {
                    currency = byCountry;
                }
            }
        }

        if (currency == null)
        {
            var host = _http.HttpContext?.Request.Host.Value ?? "";
            currency = storeCurrencies.Values.FirstOrDefault(c =>
                c.DomainEndings != null &&
                c.DomainEndings.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Any(e => host.EndsWith(e, StringComparison.OrdinalIgnoreCase)));
        }

        return currency ?? _data.PrimaryCurrency(storeId);
    }

    private string? LookupIso(IPAddress? ip)
    {
        if (ip is null) return null;
        return _geo.TryCountry(ip, out var response) ? response?.Country.IsoCode : null;
    }
}
