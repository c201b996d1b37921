// expect: none A desktop planner app picks its display profile from the machine's time zone and region: Iran Standard Time / Asia/Tehran or region IR switches to the fa-IR culture, the Persian (Solar Hijri) calendar, Friday weekend and right-to-left layout, other zones get their own profile; the Iran check only changes date formatting and layout, nothing is refused or degraded.
// modelled-on: iamr8/R8.DateTimeLocalization R8.DateTimeLocalization.Tests/Timezones/IranTimezone.cs (paraphrased, not copied; the Asia/Tehran -> fa-IR + Persian calendar timezone mapping became a WPF/Avalonia-style display-profile resolver keyed on TimeZoneInfo and RegionInfo)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case334
{
    using System.Globalization;

    public enum FlowDirection
    {
        LeftToRight,
        RightToLeft,
    }

    public sealed record DisplayProfile(CultureInfo Culture, Calendar Calendar, DayOfWeek[] Weekend, FlowDirection Flow, string DateFormat);

    public static class DisplayProfileResolver
    {
        private static readonly Dictionary<string, string> ZoneToRegion = new(StringComparer.OrdinalIgnoreCase)
        {
            ["Iran Standard Time"] = "IR",
            ["Asia/Tehran"] = "IR",
            ["Arabic Standard Time"] = "IQ",
            ["Asia/Baghdad"] = "IQ",
            ["Turkey Standard Time"] = "TR",
            ["Europe/Istanbul"] = "TR",
            ["GMT Standard Time"] = "GB",
            ["Europe/London"] = "GB",
        };

        public static DisplayProfile Resolve(TimeZoneInfo? zone = null, RegionInfo? region = null)
        {
            zone ??= TimeZoneInfo.Local;
            var code = ZoneToRegion.TryGetValue(zone.Id, out var mapped)
                ? mapped
                : (region ?? SafeCurrentRegion())?.TwoLetterISORegionName;

            switch (code)
            {
                case "IR":
                {
                    var fa = (CultureInfo)CultureInfo.GetCultureInfo("fa-IR").Clone();
                    return new DisplayProfile(fa, new PersianCalendar(), new[] { DayOfWeek.Friday }, FlowDirection.RightToLeft, "yyyy/MM/dd");
                }
                case "IQ":
                    return new DisplayProfile(CultureInfo.GetCultureInfo("ar-IQ"), new GregorianCalendar(), new[] { DayOfWeek.Friday, DayOfWeek.Saturday }, FlowDirection.RightToLeft, "dd/MM/yyyy");
                case "TR":
                    return new DisplayProfile(CultureInfo.GetCultureInfo("tr-TR"), new GregorianCalendar(), new[] { DayOfWeek.Saturday, DayOfWeek.Sunday }, FlowDirection.LeftToRight, "dd.MM.yyyy");
                default:
                    return new DisplayProfile(CultureInfo.CurrentCulture, new GregorianCalendar(), new[] { DayOfWeek.Saturday, DayOfWeek.Sunday }, FlowDirection.LeftToRight, CultureInfo.CurrentCulture.DateTimeFormat.ShortDatePattern);
            }
        }

        public static string FormatDate(DateTime value, DisplayProfile profile)
        {
            if (profile.Calendar is PersianCalendar pc)
                return $"{pc.GetYear(value):0000}/{pc.GetMonth(value):00}/{pc.GetDayOfMonth(value):00}";
            return value.ToString(profile.DateFormat, profile.Culture);
        }

        private static RegionInfo? SafeCurrentRegion()
        {
            try { return RegionInfo.CurrentRegion; }
            catch (ArgumentException) { return null; }
        }
    }
}
