// expect: none hides media items whose age rating (resolved through the item metadata country rating table, an "ir" table added as a variation) exceeds the user parental limit; the country only picks the rating table
// modelled-on: jellyfin/jellyfin MediaBrowser.Controller/Entities/BaseItem.cs and Emby.Server.Implementations/Localization/LocalizationManager.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
namespace BlindCorpus.Case085;

public sealed record RatingScore(int Score, int? SubScore);

public sealed class MediaUser
{
    public int? MaxParentalRatingScore { get; set; }
    public int? MaxParentalRatingSubScore { get; set; }
    public bool BlockUnrated { get; set; }
}

public class RatingCatalog
{
    // country code -> rating label -> score
    private readonly Dictionary<string, Dictionary<string, RatingScore>> _byCountry = new(StringComparer.OrdinalIgnoreCase)
    {
        ["us"] = new(StringComparer.OrdinalIgnoreCase) { ["G"] = new(0, null), ["PG-13"] = new(13, null), ["R"] = new(17, null) },
        ["de"] = new(StringComparer.OrdinalIgnoreCase) { ["FSK-0"] = new(0, null), ["FSK-12"] = new(12, null), ["FSK-18"] = new(18, null) },
        ["ir"] = new(StringComparer.OrdinalIgnoreCase) { ["G"] = new(0, null), ["+15"] = new(15, null), ["+18"] = new(18, null) },
        ["kr"] = new(StringComparer.OrdinalIgnoreCase) { ["ALL"] = new(0, null), ["15"] = new(15, null), ["19"] = new(19, null) },
    };

    public string ServerDefaultCountry { get; set; } = "us";

    public RatingScore? GetRatingScore(string rating, string? countryCode)
    {
        if (int.TryParse(rating, out var age))
            return new RatingScore(age, null);

        rating = rating.Replace("Rated ", string.Empty, StringComparison.OrdinalIgnoreCase).Trim();
        var code = string.IsNullOrEmpty(countryCode) ? ServerDefaultCountry : countryCode;

        if (_byCountry.TryGetValue(code, out var table))
        {
            if (table.TryGetValue(rating, out var score))
                return score;

            // "DE-FSK-12" / "IR:+15" style prefixed ratings
            if (rating.Length > code.Length + 1 && rating.StartsWith(code, StringComparison.OrdinalIgnoreCase)
                && (rating[code.Length] == '-' || rating[code.Length] == ':')
                && table.TryGetValue(rating[(code.Length + 1)..].Trim(), out var prefixed))
                return prefixed;
        }

        return null;
    }
}

public class LibraryItem
{
    private readonly RatingCatalog _ratings;

    public LibraryItem(RatingCatalog ratings) => _ratings = ratings;

    public string Name { get; set; } = "";
    public string? OfficialRating { get; set; }
    public string? PreferredMetadataCountryCode { get; set; }

    public bool IsParentalAllowed(MediaUser user)
    {
        if (string.IsNullOrEmpty(OfficialRating))
            return !user.BlockUnrated;

        var score = _ratings.GetRatingScore(OfficialRating, PreferredMetadataCountryCode);
        if (score is null)
            return !user.BlockUnrated;

        if (!user.MaxParentalRatingScore.HasValue)
            return true;

        if (score.Score != user.MaxParentalRatingScore.Value)
            return score.Score < user.MaxParentalRatingScore.Value;

        return !user.MaxParentalRatingSubScore.HasValue || (score.SubScore ?? 0) <= user.MaxParentalRatingSubScore.Value;
    }
}

public static class LibraryQueries
{
    public static IEnumerable<LibraryItem> VisibleTo(this IEnumerable<LibraryItem> items, MediaUser user)
        => items.Where(i => i.IsParentalAllowed(user));
}
