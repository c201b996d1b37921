// expect: none A learning platform's date formatter shows assignment due dates in the Persian calendar and Tehran local time when the learner's profile culture is fa-IR or the time zone is Asia/Tehran; the Iran checks only pick a display format, nobody is denied anything.
// modelled-on: fatpenguino/ErkinStudy ErkinStudy.Infrastructure/Helpers/TimeZoneHelper.cs (paraphrased, not copied; the fixed Central-Asia conversion became a per-learner formatter with a Persian-calendar branch)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case237
{
    using System.Globalization;

    public sealed record LearnerProfile(string UserId, string Culture, string TimeZoneId);

    public sealed record Assignment(int Id, string Title, DateTime DueUtc);

    public sealed class DueDateFormatter
    {
        public string Format(Assignment assignment, LearnerProfile learner)
        {
            var zone = ResolveZone(learner.TimeZoneId);
            var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(assignment.DueUtc, DateTimeKind.Utc), zone);

            if (learner.Culture == "fa-IR" || zone.Id is "Asia/Tehran" or "Iran Standard Time")
            {
                var pc = new PersianCalendar();
                return $"{pc.GetYear(local):0000}/{pc.GetMonth(local):00}/{pc.GetDayOfMonth(local):00} {local:HH:mm}";
            }

            var culture = CultureInfo.GetCultureInfo(string.IsNullOrEmpty(learner.Culture) ? "en-US" : learner.Culture);
            return local.ToString("f", culture);
        }

        private static TimeZoneInfo ResolveZone(string id)
            => TimeZoneInfo.TryFindSystemTimeZoneById(id, out var tz) ? tz : TimeZoneInfo.Utc;
    }
}
