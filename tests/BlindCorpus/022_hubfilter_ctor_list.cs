// expect: warn SignalR hub filter built with a country list {"IR","CU"} passed through its constructor rejects chat connections (HubException) by CF-IPCountry; blocks authorized chat for Iran and Cuba
// modelled-on: leomicheloni/dotnetconf.conosur signalr/parallel/ChatSample/CustomFilter.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
namespace BlindCorpus.Case022;

using Microsoft.AspNetCore.SignalR;

public class CountryFilter : IHubFilter
{
    private readonly string[] _deniedCountries;

    public CountryFilter(string[] deniedCountries)
    {
        _deniedCountries = deniedCountries ?? throw new ArgumentNullException(nameof(deniedCountries));
    }

    public async ValueTask<object?> InvokeMethodAsync(
        HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        Console.WriteLine($"Calling hub method '{invocationContext.HubMethodName}'");
        return await next(invocationContext);
    }

    public Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        var country = context.Context.GetHttpContext()?.Request.Headers["CF-IPCountry"].ToString();
        if (!string.IsNullOrEmpty(country) && _deniedCountries.Any(c => string.Equals(c, country, StringComparison.OrdinalIgnoreCase)))
        {
            throw new HubException("Chat is not available in your country.");
        }

        return next(context);
    }

    public Task OnDisconnectedAsync(
        HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
        => next(context, exception);
}

public class ChatHub : Hub
{
    public Task SendMessage(string user, string message) =>
        Clients.All.SendAsync("ReceiveMessage", user, message);
}

public static class ChatSampleStartup
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddSignalR(options =>
        {
            options.AddFilter(new CountryFilter(new[] { "IR", "CU" }));
        });

        var app = builder.Build();
        app.MapHub<ChatHub>("/chat");
        return app;
    }
}
