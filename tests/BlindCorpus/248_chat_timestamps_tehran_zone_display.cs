// expect: none A chat client's timestamp helper converts message times to Iran Standard Time (Asia/Tehran) for members whose profile zone or region is Iran and to the server zone otherwise; the Iran check only changes how times are shown and no message or member is blocked.
// modelled-on: BishtSunil/Gmoupipe Gmou.Web/Helpers/GMOUHelper.cs (paraphrased, not copied; the fixed India-time conversion helper became per-member Tehran/other zone display for chat timestamps)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case248
{
    using System.Globalization;
    using System.Runtime.InteropServices;

    public sealed record ChatMember(string UserId, string? TimeZoneId, string? RegionCode);

    public sealed record ChatMessage(string Id, string Sender, string Text, DateTime SentUtc);

    public static class ChatTimeHelper
    {
        private static readonly TimeZoneInfo Tehran = TimeZoneInfo.FindSystemTimeZoneById(
            RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "Iran Standard Time" : "Asia/Tehran");

        public static TimeZoneInfo ZoneFor(ChatMember member)
        {
            if (member.TimeZoneId is "Asia/Tehran" or "Iran Standard Time" || member.RegionCode == "IR")
            {
                return Tehran;
            }

            if (!string.IsNullOrEmpty(member.TimeZoneId) && TimeZoneInfo.TryFindSystemTimeZoneById(member.TimeZoneId, out var zone))
            {
                return zone;
            }

            return TimeZoneInfo.Local;
        }

        public static string FormatStamp(this ChatMessage message, ChatMember viewer)
        {
            var zone = ZoneFor(viewer);
            var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(message.SentUtc, DateTimeKind.Utc), zone);
            var culture = ReferenceEquals(zone, Tehran) ? CultureInfo.GetCultureInfo("fa-IR") : CultureInfo.InvariantCulture;
            return local.ToString("HH:mm", culture);
        }
    }
}
