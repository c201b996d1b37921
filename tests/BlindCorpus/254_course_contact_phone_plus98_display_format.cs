// expect: none An e-learning centre's contact-directory helper normalises Iranian numbers written as 09…, 0098… or +98… into +98 E.164 form and groups learners by dialing code for the tutor's phone list; the +98 checks only format and sort numbers, and nobody is refused anything.
// modelled-on: SamandarbekYR/EduCenterCertificate EduCenter.Services/Common/Validators/PhoneValidator.cs (paraphrased, not copied; the prefix-and-digit validator became a formatter and grouping helper that never rejects a number)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case254
{
    using System.Text;

    public sealed record Learner(string Id, string FullName, string Phone);

    public sealed record DirectoryEntry(string DialCode, string Display, string Name);

    public static class LearnerPhoneFormatter
    {
        public static string Normalize(string raw)
        {
            var digits = new StringBuilder();
            foreach (var ch in raw)
            {
                if (char.IsDigit(ch) || (ch == '+' && digits.Length == 0))
                {
                    digits.Append(ch);
                }
            }

            var s = digits.ToString();
            if (s.StartsWith("0098", StringComparison.Ordinal))
            {
                return "+98" + s[4..];
            }

            if (s.StartsWith("09", StringComparison.Ordinal) && s.Length == 11)
            {
                return "+98" + s[1..];
            }

            return s;
        }

        public static string DialCodeOf(string normalized) => normalized switch
        {
            var n when n.StartsWith("+998", StringComparison.Ordinal) => "+998",
            var n when n.StartsWith("+98", StringComparison.Ordinal) => "+98",
            var n when n.StartsWith("+7", StringComparison.Ordinal) => "+7",
            var n when n.StartsWith('+') && n.Length > 3 => n[..3],
            _ => "other",
        };

        public static IReadOnlyList<DirectoryEntry> BuildDirectory(IEnumerable<Learner> learners) =>
            learners
                .Select(l => (Learner: l, Phone: Normalize(l.Phone)))
                .Select(x => new DirectoryEntry(DialCodeOf(x.Phone), x.Phone, x.Learner.FullName))
                .OrderBy(e => e.DialCode, StringComparer.Ordinal)
                .ThenBy(e => e.Name, StringComparer.CurrentCulture)
                .ToList();
    }
}
