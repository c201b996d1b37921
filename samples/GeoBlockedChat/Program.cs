using GeoBlockedChat.Hubs;
using GeoBlockedChat.Localization;
using MaxMind.GeoIP2;
using Stripe;

// A small chat + mail + checkout app that geo-blocks Iran in three places.
// Build it to see what SanctionsAnalyzers reports (see README.md): two blocks are over-broad (SANC1001),
// the payment block is consistent with the policy map, and the country picker only localizes.
var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSignalR();
builder.Services.Configure<GeoBlockedChat.Options.GeoBlockingOptions>(
    builder.Configuration.GetSection(GeoBlockedChat.Options.GeoBlockingOptions.SectionName));
builder.Services.AddControllers();

// MaxMind's GeoLite2/GeoIP2 Country database is downloaded separately (it needs a licence key), so it is
// not part of the sample; the reader is created on first use, when the mail endpoint needs it.
builder.Services.AddSingleton<IGeoIP2DatabaseReader>(_ =>
    new DatabaseReader(builder.Configuration["MaxMind:CountryDatabase"] ?? "GeoLite2-Country.mmdb"));

// Stripe: the secret key comes from configuration (user secrets or the environment), never from source.
builder.Services.AddSingleton<IStripeClient>(_ =>
    new StripeClient(builder.Configuration["Stripe:SecretKey"]));

builder.Services.AddSingleton<CountryPicker>();

var app = builder.Build();

app.MapControllers();
app.UseMiddleware<GeoBlockedChat.Middleware.GeoFenceMiddleware>();
app.MapHub<ChatHub>("/hubs/chat");
app.MapHub<MeetingHub>("/hubs/meeting");

app.Run();
