// expect: warn newsletter (e-mail) subscription is refused when the visitor's GeoIP country is Iran or Cuba (the country check is a realistic variation on the real controller); e-mail is an authorized communication service
// modelled-on: smartstore/Smartstore src/Smartstore.Web/Controllers/NewsletterController.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
using System.Net;
using System.Text.RegularExpressions;
using MaxMind.GeoIP2;
using Microsoft.AspNetCore.Mvc;

namespace BlindCorpus.Case099;

public interface INewsletterSubscriptionService
{
    Task SubscribeAsync(string email, int customerId);
    Task UnsubscribeAsync(string email);
}

public sealed class PrivacySettings
{
    public bool DisplayGdprConsentOnForms { get; set; } = true;
}

public class NewsletterController : Controller
{
    private static readonly string[] UnservedCountries = { "IR", "CU" };

    private readonly INewsletterSubscriptionService _subscriptions;
    private readonly PrivacySettings _privacy;
    private readonly DatabaseReader _geo;

    public NewsletterController(INewsletterSubscriptionService subscriptions, PrivacySettings privacy, DatabaseReader geo)
    {
        _subscriptions = subscriptions;
        _privacy = privacy;
        _geo = geo;
    }

    [HttpPost("newsletter/subscribe")]
    public async Task<IActionResult> Subscribe(bool subscribe, string email, bool gdprConsent, int customerId)
    {
        if (!gdprConsent && _privacy.DisplayGdprConsentOnForms)
            return Json(new { Success = false, Result = string.Empty });

        if (string.IsNullOrWhiteSpace(email) || !Regex.IsMatch(email, "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"))
            return Json(new { Success = false, Result = "Wrong e-mail address." });

        var ip = HttpContext.Connection.RemoteIpAddress ?? IPAddress.None;
        var iso = _geo.TryCountry(ip, out var country) ? country?.Country.IsoCode : null;
        if (subscribe && iso != null && Array.IndexOf(UnservedCountries, iso) >= 0)
            return Json(new { Success = false, Result = "Newsletter subscriptions are not available in your country." });

        email = email.Trim();
        if (subscribe)
            await _subscriptions.SubscribeAsync(email, customerId);
        else
            await _subscriptions.UnsubscribeAsync(email);

        return Json(new
        {
            Success = true,
            Result = subscribe ? "A confirmation e-mail has been sent." : "You have been unsubscribed."
        });
    }
}
