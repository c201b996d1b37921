using System;
using System.Collections.Generic;
using System.Linq;

namespace SanctionsAnalyzers.Benchmarks.Corpus
{
    /// <summary>
    /// A large ASP.NET Core application, generated deterministically: controllers, SignalR hubs, middleware,
    /// services, DTOs, localization tables, options and background services. Country codes, cultures and calling
    /// codes ("IR", "IQ", "DE", "fa-IR", "+98") appear where real applications have them: country pickers,
    /// localization tables, logging, VAT tables, phone formatting, localized redirects. One file in 50 holds a real
    /// geo-block of a communication service: a mail controller that returns Forbid() for CF-IPCountry "IR", or a chat
    /// hub that aborts the connection; one in 100 blocks payments (consistent with the policy).
    /// </summary>
    internal static class ApplicationCorpus
    {
        private static readonly string[] Entities =
        {
            "Order", "Invoice", "Customer", "Shipment", "Product", "Subscription", "Ticket", "Review", "Coupon", "Payout",
            "Message", "Room", "Notification", "Contact", "Address", "Profile", "Report", "Campaign", "Warehouse", "Refund",
        };

        private static readonly string[] Modules =
        {
            "Sales", "Support", "Billing", "Catalog", "Messaging", "Identity", "Logistics", "Marketing", "Analytics", "Community",
        };

        private static readonly string[] Countries =
        {
            "DE", "FR", "IT", "ES", "NL", "PL", "SE", "US", "GB", "CA", "BR", "IN", "JP", "TR", "AE", "SA",
            "IR", "IQ", "EG", "NG", "KE", "ZA", "AU", "MX", "AR", "CU", "SY", "KP", "AF", "PK", "TJ", "AZ",
        };

        private static readonly string[] Cultures =
        {
            "en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "it-IT", "nl-NL", "pl-PL", "tr-TR", "ar-IQ", "ar-SA", "fa-IR", "fa-AF", "ja-JP", "pt-BR",
        };

        private static readonly (string Code, string Label)[] CallingCodes =
        {
            ("+49", "Germany"), ("+33", "France"), ("+98", "Iran"), ("+964", "Iraq"), ("+1", "United States"), ("+44", "United Kingdom"),
            ("+90", "Turkey"), ("+971", "United Arab Emirates"), ("+93", "Afghanistan"), ("+92", "Pakistan"), ("+20", "Egypt"), ("+34", "Spain"),
        };

        private static readonly string[] Words =
        {
            "Welcome", "Goodbye", "OrderPlaced", "PaymentFailed", "PasswordReset", "Unsubscribe", "NewMessage", "InvoiceReady",
        };

        /// <summary>
        /// The shared files (stubs, global usings, common types) and <paramref name="count"/> generated files; with
        /// <paramref name="geoMiddleware"/>, file 32 is a middleware that blocks Iran for the whole application, so that
        /// the application model (wiring, controller actions) is read at compilation end.
        /// </summary>
        public static List<GeneratedFile> Generate(int count, int seed, bool geoMiddleware = false)
        {
            var files = new List<GeneratedFile>
            {
                new GeneratedFile("Shared/GlobalUsings.cs", "shared", GlobalUsings),
                new GeneratedFile("Shared/MaxMindStubs.cs", "shared", MaxMindStubs),
                new GeneratedFile("Shared/StripeStubs.cs", "shared", StripeStubs),
                new GeneratedFile("Shared/Common.cs", "shared", Common),
            };

            for (var i = 0; i < count; i++)
            {
                var random = new Random(unchecked(seed * 7919 + i));
                var entity = Entities[i % Entities.Length];
                var module = Modules[(i / Entities.Length) % Modules.Length];
                var name = entity + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);

                if (geoMiddleware && i == 32)
                {
                    files.Add(new GeneratedFile($"{module}/Middleware/{name}GeoBlockMiddleware.cs", "gate-middleware", GateMiddleware(module, name)));
                    continue;
                }

                // A real gate in 1 file of 50: a mail controller (7, 107, ...) or a chat hub (57, 157, ...).
                if (i % 100 == 7)
                {
                    files.Add(new GeneratedFile($"{module}/Controllers/{name}MailController.cs", "gate-mail-controller", GateMailController(module, name, random)));
                    continue;
                }

                if (i % 100 == 57)
                {
                    files.Add(new GeneratedFile($"{module}/Hubs/{name}ChatHub.cs", "gate-chat-hub", GateChatHub(module, name, random)));
                    continue;
                }

                // And one payments block in 100: consistent with the policy (payments are not a communications service).
                if (i % 100 == 82)
                {
                    files.Add(new GeneratedFile($"{module}/Controllers/{name}PaymentsController.cs", "gate-payments-controller", GatePaymentsController(module, name)));
                    continue;
                }

                switch (random.Weighted(28, 8, 7, 25, 16, 5, 5, 4, 2))
                {
                    case 0:
                        files.Add(new GeneratedFile($"{module}/Controllers/{name}Controller.cs", "controller", Controller(module, entity, name, random)));
                        break;
                    case 1:
                        files.Add(new GeneratedFile($"{module}/Hubs/{name}Hub.cs", "hub", Hub(module, name, random)));
                        break;
                    case 2:
                        files.Add(new GeneratedFile($"{module}/Middleware/{name}Middleware.cs", "middleware", Middleware(module, name, random)));
                        break;
                    case 3:
                        var service = Service(module, entity, name, random, out var exportControlled);
                        files.Add(new GeneratedFile($"{module}/Services/{name}Service.cs", exportControlled ? "service-export-control" : "service", service));
                        break;
                    case 4:
                        files.Add(new GeneratedFile($"{module}/Models/{name}Models.cs", "dto", Dtos(module, name, random)));
                        break;
                    case 5:
                        files.Add(new GeneratedFile($"{module}/Localization/{name}Texts.cs", "localization", Localization(module, name, random)));
                        break;
                    case 6:
                        files.Add(new GeneratedFile($"{module}/Background/{name}Worker.cs", "options-worker", OptionsAndWorker(module, name, random)));
                        break;
                    case 7:
                        files.Add(new GeneratedFile($"{module}/Services/{name}Formatting.cs", "formatting", Formatting(module, name, random)));
                        break;
                    default:
                        files.Add(new GeneratedFile($"{module}/Endpoints/{name}Endpoints.cs", "minimal-api", MinimalApi(module, name, random)));
                        break;
                }
            }

            return files;
        }

        private const string GlobalUsings = @"global using System;
global using System.Collections.Generic;
global using System.Linq;
global using System.Threading;
global using System.Threading.Tasks;
global using Microsoft.AspNetCore.Builder;
global using Microsoft.AspNetCore.Http;
global using Microsoft.AspNetCore.Mvc;
global using Microsoft.AspNetCore.Routing;
global using Microsoft.AspNetCore.SignalR;
global using Microsoft.Extensions.Configuration;
global using Microsoft.Extensions.DependencyInjection;
global using Microsoft.Extensions.Logging;
global using Contoso.Shared;
";

        // The public shapes of MaxMind.GeoIP2 that the analyzer recognises by metadata name (as in the unit tests' stubs).
        private const string MaxMindStubs = @"namespace MaxMind.GeoIP2.Model
{
    public abstract class NamedEntity { public string? Name => null; }
    public class Country : NamedEntity { public string? IsoCode => null; public long? GeoNameId => null; }
}
namespace MaxMind.GeoIP2.Responses
{
    public class CountryResponse
    {
        public MaxMind.GeoIP2.Model.Country Country { get; } = new MaxMind.GeoIP2.Model.Country();
        public MaxMind.GeoIP2.Model.Country RegisteredCountry { get; } = new MaxMind.GeoIP2.Model.Country();
    }
}
namespace MaxMind.GeoIP2
{
    public interface IGeoIP2DatabaseReader
    {
        MaxMind.GeoIP2.Responses.CountryResponse Country(string ipAddress);
    }
}
";

        // The public shapes of Stripe.net that the analyzer recognises by namespace (as in the unit tests' stubs).
        private const string StripeStubs = @"namespace Stripe
{
    public class PaymentIntentCreateOptions { public long? Amount { get; set; } public string? Currency { get; set; } }
    public class PaymentIntent { public string? Id { get; set; } public string? ClientSecret { get; set; } }
    public class PaymentIntentService
    {
        public System.Threading.Tasks.Task<PaymentIntent> CreateAsync(PaymentIntentCreateOptions options) => System.Threading.Tasks.Task.FromResult(new PaymentIntent());
    }
}
";

        private const string Common = @"namespace Contoso.Shared
{
    public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

    public enum Country { Germany, France, Italy, Spain, Netherlands, Turkey, Iran, Iraq, Cuba, Syria, NorthKorea, UnitedStates, UnitedKingdom }

    public interface IClock
    {
        DateTimeOffset UtcNow { get; }
    }

    public static class CountryCatalog
    {
        private static readonly Dictionary<string, string> Names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            [""DE""] = ""Germany"", [""FR""] = ""France"", [""IT""] = ""Italy"", [""ES""] = ""Spain"", [""NL""] = ""Netherlands"",
            [""TR""] = ""Turkey"", [""IR""] = ""Iran"", [""IQ""] = ""Iraq"", [""CU""] = ""Cuba"", [""SY""] = ""Syria"",
            [""KP""] = ""North Korea"", [""US""] = ""United States"", [""GB""] = ""United Kingdom"", [""AF""] = ""Afghanistan"",
        };

        public static string NameOf(string code) => Names.TryGetValue(code, out var name) ? name : code;

        public static IReadOnlyCollection<string> Codes => Names.Keys;

        public static string Flag(string code) =>
            code.Length == 2 ? char.ConvertFromUtf32(0x1F1E6 + code[0] - 'A') + char.ConvertFromUtf32(0x1F1E6 + code[1] - 'A') : string.Empty;
    }

    public static class HttpContextExtensions
    {
        public static string ClientAddress(this HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? string.Empty;
    }
}
";

        private static string Route(string name) => name.ToLowerInvariant();

        private static string Controller(string module, string entity, string name, Random random)
        {
            var supported = random.PickSome(Countries, 6 + random.Next(10));
            if (!supported.Contains("IR") && random.Next(2) == 0)
            {
                supported.Add("IR");
            }

            var useGeo = random.Next(6) == 0;
            var useVat = random.Next(3) == 0;
            var useNow = random.Next(8) == 0;
            var geoField = useGeo ? "\n    private readonly MaxMind.GeoIP2.IGeoIP2DatabaseReader _geo;" : string.Empty;
            var geoParameter = useGeo ? ", MaxMind.GeoIP2.IGeoIP2DatabaseReader geo" : string.Empty;
            var geoAssign = useGeo ? "\n        _geo = geo;" : string.Empty;
            var originExpression = useGeo
                ? "_geo.Country(HttpContext.ClientAddress()).Country.IsoCode ?? \"unknown\""
                : "Request.Headers[\"CF-IPCountry\"].ToString()";
            var created = useNow ? "DateTime.Now" : "DateTime.UtcNow";
            var redirect = random.Next(8) == 0 ? $$"""


    [HttpGet("/{{Route(name)}}")]
    public IActionResult Landing()
    {
        // Send visitors to the site in their language; everyone may use either.
        var visitor = Request.Headers["CF-IPCountry"].ToString();
        if (visitor == "IR")
        {
            return Redirect("https://fa.contoso.example/{{Route(name)}}");
        }

        if (visitor == "DE" || visitor == "AT")
        {
            return Redirect("https://de.contoso.example/{{Route(name)}}");
        }

        return Redirect("https://www.contoso.example/{{Route(name)}}");
    }
""" : string.Empty;
            var vat = useVat ? $$"""


    [HttpGet("vat/{country}")]
    public ActionResult<decimal> VatRate(string country, [FromQuery] decimal net)
    {
        var rate = country.ToUpperInvariant() switch
        {
            "DE" => 0.19m,
            "FR" => 0.20m,
            "IT" => 0.22m,
            "NL" => 0.21m,
            "TR" => 0.20m,
            "IR" => 0.10m,
            "IQ" => 0.00m,
            _ => 0.00m,
        };
        _logger.LogDebug("VAT for {Country}: {Rate}", country, rate);
        return Ok(Math.Round(net * (1 + rate), 2));
    }
""" : string.Empty;

            return $$"""
using System.ComponentModel.DataAnnotations;

namespace Contoso.{{module}}.Controllers;

public sealed record {{name}}Dto(Guid Id, string Name, string Country, decimal Amount, DateTime CreatedAt);

public sealed class Create{{name}}Request
{
    [Required, StringLength(120)]
    public string Name { get; set; } = string.Empty;

    [Required, StringLength(2, MinimumLength = 2)]
    public string Country { get; set; } = "{{random.Pick(Countries)}}";

    [Phone]
    public string? PhoneNumber { get; set; }

    [Range(0, 1000000)]
    public decimal Amount { get; set; }
}

public interface I{{name}}Service
{
    Task<PagedResult<{{name}}Dto>> ListAsync(int page, int pageSize, CancellationToken cancellationToken);

    Task<{{name}}Dto?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<{{name}}Dto> CreateAsync(Create{{name}}Request request, DateTime createdAt, CancellationToken cancellationToken);

    Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken);
}

[ApiController]
[Route("api/{{Route(name)}}")]
public sealed class {{name}}Controller : ControllerBase
{
    private static readonly string[] SupportedCountries = { {{CorpusText.Quoted(supported)}} };

    private readonly I{{name}}Service _service;
    private readonly ILogger<{{name}}Controller> _logger;{{geoField}}

    public {{name}}Controller(I{{name}}Service service, ILogger<{{name}}Controller> logger{{geoParameter}})
    {
        _service = service;
        _logger = logger;{{geoAssign}}
    }

    [HttpGet]
    public async Task<ActionResult<PagedResult<{{name}}Dto>>> List([FromQuery] int page = 1, [FromQuery] int pageSize = 20, CancellationToken cancellationToken = default)
    {
        if (page < 1 || pageSize is < 1 or > 200)
        {
            return BadRequest(new { error = "page and pageSize are out of range" });
        }

        var result = await _service.ListAsync(page, pageSize, cancellationToken);
        _logger.LogDebug("Listed {Count} of {Total} {{entity}} records", result.Items.Count, result.Total);
        return Ok(result);
    }

    [HttpGet("{id:guid}")]
    public async Task<ActionResult<{{name}}Dto>> Get(Guid id, CancellationToken cancellationToken)
    {
        var item = await _service.FindAsync(id, cancellationToken);
        if (item is null)
        {
            _logger.LogInformation("{{entity}} {Id} not found", id);
            return NotFound();
        }

        return Ok(item);
    }

    [HttpPost]
    public async Task<ActionResult<{{name}}Dto>> Create([FromBody] Create{{name}}Request request, CancellationToken cancellationToken)
    {
        if (!SupportedCountries.Contains(request.Country, StringComparer.OrdinalIgnoreCase))
        {
            ModelState.AddModelError(nameof(request.Country), "Please pick a country from the list.");
            return ValidationProblem(ModelState);
        }

        var origin = {{originExpression}};
        var created = await _service.CreateAsync(request, {{created}}, cancellationToken);
        _logger.LogInformation("{{entity}} {Id} created for {Country} from {Origin}", created.Id, request.Country, origin);
        return CreatedAtAction(nameof(Get), new { id = created.Id }, created);
    }

    [HttpDelete("{id:guid}")]
    public async Task<IActionResult> Delete(Guid id, CancellationToken cancellationToken)
    {
        return await _service.DeleteAsync(id, cancellationToken) ? NoContent() : NotFound();
    }

    [HttpGet("countries")]
    public IActionResult Countries()
    {
        var options = SupportedCountries
            .Select(code => new { code, name = CountryCatalog.NameOf(code), flag = CountryCatalog.Flag(code) })
            .OrderBy(option => option.name, StringComparer.OrdinalIgnoreCase);
        return Ok(options);
    }{{vat}}{{redirect}}
}
""";
        }

        private static string Hub(string module, string name, Random random)
        {
            var rtl = random.Next(2) == 0 ? "\"fa\"" : "\"ar\"";
            var maxLength = 1000 + random.Next(4000);
            return $$"""
namespace Contoso.{{module}}.Hubs;

public sealed class {{name}}Hub : Hub
{
    private readonly ILogger<{{name}}Hub> _logger;

    public {{name}}Hub(ILogger<{{name}}Hub> logger)
    {
        _logger = logger;
    }

    public override async Task OnConnectedAsync()
    {
        var http = Context.GetHttpContext();
        var language = http?.Request.Headers.AcceptLanguage.ToString() ?? "en";
        if (language.StartsWith({{rtl}}, StringComparison.OrdinalIgnoreCase))
        {
            await Clients.Caller.SendAsync("layout", "rtl");
        }

        _logger.LogInformation("Connection {ConnectionId} from {Country} ({Language})", Context.ConnectionId, http?.Request.Headers["CF-IPCountry"].ToString(), language);
        await base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        if (exception is not null)
        {
            _logger.LogWarning(exception, "Connection {ConnectionId} dropped", Context.ConnectionId);
        }

        return base.OnDisconnectedAsync(exception);
    }

    public Task JoinRoom(string room) => Groups.AddToGroupAsync(Context.ConnectionId, room);

    public Task LeaveRoom(string room) => Groups.RemoveFromGroupAsync(Context.ConnectionId, room);

    public async Task SendMessage(string room, string user, string message)
    {
        if (string.IsNullOrWhiteSpace(message))
        {
            throw new HubException("Empty messages are not sent.");
        }

        if (message.Length > {{maxLength}})
        {
            message = message.Substring(0, {{maxLength}});
        }

        await Clients.Group(room).SendAsync("message", user, message, DateTimeOffset.UtcNow);
    }

    public Task Typing(string room, string user) => Clients.OthersInGroup(room).SendAsync("typing", user);
}
""";
        }

        private static string Middleware(string module, string name, Random random)
        {
            var cultures = random.PickSome(Countries, 8)
                .Select(code => (code, culture: Cultures.FirstOrDefault(c => c.EndsWith("-" + code, StringComparison.Ordinal)) ?? "en-US"))
                .ToList();
            if (cultures.All(entry => entry.code != "IR"))
            {
                cultures.Add(("IR", "fa-IR"));
            }

            var table = string.Join(",\n        ", cultures.Select(entry => $"[\"{entry.code}\"] = \"{entry.culture}\""));
            var header = random.Next(3) == 0 ? "CloudFront-Viewer-Country" : "CF-IPCountry";
            return $$"""
using System.Diagnostics;
using System.Globalization;

namespace Contoso.{{module}}.Middleware;

/// <summary>Picks the request culture from the CDN's country header and logs slow requests.</summary>
public sealed class {{name}}Middleware
{
    private static readonly Dictionary<string, string> CultureByCountry = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        {{table}},
    };

    private readonly RequestDelegate _next;
    private readonly ILogger<{{name}}Middleware> _logger;

    public {{name}}Middleware(RequestDelegate next, ILogger<{{name}}Middleware> logger)
    {
        _next = next;
        _logger = logger;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        var country = context.Request.Headers["{{header}}"].ToString();
        var cultureName = CultureByCountry.TryGetValue(country, out var mapped) ? mapped : "en-US";
        var culture = CultureInfo.GetCultureInfo(cultureName);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        context.Items["country"] = country;
        if (country == "IR")
        {
            context.Response.Headers["Content-Language"] = "fa";
        }

        var started = Stopwatch.GetTimestamp();
        await _next(context);
        var elapsed = Stopwatch.GetElapsedTime(started);
        if (elapsed.TotalMilliseconds > {{200 + random.Next(800)}})
        {
            _logger.LogWarning("Slow request {Path} from {Country}: {Elapsed} ms", context.Request.Path, country, elapsed.TotalMilliseconds);
        }
    }
}

public static class {{name}}MiddlewareExtensions
{
    public static IApplicationBuilder Use{{name}}(this IApplicationBuilder app) => app.UseMiddleware<{{name}}Middleware>();
}
""";
        }

        private static string Service(string module, string entity, string name, Random random, out bool exportControlled)
        {
            var vat = random.PickSome(Countries, 10);
            var vatTable = string.Join(", ", vat.Select(code => $"[\"{code}\"] = 0.{10 + random.Next(15)}m"));
            exportControlled = random.Next(100) == 0;
            var shippingCheck = exportControlled
                ? "\n        if (destination is \"KP\" or \"SY\")\n        {\n            throw new InvalidOperationException(\"Export-controlled destination: \" + destination);\n        }\n"
                : string.Empty;
            var mail = random.Next(6) == 0;
            var clock = random.Next(5) == 0 ? "DateTimeOffset.Now" : "_clock.UtcNow";
            var mailMember = mail ? $$"""


    public async Task SendConfirmationAsync(string recipient, string culture, Guid id)
    {
        var template = culture == "fa-IR" ? "confirmation.fa.html" : culture.StartsWith("de", StringComparison.Ordinal) ? "confirmation.de.html" : "confirmation.en.html";
        using var smtp = new System.Net.Mail.SmtpClient("smtp.contoso.example");
        using var mail = new System.Net.Mail.MailMessage("noreply@contoso.example", recipient, "{{entity}} " + id, template);
        await smtp.SendMailAsync(mail);
        _logger.LogInformation("Sent {Template} for {Id}", template, id);
    }
""" : string.Empty;
            return $$"""
using System.Collections.Concurrent;

namespace Contoso.{{module}}.Services;

public sealed class {{name}}Record
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public string Name { get; set; } = string.Empty;

    public string Country { get; set; } = "DE";

    public decimal Net { get; set; }

    public decimal Gross { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
}

public sealed class {{name}}Service
{
    private static readonly Dictionary<string, decimal> VatByCountry = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase)
    {
        {{vatTable}},
    };

    private readonly ConcurrentDictionary<Guid, {{name}}Record> _store = new ConcurrentDictionary<Guid, {{name}}Record>();
    private readonly IClock _clock;
    private readonly ILogger<{{name}}Service> _logger;

    public {{name}}Service(IClock clock, ILogger<{{name}}Service> logger)
    {
        _clock = clock;
        _logger = logger;
    }

    public {{name}}Record Create(string name, string destination, decimal net)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A name is required.", nameof(name));
        }
{{shippingCheck}}
        var rate = VatByCountry.TryGetValue(destination, out var known) ? known : 0m;
        var record = new {{name}}Record { Name = name.Trim(), Country = destination, Net = net, Gross = Math.Round(net * (1 + rate), 2), CreatedAt = {{clock}} };
        _store[record.Id] = record;
        _logger.LogInformation("Created {{entity}} {Id} for {Country} at rate {Rate}", record.Id, destination, rate);
        return record;
    }

    public IReadOnlyList<{{name}}Record> Page(int page, int pageSize)
    {
        return _store.Values
            .OrderByDescending(record => record.CreatedAt)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .ToList();
    }

    public decimal TotalFor(string destination)
    {
        decimal total = 0;
        foreach (var record in _store.Values)
        {
            if (string.Equals(record.Country, destination, StringComparison.OrdinalIgnoreCase))
            {
                total += record.Gross;
            }
        }

        return total;
    }

    public IDictionary<string, int> CountByCountry()
    {
        return _store.Values
            .GroupBy(record => record.Country, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => group.Count(), StringComparer.OrdinalIgnoreCase);
    }

    public bool Remove(Guid id)
    {
        var removed = _store.TryRemove(id, out _);
        if (!removed)
        {
            _logger.LogDebug("Nothing to remove for {Id}", id);
        }

        return removed;
    }{{mailMember}}
}
""";
        }

        private static string Dtos(string module, string name, Random random)
        {
            var defaultCountry = random.Pick(Countries);
            var nationalIdCountry = random.Next(4) == 0 ? "IR" : random.Pick(Countries);
            return $$"""
using System.ComponentModel.DataAnnotations;

namespace Contoso.{{module}}.Models;

public sealed record {{name}}Summary(Guid Id, string DisplayName, string Country, string Culture, int Items, decimal Total);

public sealed class {{name}}AddressModel
{
    [Required, StringLength(200)]
    public string Street { get; set; } = string.Empty;

    [Required, StringLength(100)]
    public string City { get; set; } = string.Empty;

    [StringLength(20)]
    public string? PostalCode { get; set; }

    [Required, StringLength(2, MinimumLength = 2)]
    public string Country { get; set; } = "{{defaultCountry}}";
}

public sealed class {{name}}ContactModel : IValidatableObject
{
    [Required, StringLength(120)]
    public string FullName { get; set; } = string.Empty;

    [EmailAddress]
    public string? Email { get; set; }

    [Phone]
    public string? PhoneNumber { get; set; }

    [StringLength(10)]
    public string PreferredCulture { get; set; } = "{{random.Pick(Cultures)}}";

    public string? NationalId { get; set; }

    public {{name}}AddressModel Address { get; set; } = new {{name}}AddressModel();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrEmpty(Email) && string.IsNullOrEmpty(PhoneNumber))
        {
            yield return new ValidationResult("An e-mail address or a phone number is required.", new[] { nameof(Email), nameof(PhoneNumber) });
        }

        if (Address.Country == "{{nationalIdCountry}}" && string.IsNullOrEmpty(NationalId))
        {
            yield return new ValidationResult("A national ID is required for this country.", new[] { nameof(NationalId) });
        }
    }
}

public sealed record {{name}}Page(IReadOnlyList<{{name}}Summary> Items, int Page, int PageSize, int Total)
{
    public bool HasNext => Page * PageSize < Total;

    public static {{name}}Page Empty(int pageSize) => new {{name}}Page(Array.Empty<{{name}}Summary>(), 1, pageSize, 0);
}
""";
        }

        private static string Localization(string module, string name, Random random)
        {
            var word = random.Pick(Words);
            var cultures = random.PickSome(Cultures, 6);
            if (!cultures.Contains("fa-IR"))
            {
                cultures.Add("fa-IR");
            }

            var rows = string.Join(",\n        ", cultures.Select(culture => $"[\"{culture}\"] = \"{word} ({culture})\""));
            return $$"""
using System.Globalization;

namespace Contoso.{{module}}.Localization;

public static class {{name}}Texts
{
    private static readonly Dictionary<string, string> {{word}} = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        {{rows}},
    };

    private static readonly HashSet<string> RightToLeft = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "fa-IR", "fa-AF", "ar-IQ", "ar-SA", "he-IL" };

    public static string {{word}}Text(string culture)
    {
        if ({{word}}.TryGetValue(culture, out var text))
        {
            return text;
        }

        var neutral = culture.Split('-')[0];
        var fallback = {{word}}.Keys.FirstOrDefault(key => key.StartsWith(neutral + "-", StringComparison.OrdinalIgnoreCase));
        return fallback is null ? {{word}}.Values.First() : {{word}}[fallback];
    }

    public static string Direction(CultureInfo culture) => RightToLeft.Contains(culture.Name) ? "rtl" : "ltr";

    public static string FormatDate(DateTime value, string culture)
    {
        var info = CultureInfo.GetCultureInfo(culture);
        if (culture == "fa-IR")
        {
            var persian = new PersianCalendar();
            return string.Format(info, "{0:0000}/{1:00}/{2:00}", persian.GetYear(value), persian.GetMonth(value), persian.GetDayOfMonth(value));
        }

        return value.ToString("d", info);
    }
}
""";
        }

        private static string OptionsAndWorker(string module, string name, Random random)
        {
            var supported = random.PickSome(Cultures, 5);
            var period = 30 + random.Next(300);
            var console = random.Next(4) == 0;
            var tick = console ? "Console.WriteLine(\"tick \" + DateTime.Now);" : "_logger.LogDebug(\"tick {Time}\", DateTimeOffset.UtcNow);";
            return $$"""
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Contoso.{{module}}.Background;

public sealed class {{name}}Options
{
    public const string Section = "{{module}}:{{name}}";

    public string DefaultCountry { get; set; } = "{{random.Pick(Countries)}}";

    public string[] SupportedCultures { get; set; } = { {{CorpusText.Quoted(supported)}} };

    public int PeriodSeconds { get; set; } = {{period}};

    public bool Enabled { get; set; } = true;
}

public sealed class {{name}}Worker : BackgroundService
{
    private readonly IOptionsMonitor<{{name}}Options> _options;
    private readonly ILogger<{{name}}Worker> _logger;

    public {{name}}Worker(IOptionsMonitor<{{name}}Options> options, ILogger<{{name}}Worker> logger)
    {
        _options = options;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(_options.CurrentValue.PeriodSeconds));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (!_options.CurrentValue.Enabled)
            {
                continue;
            }

            try
            {
                {{tick}}
                await Task.Delay(TimeSpan.FromMilliseconds(10), stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                _logger.LogError(exception, "{{name}} failed");
            }
        }
    }
}

public static class {{name}}Registration
{
    public static IServiceCollection Add{{name}}(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<{{name}}Options>(configuration.GetSection({{name}}Options.Section));
        services.AddHostedService<{{name}}Worker>();
        return services;
    }
}
""";
        }

        private static string Formatting(string module, string name, Random random)
        {
            var codes = random.PickSome(CallingCodes, 5);
            if (codes.All(code => code.Code != "+98"))
            {
                codes.Add(("+98", "Iran"));
            }

            var labels = string.Join(",\n        ", codes.Select(code => $"[\"{code.Code}\"] = \"{code.Label}\""));
            return $$"""
using System.Text;

namespace Contoso.{{module}}.Services;

/// <summary>Phone numbers as users type them, shown the way their country writes them.</summary>
public static class {{name}}PhoneFormatter
{
    private static readonly Dictionary<string, string> CallingCodes = new Dictionary<string, string>
    {
        {{labels}},
    };

    public static string Normalize(string phone)
    {
        var digits = new StringBuilder(phone.Length);
        foreach (var c in phone)
        {
            if (char.IsDigit(c) || (c == '+' && digits.Length == 0))
            {
                digits.Append(c);
            }
        }

        var normalized = digits.ToString();
        if (normalized.StartsWith("0098", StringComparison.Ordinal))
        {
            normalized = "+98" + normalized.Substring(4);
        }

        return normalized;
    }

    public static string Display(string phone)
    {
        var normalized = Normalize(phone);
        if (normalized.StartsWith("+98", StringComparison.Ordinal) && normalized.Length == 13)
        {
            return "+98 " + normalized.Substring(3, 3) + " " + normalized.Substring(6, 3) + " " + normalized.Substring(9);
        }

        if (normalized.StartsWith("+49", StringComparison.Ordinal))
        {
            return "+49 " + normalized.Substring(3);
        }

        return normalized;
    }

    public static string CountryLabel(string phone)
    {
        var normalized = Normalize(phone);
        foreach (var entry in CallingCodes.OrderByDescending(pair => pair.Key.Length))
        {
            if (normalized.StartsWith(entry.Key, StringComparison.Ordinal))
            {
                return entry.Value;
            }
        }

        return "Unknown";
    }

    public static string CurrencyText(decimal amount, string currency) =>
        currency == "IRR" ? amount.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " rial" : amount.ToString("N2", System.Globalization.CultureInfo.InvariantCulture) + " " + currency;
}
""";
        }

        private static string MinimalApi(string module, string name, Random random)
        {
            var countries = random.PickSome(Countries, 8);
            return $$"""
namespace Contoso.{{module}}.Endpoints;

public static class {{name}}Endpoints
{
    private static readonly string[] Countries = { {{CorpusText.Quoted(countries)}} };

    public static IEndpointRouteBuilder Map{{name}}(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/{{Route(name)}}");
        group.MapGet("/countries", () => Results.Ok(Countries.Select(code => new { code, name = CountryCatalog.NameOf(code) })));
        group.MapGet("/whoami", (HttpContext context) =>
        {
            var country = context.Request.Headers["CF-IPCountry"].ToString();
            return Results.Ok(new { country, name = CountryCatalog.NameOf(country), ip = context.ClientAddress() });
        });
        group.MapGet("/health", () => Results.Ok(new { status = "ok", time = DateTimeOffset.UtcNow }));
        return routes;
    }
}
""";
        }

        private static string GateMiddleware(string module, string name) => $$"""
namespace Contoso.{{module}}.Middleware;

/// <summary>Refuses every request from Iran, whatever the endpoint.</summary>
public sealed class {{name}}GeoBlockMiddleware
{
    private readonly RequestDelegate _next;

    public {{name}}GeoBlockMiddleware(RequestDelegate next)
    {
        _next = next;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Headers["CF-IPCountry"] == "IR")
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        await _next(context);
    }
}
""";

        private static string GateMailController(string module, string name, Random random)
        {
            var status = random.Next(3) switch
            {
                0 => "return Forbid();",
                1 => "return StatusCode(StatusCodes.Status451UnavailableForLegalReasons);",
                _ => "return Forbid();",
            };
            return $$"""
using System.Net.Mail;

namespace Contoso.{{module}}.Controllers;

public sealed record {{name}}MailRequest(string To, string Subject, string Body);

[ApiController]
[Route("api/{{Route(name)}}/mail")]
public sealed class {{name}}MailController : ControllerBase
{
    private readonly ILogger<{{name}}MailController> _logger;

    public {{name}}MailController(ILogger<{{name}}MailController> logger)
    {
        _logger = logger;
    }

    [HttpPost]
    public async Task<IActionResult> Send([FromBody] {{name}}MailRequest request, CancellationToken cancellationToken)
    {
        if (Request.Headers["CF-IPCountry"] == "IR") {{status}}

        using var smtp = new SmtpClient("smtp.contoso.example");
        using var message = new MailMessage("noreply@contoso.example", request.To, request.Subject, request.Body);
        await smtp.SendMailAsync(message, cancellationToken);
        _logger.LogInformation("Mail sent to {To}", request.To);
        return Ok();
    }
}
""";
        }

        private static string GatePaymentsController(string module, string name) => $$"""
using Stripe;

namespace Contoso.{{module}}.Controllers;

public sealed record {{name}}PaymentRequest(long AmountCents, string Currency);

[ApiController]
[Route("api/{{Route(name)}}/payments")]
public sealed class {{name}}PaymentsController : ControllerBase
{
    private readonly PaymentIntentService _payments;

    public {{name}}PaymentsController(PaymentIntentService payments)
    {
        _payments = payments;
    }

    [HttpPost]
    public async Task<IActionResult> Pay([FromBody] {{name}}PaymentRequest request)
    {
        var country = Request.Headers["CF-IPCountry"].ToString();
        if (country is "IR" or "CU" or "SY" or "KP")
        {
            return Problem("Payments are not available in your region.", statusCode: StatusCodes.Status451UnavailableForLegalReasons);
        }

        var intent = await _payments.CreateAsync(new PaymentIntentCreateOptions { Amount = request.AmountCents, Currency = request.Currency });
        return Ok(new { intent.Id, intent.ClientSecret });
    }
}
""";

        private static string GateChatHub(string module, string name, Random random)
        {
            var blocked = random.Next(2) == 0 ? "\"IR\"" : "\"CU\"";
            return $$"""
namespace Contoso.{{module}}.Hubs;

public sealed class {{name}}ChatHub : Hub
{
    private readonly ILogger<{{name}}ChatHub> _logger;

    public {{name}}ChatHub(ILogger<{{name}}ChatHub> logger)
    {
        _logger = logger;
    }

    public async Task SendMessage(string user, string message)
    {
        var http = Context.GetHttpContext()!;
        if (http.Request.Headers["CF-IPCountry"] == {{blocked}})
        {
            _logger.LogWarning("Blocked connection {ConnectionId}", Context.ConnectionId);
            Context.Abort();
            return;
        }

        await Clients.All.SendAsync("ReceiveMessage", user, message);
    }
}
""";
        }
    }
}
