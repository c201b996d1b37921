using System.Threading.Tasks;
using Xunit;
using Verify = SanctionsAnalyzers.Tests.Infrastructure.RuleVerifier;

namespace SanctionsAnalyzers.Tests.Rules
{
    /// <summary>
    /// A gRPC server interceptor guards every call of the services it runs for: the services' methods are the features,
    /// named by their own evidence.
    /// </summary>
    public partial class WholeAppScopeTests
    {
        private const string GrpcStubs = @"
namespace Grpc.Core
{
    public enum StatusCode { OK = 0, PermissionDenied = 7 }
    public readonly struct Status
    {
        public Status(StatusCode statusCode, string detail) { StatusCode = statusCode; Detail = detail; }
        public StatusCode StatusCode { get; }
        public string Detail { get; }
    }
    public class RpcException : System.Exception { public RpcException(Status status) : base(status.Detail) { } }
    public abstract class ServerCallContext { public abstract System.Collections.Generic.IDictionary<string, string> Headers { get; } }
    public delegate System.Threading.Tasks.Task<TResponse> UnaryServerMethod<TRequest, TResponse>(TRequest request, ServerCallContext context);
}
namespace Grpc.Core.Interceptors
{
    public abstract class Interceptor
    {
        public virtual System.Threading.Tasks.Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, Grpc.Core.ServerCallContext context, Grpc.Core.UnaryServerMethod<TRequest, TResponse> continuation)
            where TRequest : class where TResponse : class => continuation(request, context);
    }
}";

        private static string RegionInterceptor(string service) => @"
using Grpc.Core;
using Grpc.Core.Interceptors;

public sealed class RegionInterceptor : Interceptor
{
    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        context.Headers.TryGetValue(""cf-ipcountry"", out var country);
        if ({|#0:country == ""IR""|}) throw new RpcException(new Status(StatusCode.PermissionDenied, ""unavailable in your region""));
        return base.UnaryServerHandler(request, context, continuation);
    }
}
" + service;

        [Fact]
        public async Task GrpcInterceptor_GuardsTheServicesMethods()
        {
            await Verify.VerifyAsync(Id, new[] { GrpcStubs, RegionInterceptor(@"
public sealed class MessengerService
{
    public Task<string> SendMessage(string text, ServerCallContext context) => Task.FromResult(text);
}") }, WholeApp("gRPC interceptor 'RegionInterceptor'", "'MessengerService.SendMessage'",
                "instant messaging, inferred from the method name 'SendMessage'; confirm with [CommunicationService(\"instant-messaging\")] or declare the right category"));
        }

        [Fact]
        public async Task GrpcInterceptor_InFrontOfBillingOnly_IsConsistent()
        {
            await Verify.VerifyAsync(Id, new[] { GrpcStubs, RegionInterceptor(@"
public sealed class BillingService
{
    public Task<string> Charge(string invoice, ServerCallContext context) => Task.FromResult(invoice);
}").Replace("{|#0:", string.Empty).Replace("|}", string.Empty) });
        }
    }
}
