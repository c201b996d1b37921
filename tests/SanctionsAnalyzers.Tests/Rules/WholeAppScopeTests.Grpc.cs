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

        /// <summary>The public shape of Grpc.AspNetCore's registration: AddGrpc(o => ...) and AddServiceOptions&lt;TService&gt;(o => ...).</summary>
        private const string GrpcRegistrationStubs = @"
namespace Grpc.AspNetCore.Server
{
    public sealed class InterceptorCollection
    {
        public void Add<TInterceptor>() where TInterceptor : Grpc.Core.Interceptors.Interceptor { }
    }
    public class GrpcServiceOptions { public InterceptorCollection Interceptors { get; } = new InterceptorCollection(); }
    public class GrpcServiceOptions<TService> : GrpcServiceOptions where TService : class { }
}
namespace Microsoft.Extensions.DependencyInjection
{
    public interface IGrpcServerBuilder { IServiceCollection Services { get; } }
    public static class GrpcServicesExtensions
    {
        public static IGrpcServerBuilder AddGrpc(this IServiceCollection services, System.Action<Grpc.AspNetCore.Server.GrpcServiceOptions> configure) => null!;
        public static IGrpcServerBuilder AddServiceOptions<TService>(this IGrpcServerBuilder builder, System.Action<Grpc.AspNetCore.Server.GrpcServiceOptions<TService>> configure)
            where TService : class => builder;
    }
}";

        private const string MessengerAndBilling = @"
public sealed class MessengerService
{
    public Task<string> SendMessage(string text, ServerCallContext context) => Task.FromResult(text);
}

public sealed class BillingService
{
    public Task<string> Charge(string invoice, ServerCallContext context) => Task.FromResult(invoice);
}

public static class GrpcSetup
{
    public static void Register(IServiceCollection services) => REGISTRATION;
}";

        [Fact]
        public async Task GrpcInterceptor_AddedForOneService_GuardsOnlyThatService()
        {
            await Verify.VerifyAsync(Id, new[] { GrpcStubs, GrpcRegistrationStubs, RegionInterceptor(MessengerAndBilling.Replace("REGISTRATION",
                "services.AddGrpc(o => { }).AddServiceOptions<MessengerService>(o => o.Interceptors.Add<RegionInterceptor>())")) },
                WholeApp("gRPC interceptor 'RegionInterceptor'", "'MessengerService.SendMessage'",
                    "instant messaging, inferred from the method name 'SendMessage'; confirm with [CommunicationService(\"instant-messaging\")] or declare the right category"));
        }

        [Fact]
        public async Task GrpcInterceptor_AddedOnlyForBilling_IsSilent()
        {
            await Verify.VerifyAsync(Id, new[] { GrpcStubs, GrpcRegistrationStubs, RegionInterceptor(MessengerAndBilling.Replace("REGISTRATION",
                "services.AddGrpc(o => { }).AddServiceOptions<BillingService>(o => o.Interceptors.Add<RegionInterceptor>())")).Replace("{|#0:", string.Empty).Replace("|}", string.Empty) });
        }

        [Fact]
        public async Task GrpcInterceptor_AddedServerWide_GuardsEveryService()
        {
            await Verify.VerifyAsync(Id, new[] { GrpcStubs, GrpcRegistrationStubs, RegionInterceptor(MessengerAndBilling.Replace("REGISTRATION",
                "services.AddGrpc(o => o.Interceptors.Add<RegionInterceptor>()).AddServiceOptions<BillingService>(o => o.Interceptors.Add<RegionInterceptor>())")) },
                WholeApp("gRPC interceptor 'RegionInterceptor'", "'MessengerService.SendMessage'",
                    "instant messaging, inferred from the method name 'SendMessage'; confirm with [CommunicationService(\"instant-messaging\")] or declare the right category"));
        }

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
