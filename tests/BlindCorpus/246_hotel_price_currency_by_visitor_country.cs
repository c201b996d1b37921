// expect: none A hotel site's price formatter asks a country service for the visitor's country and a switch expression maps IR to IRR, CU to CUP and so on to show room prices in a local currency; Iran and Cuba only pick a display currency and nobody is refused anything.
// modelled-on: rozabto/HotelReservation src/Application/Common/Interfaces/ICountryService.cs (paraphrased, not copied; the IP-to-country service feeds a currency switch expression for displayed prices)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case246
{
    using System.Globalization;

    public interface ICountryService
    {
        Task<string> GetCountryCode(string ip);
    }

    public interface ICurrencyConversionService
    {
        Task<decimal> ConvertAsync(decimal amountEur, string targetCurrency);
    }

    public sealed record RoomPrice(int RoomId, decimal NightlyEur);

    public sealed record DisplayedPrice(int RoomId, string Currency, string Text);

    public sealed class RoomPriceFormatter
    {
        private readonly ICountryService _countries;
        private readonly ICurrencyConversionService _conversion;

        public RoomPriceFormatter(ICountryService countries, ICurrencyConversionService conversion)
        {
            _countries = countries;
            _conversion = conversion;
        }

        public static string CurrencyFor(string countryCode) => countryCode.ToUpperInvariant() switch
        {
            "US" => "USD",
            "GB" => "GBP",
            "BG" => "BGN",
            "IR" => "IRR",
            "CU" => "CUP",
            "SY" => "SYP",
            "TR" => "TRY",
            _ => "EUR",
        };

        public async Task<DisplayedPrice> FormatAsync(RoomPrice price, string visitorIp)
        {
            var country = await _countries.GetCountryCode(visitorIp);
            var currency = CurrencyFor(country ?? "");
            var amount = currency == "EUR" ? price.NightlyEur : await _conversion.ConvertAsync(price.NightlyEur, currency);
            var text = string.Create(CultureInfo.InvariantCulture, $"{amount:N0} {currency}");
            return new DisplayedPrice(price.RoomId, currency, text);
        }
    }
}
