// expect: none sign-in journal copies the nginx GeoIP2 X-COUNTRY / X-CITY headers into a log record and counts domestic vs foreign logins; country is only logged and aggregated, never used to deny
// modelled-on: brnaldomesi/cross-common-client Sources/Snappy.Common.Client/Controllers/BaseController.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
namespace BlindCorpus.Case117;

using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

public static class EdgeHeaders
{
    public const string ClientIp = "X-IP";

    /// <summary>3-letter country code supplied by the nginx GeoIP2 module.</summary>
    public const string Country = "X-COUNTRY";

    public const string City = "X-CITY";
}

public sealed class ClientLogInfo
{
    public string? Ip { get; set; }
    public string? UserAgent { get; set; }
    public string? Country { get; set; }
    public string? City { get; set; }
}

public interface ILoginJournal
{
    Task AppendAsync(string email, bool succeeded, ClientLogInfo client);
}

public static class LoginStats
{
    private static int _domestic;
    private static int _foreign;

    public static void Count(ClientLogInfo info)
    {
        if (string.Equals(info.Country, "TUR", StringComparison.OrdinalIgnoreCase))
            Interlocked.Increment(ref _domestic);
        else if (!string.IsNullOrEmpty(info.Country))
            Interlocked.Increment(ref _foreign);
    }

    public static (int Domestic, int Foreign) Snapshot() => (_domestic, _foreign);
}

public sealed record LogOnRequest(string Email, string Password);

public sealed class AccountController : Controller
{
    private readonly ILoginJournal _journal;

    public AccountController(ILoginJournal journal) => _journal = journal;

    private ClientLogInfo GetClientInfoLog()
    {
        var log = new ClientLogInfo { Ip = HttpContext.Connection.RemoteIpAddress?.ToString() };

        if (Request.Headers.ContainsKey(HeaderNames.UserAgent))
            log.UserAgent = Request.Headers[HeaderNames.UserAgent].ToString();

        if (Request.Headers.ContainsKey(EdgeHeaders.Country))
            log.Country = Request.Headers[EdgeHeaders.Country].ToString();

        if (Request.Headers.ContainsKey(EdgeHeaders.City))
            log.City = Request.Headers[EdgeHeaders.City].ToString();

        return log;
    }

    [HttpPost]
    public async Task<IActionResult> LogOn(LogOnRequest model)
    {
        var succeeded = !string.IsNullOrEmpty(model.Email) && model.Password.Length >= 8; // placeholder check
        var client = GetClientInfoLog();

        LoginStats.Count(client);
        await _journal.AppendAsync(model.Email, succeeded, client);

        return succeeded ? Redirect("/") : View(model);
    }
}
