using System.Globalization;

namespace WorldAtlas.Services;

/// <summary>Formats prices, phone numbers and local times the way people in a country write them.</summary>
public sealed class LocalFormatter
{
    public string Price(decimal amount, string currency)
    {
        // The rial has no minor unit in practice, and prices are often quoted in toman (10 rials).
        if (currency == "IRR")
        {
            return string.Format(CultureInfo.GetCultureInfo("fa-IR"), "{0:N0} ریال", decimal.Round(amount));
        }

        if (currency is "CUP" or "KPW" or "SYP")
        {
            return amount.ToString("N0", CultureInfo.InvariantCulture) + " " + currency;
        }

        return amount.ToString("N2", CultureInfo.InvariantCulture) + " " + currency;
    }

    public string PhoneNumber(string phone)
    {
        // Iranian mobile numbers are grouped 3-3-4 after the trunk prefix.
        if (phone.StartsWith("+98", StringComparison.Ordinal) && phone.Length == 13)
        {
            return $"+98 {phone[3..6]} {phone[6..9]} {phone[9..]}";
        }

        return phone;
    }

    public string LocalTime(DateTimeOffset utc, string timeZoneId)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);
        var local = TimeZoneInfo.ConvertTime(utc, zone);

        // Iran uses the Solar Hijri calendar day to day.
        if (timeZoneId == "Asia/Tehran")
        {
            var persian = new PersianCalendar();
            return $"{persian.GetYear(local.DateTime)}/{persian.GetMonth(local.DateTime):00}/{persian.GetDayOfMonth(local.DateTime):00} {local:HH:mm}";
        }

        return local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
    }
}
