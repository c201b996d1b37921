// expect: ok A gRPC interceptor on a firmware-distribution service refuses DownloadModule/GetLicenseKey calls for items classified ECCN 5A002/5D002 (non-mass-market, high-assurance HSM cryptography) when the caller's country (from a MaxMind lookup of the peer address) is IR, CU, SY, KP, RU or BY; mass-market builds pass, so only export-controlled encryption is withheld, which GL D-2 does not authorize.
// modelled-on: dotnet/aspire src/Aspire.Dashboard/Otlp/Security/OtlpInterceptor.cs (paraphrased, not copied; kept an Interceptor subclass overriding UnaryServerHandler that inspects the underlying call context before invoking the continuation and throws an RpcException to refuse; replaced the connection-feature check with an export-classification and country check; the Grpc.Core types are stubbed locally)
// packages: Microsoft.AspNetCore.App (framework reference), MaxMind.GeoIP2 6.1.0, Grpc.Core.Api (stubbed in file)
// source: blind

namespace BlindCorpus.Case322
{
    using MaxMind.GeoIP2;
    using Microsoft.Extensions.Logging;

    // ---- minimal stand-ins for Grpc.Core / Grpc.Core.Interceptors ----
    public enum StatusCode
    {
        OK = 0,
        PermissionDenied = 7,
        NotFound = 5,
    }

    public readonly record struct Status(StatusCode StatusCode, string Detail);

    public sealed class RpcException : Exception
    {
        public RpcException(Status status) : base(status.Detail) => Status = status;
        public Status Status { get; }
    }

    public abstract class ServerCallContext
    {
        public abstract string Method { get; }
        public abstract string Peer { get; }
    }

    public delegate Task<TResponse> UnaryServerMethod<TRequest, TResponse>(TRequest request, ServerCallContext context);

    public abstract class Interceptor
    {
        public virtual Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
            where TRequest : class
            where TResponse : class
            => continuation(request, context);
    }
    // -------------------------------------------------------------------

    public interface IExportClassified
    {
        string ModuleSku { get; }
    }

    public sealed record DownloadModuleRequest(string ModuleSku, string Version) : IExportClassified;

    public sealed record LicenseKeyRequest(string ModuleSku, string DeviceSerial) : IExportClassified;

    public sealed record ExportClassification(string Eccn, bool MassMarket);

    public interface IExportCatalog
    {
        ExportClassification Classify(string moduleSku);
    }

    public sealed class ExportControlInterceptor : Interceptor
    {
        private static readonly HashSet<string> ControlledEccns = new(StringComparer.OrdinalIgnoreCase) { "5A002", "5D002" };
        private static readonly HashSet<string> EmbargoedDestinations = new(StringComparer.OrdinalIgnoreCase) { "IR", "CU", "SY", "KP", "RU", "BY" };

        private readonly IExportCatalog _catalog;
        private readonly DatabaseReader _geo;
        private readonly ILogger<ExportControlInterceptor> _logger;

        public ExportControlInterceptor(IExportCatalog catalog, DatabaseReader geo, ILogger<ExportControlInterceptor> logger)
        {
            _catalog = catalog;
            _geo = geo;
            _logger = logger;
        }

        public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
        {
            if (request is IExportClassified item)
            {
                var classification = _catalog.Classify(item.ModuleSku);
                if (!classification.MassMarket && ControlledEccns.Contains(classification.Eccn))
                {
                    var country = PeerCountry(context.Peer);
                    if (country is not null && EmbargoedDestinations.Contains(country))
                    {
                        _logger.LogWarning("Export-controlled {Sku} ({Eccn}) refused for {Country} on {Method}",
                            item.ModuleSku, classification.Eccn, country, context.Method);
                        throw new RpcException(new Status(StatusCode.PermissionDenied,
                            $"{item.ModuleSku} is export controlled ({classification.Eccn}) and cannot be delivered to this destination."));
                    }
                }
            }

            return continuation(request, context);
        }

        private string? PeerCountry(string peer)
        {
            // Peer looks like "ipv4:203.0.113.7:50122" or "ipv6:[2001:db8::1]:443"
            var parts = peer.Split(':', 2);
            if (parts.Length < 2)
                return null;

            var address = parts[1];
            var lastColon = address.LastIndexOf(':');
            if (lastColon > 0)
                address = address[..lastColon];
            address = address.Trim('[', ']');

            return _geo.TryCountry(address, out var response) ? response?.Country.IsoCode : null;
        }
    }
}
