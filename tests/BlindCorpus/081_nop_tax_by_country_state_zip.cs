// expect: none tax-rate lookup keyed by the address country/state/zip; a country only selects a percentage, nothing is denied
// modelled-on: nopSolutions/nopCommerce src/Plugins/Nop.Plugin.Tax.FixedOrByCountryStateZip/FixedOrByCountryStateZipTaxProvider.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
namespace BlindCorpus.Case081;

public sealed class TaxAddress
{
    public int CountryId { get; set; }
    public int StateProvinceId { get; set; }
    public string? ZipPostalCode { get; set; }
}

public sealed class TaxRateRecord
{
    public int StoreId { get; set; }
    public int TaxCategoryId { get; set; }
    public int CountryId { get; set; }
    public int StateProvinceId { get; set; }
    public string? Zip { get; set; }
    public decimal Percentage { get; set; }
}

public sealed class TaxRateQuery
{
    public TaxAddress? Address { get; set; }
    public int StoreId { get; set; }
    public int TaxCategoryId { get; set; }
}

public sealed class TaxRateOutcome
{
    public decimal TaxRate { get; set; }
    public List<string> Errors { get; } = new();
}

public sealed class CountryZoneTaxSettings
{
    public bool ByCountryEnabled { get; set; } = true;
    public Dictionary<int, decimal> FixedRatesByCategory { get; set; } = new();
}

public interface ITaxRateStore
{
    Task<IReadOnlyList<TaxRateRecord>> LoadAllAsync();
}

public class CountryZoneTaxProvider
{
    private readonly CountryZoneTaxSettings _settings;
    private readonly ITaxRateStore _store;
    private IReadOnlyList<TaxRateRecord>? _cache;

    public CountryZoneTaxProvider(CountryZoneTaxSettings settings, ITaxRateStore store)
    {
        _settings = settings;
        _store = store;
    }

    public async Task<TaxRateOutcome> GetTaxRateAsync(TaxRateQuery query)
    {
        var outcome = new TaxRateOutcome();

        if (!_settings.ByCountryEnabled)
        {
            outcome.TaxRate = _settings.FixedRatesByCategory.TryGetValue(query.TaxCategoryId, out var fixedRate) ? fixedRate : 0m;
            return outcome;
        }

        if (query.Address is null)
        {
            outcome.Errors.Add("Address is not set");
            return outcome;
        }

        _cache ??= await _store.LoadAllAsync();

        var countryId = query.Address.CountryId;
        var stateId = query.Address.StateProvinceId;
        var zip = query.Address.ZipPostalCode?.Trim() ?? string.Empty;

        var candidates = _cache
            .Where(r => r.CountryId == countryId && r.TaxCategoryId == query.TaxCategoryId)
            .Where(r => r.StoreId == query.StoreId || r.StoreId == 0)
            .Where(r => r.StateProvinceId == stateId || r.StateProvinceId == 0)
            .Where(r => string.IsNullOrWhiteSpace(r.Zip) || r.Zip.Equals(zip, StringComparison.InvariantCultureIgnoreCase))
            .OrderBy(r => r.StoreId == 0)
            .ThenBy(r => r.StateProvinceId == 0)
            .ThenBy(r => string.IsNullOrEmpty(r.Zip));

        var best = candidates.FirstOrDefault();
        if (best != null)
            outcome.TaxRate = best.Percentage;

        return outcome;
    }
}
