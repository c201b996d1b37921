using System.Collections.Generic;
using SanctionsAnalyzers.IntegrationTests.Infrastructure;
using Xunit;

namespace SanctionsAnalyzers.IntegrationTests
{
    /// <summary>
    /// dotnet build against the packed package, with the real Grpc.AspNetCore.Server package: an interceptor registered
    /// for one service with <c>AddServiceOptions&lt;TService&gt;(o =&gt; o.Interceptors.Add&lt;T&gt;())</c> guards that service
    /// only: warned in front of a messenger, silent when it is registered for billing alone.
    /// </summary>
    [Collection(PackedPackageCollection.Name)]
    public class GrpcServiceOptionsBuildTests
    {
        private const string Interceptor = """
            using Grpc.Core;
            using Grpc.Core.Interceptors;

            public sealed class RegionInterceptor : Interceptor
            {
                public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
                {
                    var country = context.RequestHeaders.GetValue("cf-ipcountry");
                    if (country == "IR")
                    {
                        throw new RpcException(new Status(StatusCode.PermissionDenied, "unavailable in your region"));
                    }

                    return await continuation(request, context);
                }
            }

            public sealed class MessengerService
            {
                public Task<string> SendMessage(string text, ServerCallContext context) => Task.FromResult(text);
            }

            public sealed class BillingService
            {
                public Task<string> Charge(string invoice, ServerCallContext context) => Task.FromResult(invoice);
            }
            """;

        private readonly PackedPackageFixture _package;

        public GrpcServiceOptionsBuildTests(PackedPackageFixture package) => _package = package;

        [Fact]
        public void InterceptorRegisteredForTheMessenger_IsWarned()
        {
            using var consumer = Consumer("MessengerService");

            var result = consumer.Build();

            DotnetAssert.Succeeded(result);
            DotnetAssert.Contains("in gRPC interceptor 'RegionInterceptor' denies 'MessengerService.SendMessage'", result);
            DotnetAssert.DoesNotContain("BillingService.Charge", result);
        }

        [Fact]
        public void InterceptorRegisteredForBillingOnly_IsSilent()
        {
            using var consumer = Consumer("BillingService");

            var result = consumer.Build();

            DotnetAssert.Succeeded(result);
            DotnetAssert.DoesNotContain("SANC1001", result);
        }

        private ConsumerProject Consumer(string guardedService) => new ConsumerProject(
            _package,
            new Dictionary<string, string>
            {
                ["Program.cs"] = "var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddGrpc().AddServiceOptions<" + guardedService + ">(o => o.Interceptors.Add<RegionInterceptor>());\nvar app = builder.Build();\napp.Run();\n",
                ["RegionInterceptor.cs"] = Interceptor,
            },
            new ConsumerOptions
            {
                PackageReferences = new Dictionary<string, string> { ["Grpc.AspNetCore.Server"] = "2.85.0" },
                UseNuGetOrg = true,
            });
    }
}
