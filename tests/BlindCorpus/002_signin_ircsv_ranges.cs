// expect: warn sign-in middleware loads Iran's IP ranges from ir.csv and throws IpNotAllowedException for any address inside them, denying login to people in Iran (authentication is authorized)
// modelled-on: devblogs-ir/PipelineDesignPattern src/ArezooKamane/PipelineDesignPattern/PipelineDesignPattern/IpRangeChecker.cs (paraphrased, not copied; with Framework.cs of the same folder, recast as ASP.NET Core middleware on the sign-in route)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
using System.Net;

namespace BlindCorpus.Case002;

public sealed class IpNotAllowedException : Exception
{
    public IpNotAllowedException(string ip) : base($"{ip} is not allowed to sign in") { }
}

public sealed record AddressRange(IPAddress First, IPAddress Last)
{
    public bool Covers(IPAddress candidate)
    {
        var lo = First.GetAddressBytes();
        var hi = Last.GetAddressBytes();
        var x = candidate.MapToIPv4().GetAddressBytes();
        if (x.Length != lo.Length) return false;
        return Compare(x, lo) >= 0 && Compare(x, hi) <= 0;
    }

    private static int Compare(byte[] a, byte[] b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i]) return a[i].CompareTo(b[i]);
        }
        return 0;
    }
}

public static class IranRangeChecker
{
    private static List<AddressRange>? _iranRanges;

    public static bool IsIranian(string ipAddressToCheck)
    {
        _iranRanges ??= LoadRanges(Path.Combine(AppContext.BaseDirectory, "ir.csv"));

        if (!IPAddress.TryParse(ipAddressToCheck, out var ip))
            return false;

        foreach (var range in _iranRanges)
        {
            if (range.Covers(ip))
                return true;
        }
        return false;
    }

    private static List<AddressRange> LoadRanges(string csvPath)
    {
        var list = new List<AddressRange>();
        if (!File.Exists(csvPath)) return list;

        foreach (var line in File.ReadLines(csvPath))
        {
            var cols = line.Split(',');
            if (cols.Length < 2) continue;
            if (IPAddress.TryParse(cols[0], out var from) && IPAddress.TryParse(cols[1], out var to))
                list.Add(new AddressRange(from, to));
        }
        return list;
    }
}

public sealed class SignInGateMiddleware
{
    private readonly RequestDelegate _next;

    public SignInGateMiddleware(RequestDelegate next) => _next = next;

    public async Task Invoke(HttpContext context)
    {
        var ip = context.Connection.RemoteIpAddress?.ToString() ?? string.Empty;

        if (IranRangeChecker.IsIranian(ip))
            throw new IpNotAllowedException(ip);

        await _next(context);
    }
}

public static class SignInEndpoints
{
    public static void Map(WebApplication app)
    {
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/signin"),
            b => b.UseMiddleware<SignInGateMiddleware>());

        app.MapPost("/signin", (SignInForm form) => Results.Ok(new { session = Guid.NewGuid() }));
        app.MapPost("/signin/otp", (string code) => Results.Ok());
    }
}

public sealed record SignInForm(string Email, string Password);
