// expect: info generic gRPC server interceptor rejects calls whose x-client-country metadata is IR or CU; the jurisdictions are clear but nothing says which service it guards (no service, method or category names), so the feature cannot be known
// modelled-on: jiangyimm/AspNetCore.GrpcServiceDemo AspNetCore.GrpcServiceDemo/Interceptors/ExceptionInterceptor.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace Grpc.Core
{
    public enum StatusCode
    {
        OK = 0,
        PermissionDenied = 7,
        Internal = 13,
    }

    public readonly struct Status
    {
        public Status(StatusCode statusCode, string detail)
        {
            StatusCode = statusCode;
            Detail = detail;
        }

        public StatusCode StatusCode { get; }
        public string Detail { get; }
    }

    public class RpcException : Exception
    {
        public RpcException(Status status) : base(status.Detail) => Status = status;
        public Status Status { get; }
    }

    public sealed class MetadataEntry
    {
        public MetadataEntry(string key, string value)
        {
            Key = key;
            Value = value;
        }

        public string Key { get; }
        public string Value { get; }
    }

    public class Metadata : List<MetadataEntry>
    {
        public MetadataEntry? Get(string key) => this.FirstOrDefault(e => e.Key == key);
    }

    public abstract class ServerCallContext
    {
        public abstract Metadata RequestHeaders { get; }
    }

    public delegate Task<TResponse> UnaryServerMethod<TRequest, TResponse>(TRequest request, ServerCallContext context);
}

namespace Grpc.Core.Interceptors
{
    public abstract class Interceptor
    {
        public virtual Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
            TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
            where TRequest : class
            where TResponse : class
            => continuation(request, context);
    }
}

namespace BlindCorpus.Case032
{
    using Grpc.Core;
    using Grpc.Core.Interceptors;

    public class RegionInterceptor : Interceptor
    {
        private static readonly ISet<string> Denied = new HashSet<string> { "IR", "CU" };

        public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
            TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
        {
            var country = context.RequestHeaders.Get("x-client-country")?.Value;
            if (country is not null && Denied.Contains(country.Trim().ToUpperInvariant()))
            {
                throw new RpcException(new Status(StatusCode.PermissionDenied, "region"));
            }

            try
            {
                return await continuation(request, context);
            }
            catch (RpcException)
            {
                throw;
            }
            catch (Exception ex)
            {
                throw new RpcException(new Status(StatusCode.Internal, ex.Message));
            }
        }
    }
}
