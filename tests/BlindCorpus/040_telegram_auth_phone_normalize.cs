// expect: none Telegram bot sign-in stores the shared contact number as a username, stripping a leading +98/0098 (Iran) or + so Iranian and foreign numbers share one format; phone normalization, everyone is registered
// modelled-on: taskinsust/telegrambot_custom_authentication BOTAuth/BOTAuthentication/TelegramAuthentication.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
namespace BlindCorpus.Case040;

public sealed class UserProfile
{
    public long TelegramUserId { get; set; }
    public string Username { get; set; } = "";
    public string PhoneE164 { get; set; } = "";
    public string FirstName { get; set; } = "";
    public bool Approved { get; set; }
}

public interface IUserProfileStore
{
    UserProfile? Find(long telegramUserId);
    void Save(UserProfile profile);
}

public static class PhoneFormat
{
    public static string ToE164(string raw)
    {
        var digits = new string(raw.Where(c => char.IsDigit(c) || c == '+').ToArray());
        if (digits.StartsWith("00", StringComparison.Ordinal))
        {
            digits = "+" + digits[2..];
        }

        return digits.StartsWith('+') ? digits : "+" + digits;
    }

    // Iranian numbers are kept as their local part, others without the plus sign.
    public static string ToUsername(string phoneE164)
    {
        if (phoneE164.StartsWith("+98", StringComparison.Ordinal))
        {
            return phoneE164[3..];
        }

        if (phoneE164.StartsWith("0098", StringComparison.Ordinal))
        {
            return phoneE164[4..];
        }

        return phoneE164.TrimStart('+');
    }
}

public class TelegramAuthentication
{
    private readonly IUserProfileStore _store;

    public TelegramAuthentication(IUserProfileStore store) => _store = store;

    public string UpdateUserCredential(string firstName, long telegramUserId, string phoneNumber)
    {
        var e164 = PhoneFormat.ToE164(phoneNumber);
        var profile = _store.Find(telegramUserId) ?? new UserProfile { TelegramUserId = telegramUserId };
        profile.FirstName = firstName;
        profile.PhoneE164 = e164;
        profile.Username = PhoneFormat.ToUsername(e164);
        profile.Approved = true;
        _store.Save(profile);
        return $"Thanks {firstName}, you are signed in as {profile.Username}.";
    }
}
