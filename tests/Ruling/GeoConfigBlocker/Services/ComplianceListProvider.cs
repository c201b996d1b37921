namespace GeoConfigBlocker.Services;

/// <summary>
/// Extra blocked countries pushed by the compliance team through the Key Vault configuration provider
/// (not in appsettings.json: the vault is added in production only).
/// </summary>
public sealed class ComplianceListProvider
{
    private readonly IConfiguration _configuration;

    public ComplianceListProvider(IConfiguration configuration)
    {
        _configuration = configuration;
    }

    public IReadOnlyCollection<string> AdditionalBlockedCountries =>
        _configuration.GetSection("Compliance:AdditionalBlockedCountries").Get<string[]>() ?? [];
}
