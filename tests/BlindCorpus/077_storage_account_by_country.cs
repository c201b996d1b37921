// expect: none cloud storage picks the storage account/bucket serving the user's country (data-residency routing, IR mapped to a Middle-East account) and falls back to the first account; nobody is refused
// modelled-on: prmeyn/StorageConnector StorageConnector/Common/AccountSelector.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
namespace BlindCorpus.Case077;

public sealed record StorageAccount(string Name, string Region, Uri BlobEndpoint);

public sealed class StorageRoutingOptions
{
    public Dictionary<string, string> CountryIsoCodeMapToAccountName { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["DK"] = "eu-north",
        ["DE"] = "eu-central",
        ["US"] = "us-east",
        ["IR"] = "me-central",
        ["AE"] = "me-central",
    };

    public List<StorageAccount> Accounts { get; set; } = new();
}

internal static class AccountSelector
{
    internal static TAccount? Select<TAccount>(
        IReadOnlyDictionary<string, string> countryMap,
        IReadOnlyList<TAccount> accounts,
        Func<TAccount, string> nameOf,
        string? countryIsoCode)
        where TAccount : class
    {
        if (accounts.Count == 0)
        {
            return null;
        }

        var key = countryIsoCode?.Trim().ToUpperInvariant();
        if (key is not null && countryMap.TryGetValue(key, out var accountName))
        {
            var matched = accounts.FirstOrDefault(a => string.Equals(nameOf(a), accountName, StringComparison.Ordinal));
            if (matched is not null)
            {
                return matched;
            }
        }

        return accounts[0];
    }
}

public sealed class BlobUploadUrlFactory(StorageRoutingOptions options)
{
    public (string AccountName, Uri UploadUrl) CreateUploadUrl(string countryOfResidence, string fileName)
    {
        var account = AccountSelector.Select(options.CountryIsoCodeMapToAccountName, options.Accounts, a => a.Name, countryOfResidence)
            ?? throw new InvalidOperationException("No storage accounts are configured.");

        var (name, _, endpoint) = account;
        return (name, new Uri(endpoint, $"uploads/{Uri.EscapeDataString(fileName)}?sv=2024-01-01"));
    }
}
