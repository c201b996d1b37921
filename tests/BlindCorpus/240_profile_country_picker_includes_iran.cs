// expect: none A profile-settings view model builds the country drop-down from a static list that includes Iran, Iraq and Sudan and simply validates that the chosen value is in the list; no country is refused or treated differently.
// modelled-on: HasretMengi/ProjetRobot WantedRobots/Data/CountryList.cs (paraphrased, not copied; the French-named country list is used by an ASP.NET Core picker and validation attribute)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case240
{
    using System.ComponentModel.DataAnnotations;
    using Microsoft.AspNetCore.Mvc.Rendering;

    public static class CountryChoices
    {
        public static readonly IReadOnlyList<string> All = new[]
        {
            "Afghanistan", "Algeria", "Brazil", "Canada", "China", "Egypt", "France", "Germany",
            "India", "Indonesia", "Iran", "Iraq", "Italy", "Japan", "Kenya", "Mexico", "Morocco",
            "Pakistan", "Palestine", "Russia", "Sudan", "Turkey", "Ukraine", "United Kingdom", "United States", "Vietnam",
        };
    }

    [AttributeUsage(AttributeTargets.Property)]
    public sealed class KnownCountryAttribute : ValidationAttribute
    {
        protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
            => value is string s && CountryChoices.All.Contains(s)
                ? ValidationResult.Success
                : new ValidationResult("Please pick a country from the list.");
    }

    public sealed class ProfileSettingsModel
    {
        [Required, StringLength(64)]
        public string DisplayName { get; set; } = "";

        [KnownCountry]
        public string Country { get; set; } = "";

        public IEnumerable<SelectListItem> CountryOptions =>
            CountryChoices.All.Select(c => new SelectListItem(c, c, c == Country));
    }
}
