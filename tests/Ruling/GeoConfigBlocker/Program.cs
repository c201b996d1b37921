using GeoConfigBlocker.Hubs;
using GeoConfigBlocker.Options;
using GeoConfigBlocker.Services;

// GeoConfigBlocker: a support desk (live chat, inbox, file uploads) whose country blocks live in configuration,
// so that operations can change them per environment without a release.
var builder = WebApplication.CreateBuilder(args);

builder.Services.Configure<SanctionsOptions>(builder.Configuration.GetSection(SanctionsOptions.SectionName));
builder.Services.AddSignalR();
builder.Services.AddControllers();
builder.Services.AddSingleton<ComplianceListProvider>();

var app = builder.Build();

app.MapControllers();
app.MapHub<SupportChatHub>("/hubs/support");

app.Run();
