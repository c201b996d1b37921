// expect: none A notification SMS router normalizes numbers and sends those with the Iranian +98/0098/09 mobile prefix through a domestic Iranian SMS provider and all others through the international provider; the Iran check chooses a delivery route, every message is still sent.
// modelled-on: getpoirot/SmsClients src/_functions.php (paraphrased, not copied; the PHP isValidMobileNum regex is reused in C# to pick a gateway instead of rejecting)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case239
{
    using System.Text.RegularExpressions;

    public interface ISmsProvider
    {
        string Name { get; }
        Task SendAsync(string number, string text, CancellationToken ct);
    }

    public sealed class SmsRouter
    {
        private static readonly Regex IranMobile = new(@"^((98)|(\+98)|(0098)|0)?9[0-9]{9}$", RegexOptions.Compiled);
        private readonly ISmsProvider _domestic;
        private readonly ISmsProvider _international;

        public SmsRouter([FromKeyedServices("ir")] ISmsProvider domestic, [FromKeyedServices("intl")] ISmsProvider international)
        {
            _domestic = domestic;
            _international = international;
        }

        public static string Normalize(string raw)
            => new string(raw.Where(c => char.IsDigit(c) || c == '+').ToArray());

        public Task SendAsync(string rawNumber, string text, CancellationToken ct)
        {
            var number = Normalize(rawNumber);
            var provider = IranMobile.IsMatch(number) ? _domestic : _international;
            return provider.SendAsync(number, text, ct);
        }
    }
}
