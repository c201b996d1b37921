using System.Globalization;
using Microsoft.AspNetCore.Localization;
using WorldAtlas.Localization;
using WorldAtlas.Services;

// WorldAtlas: country fact sheets in the visitor's language, with prices, phone numbers and local times
// formatted the way people there expect. Nobody is refused anything.
var builder = WebApplication.CreateBuilder(args);

builder.Services.AddLocalization();
builder.Services.AddControllers();
builder.Services.Configure<AtlasLocalizationOptions>(builder.Configuration.GetSection(AtlasLocalizationOptions.SectionName));
builder.Services.AddSingleton<CountryDirectory>();
builder.Services.AddSingleton<CultureSelector>();
builder.Services.AddSingleton<LocalFormatter>();

var app = builder.Build();

var localization = builder.Configuration.GetSection(AtlasLocalizationOptions.SectionName).Get<AtlasLocalizationOptions>() ?? new();
var cultures = localization.SupportedCultures.Select(c => new CultureInfo(c)).ToList();
app.UseRequestLocalization(new RequestLocalizationOptions
{
    DefaultRequestCulture = new RequestCulture("en-US"),
    SupportedCultures = cultures,
    SupportedUICultures = cultures,
});

app.MapControllers();

app.Run();
