// expect: none fraud checker that records detections (known fraud phones/e-mails plus a high-risk-country and +98 phone heuristic, a variation) and returns a report; it never rejects the customer
// modelled-on: vijayamazon/ezbob FraudChecker/FraudDetectionChecker.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
namespace BlindCorpus.Case093;

public sealed class LoanCustomer
{
    public int Id { get; set; }
    public string Email { get; set; } = "";
    public string? MobilePhone { get; set; }
    public string? DaytimePhone { get; set; }
    public string? ResidenceCountryIso2 { get; set; }
    public string? LastIpCountryIso2 { get; set; }
}

public sealed class FraudUser
{
    public int Id { get; set; }
    public List<string> Phones { get; } = new();
    public List<string> Emails { get; } = new();
    public List<string> EmailDomains { get; } = new();
}

public sealed class FraudDetection
{
    public string CompareField { get; set; } = "";
    public int CustomerId { get; set; }
    public int? FraudUserId { get; set; }
    public string Value { get; set; } = "";
}

public interface IFraudStore
{
    IReadOnlyList<FraudUser> KnownFraudUsers();
    void Save(FraudDetection detection);
}

public class FraudDetectionChecker
{
    private static readonly string[] HighRiskCountries = { "IR", "KP", "NG", "CU", "VE" };
    private static readonly string[] HighRiskPhonePrefixes = { "+98", "0098", "+850" };

    private readonly IFraudStore _store;
    private readonly ILogger<FraudDetectionChecker> _logger;

    public FraudDetectionChecker(IFraudStore store, ILogger<FraudDetectionChecker> logger)
    {
        _store = store;
        _logger = logger;
    }

    public string ExternalSystemDecision(LoanCustomer customer, bool isShowOnly = false)
    {
        var detections = new List<FraudDetection>();
        var fraudUsers = _store.KnownFraudUsers();

        detections.AddRange(from f in fraudUsers
                            from p in f.Phones
                            where p == customer.MobilePhone || p == customer.DaytimePhone
                            select Detection("Customer phone", customer, f, p));

        detections.AddRange(from f in fraudUsers
                            from e in f.Emails
                            where string.Equals(e, customer.Email, StringComparison.OrdinalIgnoreCase)
                            select Detection("Customer email", customer, f, e));

        var domain = customer.Email[(customer.Email.IndexOf('@') + 1)..];
        detections.AddRange(from f in fraudUsers
                            from d in f.EmailDomains
                            where d == domain
                            select Detection("Customer email domain", customer, f, d));

        if (customer.LastIpCountryIso2 != null && customer.ResidenceCountryIso2 != null &&
            customer.LastIpCountryIso2 != customer.ResidenceCountryIso2)
            detections.Add(Detection("IP country mismatch", customer, null, $"{customer.LastIpCountryIso2}/{customer.ResidenceCountryIso2}"));

        if (customer.LastIpCountryIso2 != null && HighRiskCountries.Contains(customer.LastIpCountryIso2))
            detections.Add(Detection("High-risk IP country", customer, null, customer.LastIpCountryIso2));

        var phone = customer.MobilePhone ?? "";
        if (HighRiskPhonePrefixes.Any(phone.StartsWith))
            detections.Add(Detection("High-risk phone prefix", customer, null, phone));

        if (!isShowOnly)
        {
            foreach (var d in detections)
                _store.Save(d);
        }

        if (detections.Count > 0)
            _logger.LogWarning("Customer {CustomerId}: {Count} fraud indicators recorded for manual review", customer.Id, detections.Count);

        return string.Join("\n", detections.Select(d => $"{d.CompareField}, {d.CustomerId}, {d.FraudUserId}, {d.Value}"));
    }

    private static FraudDetection Detection(string field, LoanCustomer c, FraudUser? f, string value)
        => new() { CompareField = field, CustomerId = c.Id, FraudUserId = f?.Id, Value = value };
}
