// expect: warn A gRPC-style social-feed service's CreatePost override finds the author's host country through an IHostGeolocation service and, when FirstOrDefault finds it in a record list of sanctioned regions (Iran, Syria, North Korea, Cuba), rejects the post with a permission-denied fault, so people in Iran cannot publish on the social network (social media is an authorized communication service).
// modelled-on: bvadeveloper/foxy src/packages/Geolocation/Platform.Geolocation.HostGeolocation/IHostGeolocation.cs (paraphrased, not copied; the ValueTask<string> FindCountryCode(IPAddress) abstraction now feeds a region check inside an RPC service stub)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case253
{
    using System.Net;

    public interface IHostGeolocation
    {
        ValueTask<string> FindCountryCode(IPAddress ipAddress);
    }

    public sealed record SanctionedRegion(string Code, string Name);

    public sealed class CallContext
    {
        public CallContext(IPAddress peer, string userId)
        {
            Peer = peer;
            UserId = userId;
        }

        public IPAddress Peer { get; }
        public string UserId { get; }
    }

    public enum FaultCode
    {
        PermissionDenied,
        InvalidArgument,
    }

    public sealed class RpcFault : Exception
    {
        public RpcFault(FaultCode code, string detail)
            : base(detail) => Code = code;

        public FaultCode Code { get; }
    }

    public sealed record CreatePostRequest(string Body, IReadOnlyList<string> MediaIds);

    public sealed record CreatePostReply(string PostId, DateTimeOffset CreatedAt);

    public abstract class FeedServiceBase
    {
        public virtual Task<CreatePostReply> CreatePost(CreatePostRequest request, CallContext context) =>
            throw new RpcFault(FaultCode.InvalidArgument, "Not implemented");
    }

    public sealed class FeedService : FeedServiceBase
    {
        private static readonly IReadOnlyList<SanctionedRegion> Regions = new[]
        {
            new SanctionedRegion("IR", "Iran"),
            new SanctionedRegion("SY", "Syria"),
            new SanctionedRegion("KP", "North Korea"),
            new SanctionedRegion("CU", "Cuba"),
        };

        private readonly IHostGeolocation _geo;

        public FeedService(IHostGeolocation geo) => _geo = geo;

        public override async Task<CreatePostReply> CreatePost(CreatePostRequest request, CallContext context)
        {
            if (string.IsNullOrWhiteSpace(request.Body) && request.MediaIds.Count == 0)
            {
                throw new RpcFault(FaultCode.InvalidArgument, "Empty post");
            }

            var code = await _geo.FindCountryCode(context.Peer);
            var region = Regions.FirstOrDefault(r => r.Code == code);
            if (region is not null)
            {
                throw new RpcFault(FaultCode.PermissionDenied, $"Posting is not available in {region.Name}.");
            }

            return new CreatePostReply(Guid.NewGuid().ToString("N"), DateTimeOffset.UtcNow);
        }
    }
}
