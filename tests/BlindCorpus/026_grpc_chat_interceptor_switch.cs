// expect: warn gRPC server interceptor on a messaging service maps the CF-IPCountry request header with a switch expression and throws PermissionDenied for "IR" and "CU"; denies authorized instant messaging for Iran and Cuba
// modelled-on: xuzhen123/TestCore Webs/XZ.GrpcService/XZ.Grpc/Interceptors/ExceptionInterceptior.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace Grpc.Core
{
    public enum StatusCode
    {
        OK = 0,
        Unknown = 2,
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

    public class Metadata : List<Metadata.Entry>
    {
        public class Entry
        {
            public Entry(string key, string value)
            {
                Key = key;
                Value = value;
            }

            public string Key { get; }
            public string Value { get; }
        }

        public string? GetValue(string key) =>
            this.FirstOrDefault(e => string.Equals(e.Key, key, StringComparison.OrdinalIgnoreCase))?.Value;
    }

    public abstract class ServerCallContext
    {
        public abstract string Method { get; }
        public abstract string Peer { get; }
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

namespace BlindCorpus.Case026
{
    using Grpc.Core;
    using Grpc.Core.Interceptors;

    public enum Admission
    {
        Allowed,
        Embargoed,
    }

    public class MessagingRegionInterceptor : Interceptor
    {
        private readonly ILogger<MessagingRegionInterceptor> _logger;

        public MessagingRegionInterceptor(ILogger<MessagingRegionInterceptor> logger) => _logger = logger;

        private static Admission Classify(string? country) => country?.ToUpperInvariant() switch
        {
            "IR" => Admission.Embargoed,
            "CU" => Admission.Embargoed,
            _ => Admission.Allowed,
        };

        public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
            TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
        {
            var country = context.RequestHeaders.GetValue("cf-ipcountry");
            if (Classify(country) == Admission.Embargoed)
            {
                _logger.LogInformation("Rejected {Method} from {Peer} ({Country})", context.Method, context.Peer, country);
                throw new RpcException(new Status(StatusCode.PermissionDenied, "Messaging is unavailable in your region"));
            }

            return base.UnaryServerHandler(request, context, continuation);
        }
    }

    public sealed class SendMessageRequest
    {
        public string ConversationId { get; set; } = "";
        public string Body { get; set; } = "";
    }

    public sealed class SendMessageReply
    {
        public string MessageId { get; set; } = "";
    }

    public class MessengerService
    {
        public Task<SendMessageReply> SendMessage(SendMessageRequest request, ServerCallContext context) =>
            Task.FromResult(new SendMessageReply { MessageId = Guid.NewGuid().ToString("N") });
    }
}
