using MeetingsApi.Hubs;
using MeetingsApi.Middleware;
using MeetingsApi.Services;

// MeetingsApi: schedule meetings, join them, and relay WebRTC signalling between participants.
// Served through Amazon CloudFront, which adds the CloudFront-Viewer-Country headers.
var builder = WebApplication.CreateBuilder(args);

builder.Services.AddControllers();
builder.Services.AddSignalR();
builder.Services.AddSingleton<MeetingStore>();
builder.Services.AddSingleton<IParticipantProfiles, InMemoryParticipantProfiles>();

var app = builder.Build();

// Every request goes through the region gate first: the API, the signalling hub, the recordings.
app.UseMiddleware<RegionGateMiddleware>();

app.MapControllers();
app.MapHub<SignalingHub>("/hubs/signaling");

app.Run();
