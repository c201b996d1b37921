// expect: warn FTP file-transfer server middleware looks up the client with MaxMind and closes the session (530) for countries listed in appsettings (IR, CU, KP): file sharing/storage is authorized for Iran and Cuba
// modelled-on: FubarDevelopment/FtpServer src/FubarDev.FtpServer.Abstractions/IFtpMiddleware.cs (paraphrased, not copied; the geo-block middleware body follows a public GeoblockMiddleware for that interface)
// packages: Microsoft.AspNetCore.App (framework reference), MaxMind.GeoIP2
// source: blind
using System.Net;
using System.Threading.Channels;
using MaxMind.GeoIP2;
using FubarDev.FtpServer;
using FubarDev.FtpServer.ServerCommands;

namespace FubarDev.FtpServer
{
    public delegate Task FtpRequestDelegate(FtpContext context);

    public interface IFtpMiddleware
    {
        Task InvokeAsync(FtpContext context, FtpRequestDelegate next);
    }

    public interface IServerCommand
    {
    }

    public interface IFtpResponse
    {
        int Code { get; }
    }

    public sealed class FtpResponse : IFtpResponse
    {
        public FtpResponse(int code, string message)
        {
            Code = code;
            Message = message;
        }

        public int Code { get; }
        public string Message { get; }
    }

    public interface IFtpConnection
    {
        IPEndPoint RemoteEndPoint { get; }
    }

    public sealed class FtpContext
    {
        public FtpContext(IFtpConnection connection, ChannelWriter<IServerCommand> writer)
        {
            Connection = connection;
            ServerCommandWriter = writer;
        }

        public IFtpConnection Connection { get; }
        public ChannelWriter<IServerCommand> ServerCommandWriter { get; }
    }
}

namespace FubarDev.FtpServer.ServerCommands
{
    public sealed class SendResponseServerCommand : IServerCommand
    {
        public SendResponseServerCommand(IFtpResponse response) => Response = response;
        public IFtpResponse Response { get; }
    }

    public sealed class CloseConnectionServerCommand : IServerCommand
    {
    }
}

namespace BlindCorpus.Case103
{
    /// <summary>Geo-block stage of the company file-drop FTP server (uploads/downloads of shared folders).</summary>
    public sealed class CountryGateFtpMiddleware : IFtpMiddleware
    {
        private readonly ILogger<CountryGateFtpMiddleware> _logger;
        private readonly string? _databasePath;
        private readonly bool _allowListMode;
        private readonly HashSet<string> _countryCodes;

        public CountryGateFtpMiddleware(IConfiguration config, ILogger<CountryGateFtpMiddleware> logger)
        {
            _logger = logger;
            _databasePath = config["geoip:dbPath"];
            _allowListMode = bool.TryParse(config["geoip:allowMode"], out var allow) && allow;
            _countryCodes = (config.GetSection("geoip:countryCodes").Get<string[]>() ?? Array.Empty<string>())
                .ToHashSet(StringComparer.OrdinalIgnoreCase);
        }

        public Task InvokeAsync(FtpContext context, FtpRequestDelegate next)
        {
            if (string.IsNullOrEmpty(_databasePath))
                return next(context);

            var remote = context.Connection.RemoteEndPoint.Address;
            if (IPAddress.IsLoopback(remote))
                return next(context);

            try
            {
                using var reader = new DatabaseReader(_databasePath);
                var iso = reader.Country(remote).Country.IsoCode ?? string.Empty;

                var listed = _countryCodes.Contains(iso);
                if (_allowListMode ? !listed : listed)
                {
                    _logger.LogInformation("Refusing FTP client {Address} from {Country}", remote, iso);
                    return RejectAsync(context);
                }
            }
            catch (Exception ex)
            {
                _logger.LogError(ex, "GeoIP lookup failed for {Address}", remote);
                return RejectAsync(context);
            }

            return next(context);
        }

        private static async Task RejectAsync(FtpContext context)
        {
            await context.ServerCommandWriter.WriteAsync(new SendResponseServerCommand(new FtpResponse(530, "Not logged in: service unavailable in your location.")));
            await context.ServerCommandWriter.WriteAsync(new CloseConnectionServerCommand());
        }
    }
}
