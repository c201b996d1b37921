using LearnHub.Authorization;
using LearnHub.Services;
using System.Net.Mail;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;

// LearnHub: online courses with video lessons, quizzes, proctored exams and certificates.
var builder = WebApplication.CreateBuilder(args);

builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie();
builder.Services.AddHttpContextAccessor();
builder.Services.AddAuthorization(options =>
{
    // Course content is closed to the embargoed regions listed by the trade-compliance team (TC-2020-07).
    options.AddPolicy(Policies.OutsideEmbargoedRegions, policy =>
        policy.RequireAuthenticatedUser()
              .AddRequirements(new EmbargoedRegionRequirement("IR", "CU", "KP", "SY", "UA-14")));

    options.AddPolicy(Policies.ProctoredExam, policy =>
        policy.RequireAuthenticatedUser()
              .AddRequirements(new ProctoringAvailableRequirement()));
});
builder.Services.AddSingleton<IAuthorizationHandler, EmbargoedRegionHandler>();
builder.Services.AddSingleton<IAuthorizationHandler, ProctoringAvailableHandler>();
builder.Services.AddSingleton<CourseCatalog>();
builder.Services.AddSingleton(_ => new SmtpClient(builder.Configuration["Smtp:Host"] ?? "localhost"));
builder.Services.AddControllers();

var app = builder.Build();

app.UseAuthentication();
app.UseAuthorization();
app.MapControllers();

app.Run();

public static class Policies
{
    public const string OutsideEmbargoedRegions = "OutsideEmbargoedRegions";
    public const string ProctoredExam = "ProctoredExam";
}
