using System.Collections.Generic;
using SanctionsAnalyzers.IntegrationTests.Infrastructure;
using Xunit;

namespace SanctionsAnalyzers.IntegrationTests
{
    /// <summary>
    /// dotnet build against the packed package: a gRPC server interceptor that classifies the caller's country with a
    /// switch expression guards the services behind it (warned in front of a messenger, silent in front of billing), and a
    /// shared call policy that names nothing takes its category from the feature that calls it.
    /// </summary>
    [Collection(PackedPackageCollection.Name)]
    public class RegistrationAndSummaryBuildTests
    {
        private const string GrpcStubs = """
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
                public abstract class ServerCallContext { public abstract IDictionary<string, string> Headers { get; } }
                public delegate Task<TResponse> UnaryServerMethod<TRequest, TResponse>(TRequest request, ServerCallContext context);
            }

            namespace Grpc.Core.Interceptors
            {
                public abstract class Interceptor
                {
                    public virtual Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, Grpc.Core.ServerCallContext context, Grpc.Core.UnaryServerMethod<TRequest, TResponse> continuation)
                        where TRequest : class where TResponse : class => continuation(request, context);
                }
            }
            """;

        private const string Interceptor = """
            using Grpc.Core;
            using Grpc.Core.Interceptors;

            public enum Admission { Allowed, Embargoed }

            public sealed class RegionInterceptor : Interceptor
            {
                private static Admission Classify(string? country) => country?.ToUpperInvariant() switch
                {
                    "IR" or "CU" => Admission.Embargoed,
                    _ => Admission.Allowed,
                };

                public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
                {
                    context.Headers.TryGetValue("cf-ipcountry", out var country);
                    if (Classify(country) == Admission.Embargoed)
                    {
                        throw new RpcException(new Status(StatusCode.PermissionDenied, "unavailable in your region"));
                    }

                    return base.UnaryServerHandler(request, context, continuation);
                }
            }
            """;

        private const string CallPolicy = """
            public sealed record CallCapabilities(int MaxHeight, bool ScreenShare);

            public static class CallPolicy
            {
                public static CallCapabilities For(string? countryCode)
                {
                    if (countryCode == "IR") return new CallCapabilities(240, false);
                    return new CallCapabilities(1080, true);
                }
            }

            public sealed class VideoRoomService
            {
                public string JoinRoom(string roomId, string? viewerCountry) => roomId + " at " + CallPolicy.For(viewerCountry).MaxHeight + "p";
            }
            """;

        private readonly PackedPackageFixture _package;

        public RegistrationAndSummaryBuildTests(PackedPackageFixture package) => _package = package;

        [Fact]
        public void InterceptorInFrontOfAMessenger_AndACallPolicyAskedByVideoRooms_AreWarned()
        {
            using var consumer = new ConsumerProject(_package, new Dictionary<string, string>
            {
                ["Program.cs"] = "var app = WebApplication.CreateBuilder(args).Build();\napp.Run();\n",
                ["GrpcStubs.cs"] = GrpcStubs,
                ["RegionInterceptor.cs"] = Interceptor,
                ["MessengerService.cs"] = "public sealed class MessengerService\n{\n    public Task<string> SendMessage(string text, Grpc.Core.ServerCallContext context) => Task.FromResult(text);\n}\n",
                ["CallPolicy.cs"] = CallPolicy,
            });

            var result = consumer.Build();

            DotnetAssert.Succeeded(result);
            DotnetAssert.Contains("in gRPC interceptor 'RegionInterceptor' denies 'MessengerService.SendMessage'", result);
            DotnetAssert.Contains("degrades 'CallPolicy.For' (video conferencing, inferred from its caller VideoRoomService.JoinRoom", result);
        }

        [Fact]
        public void InterceptorInFrontOfBillingOnly_IsSilent()
        {
            using var consumer = new ConsumerProject(_package, new Dictionary<string, string>
            {
                ["Program.cs"] = "var app = WebApplication.CreateBuilder(args).Build();\napp.Run();\n",
                ["GrpcStubs.cs"] = GrpcStubs,
                ["RegionInterceptor.cs"] = Interceptor,
                ["BillingService.cs"] = "public sealed class BillingService\n{\n    public Task<string> Charge(string invoice, Grpc.Core.ServerCallContext context) => Task.FromResult(invoice);\n}\n",
            });

            var result = consumer.Build();

            DotnetAssert.Succeeded(result);
            DotnetAssert.DoesNotContain("SANC1001", result);
        }
    }
}
