// expect: warn An Orleans chat-room ChannelGrain refuses Join for members whose MaxMind country (resolved by the web front end and carried in the ChatMember record) is in a hard-coded IR/CU/KP set, and the join endpoint turns the rejection into 403; group chat is an authorized communication service for Iran and Cuba.
// modelled-on: dotnet/orleans samples/ChatRoom/ChatRoom.Service/ChannelGrain.cs + samples/ChatRoom/ChatRoom.Common/IChannelGrain.cs (paraphrased, not copied; the member-country rule and the HTTP front end are a realistic variation)
// packages: Microsoft.AspNetCore.App (framework reference), MaxMind.GeoIP2 6.1.0, Microsoft.Orleans.Server (stubbed in file)
// source: blind

namespace Orleans
{
    public interface IGrain { }
    public interface IGrainWithStringKey : IGrain { }

    public interface IGrainFactory
    {
        TGrainInterface GetGrain<TGrainInterface>(string primaryKey, string? grainClassNamePrefix = null) where TGrainInterface : IGrainWithStringKey;
    }

    public abstract class Grain
    {
        internal string Key { get; set; } = "";
        public virtual Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        protected Streams.IStreamProvider GetStreamProvider(string name) => throw new NotSupportedException(name);
    }

    public static class GrainExtensions
    {
        public static string GetPrimaryKeyString(this Grain grain) => grain.Key;
    }
}

namespace Orleans.Streams
{
    public interface IAsyncStream<in T>
    {
        Guid Guid { get; }
        Task OnNextAsync(T item);
    }

    public interface IStreamProvider
    {
        IAsyncStream<T> GetStream<T>(Guid id, string streamNamespace);
    }
}

namespace BlindCorpus.Case217
{
    using System.Net;
    using MaxMind.GeoIP2;
    using Orleans;
    using Orleans.Streams;

    public sealed record ChatMsg(string Author, string Text)
    {
        public DateTimeOffset Created { get; init; } = DateTimeOffset.UtcNow;
    }

    public sealed record ChatMember(string Nickname, string CountryIso);

    public sealed record JoinResult(bool Accepted, Guid StreamId, string? Reason)
    {
        public static JoinResult Ok(Guid id) => new(true, id, null);
        public static JoinResult Rejected(string reason) => new(false, Guid.Empty, reason);
    }

    public interface IChannelGrain : IGrainWithStringKey
    {
        Task<JoinResult> Join(ChatMember member);
        Task<Guid> Leave(string nickname);
        Task<bool> Message(ChatMsg msg);
        Task<ChatMsg[]> ReadHistory(int numberOfMessages);
        Task<string[]> GetMembers();
    }

    public class ChannelGrain : Grain, IChannelGrain
    {
        // regions where the chat product is "not offered"
        private static readonly HashSet<string> UnsupportedRegions = new(StringComparer.OrdinalIgnoreCase) { "IR", "CU", "KP" };

        private readonly List<ChatMsg> _messages = new(100);
        private readonly List<string> _onlineMembers = new(10);
        private IAsyncStream<ChatMsg> _stream = null!;

        public override Task OnActivateAsync(CancellationToken cancellationToken)
        {
            _stream = GetStreamProvider("chat").GetStream<ChatMsg>(Guid.NewGuid(), "default");
            return base.OnActivateAsync(cancellationToken);
        }

        private static bool CanJoin(ChatMember member) =>
            string.IsNullOrEmpty(member.CountryIso) || !UnsupportedRegions.Contains(member.CountryIso);

        public async Task<JoinResult> Join(ChatMember member)
        {
            if (!CanJoin(member))
                return JoinResult.Rejected("region-unsupported");

            _onlineMembers.Add(member.Nickname);
            await _stream.OnNextAsync(new ChatMsg("System", $"{member.Nickname} joins the chat '{this.GetPrimaryKeyString()}' ..."));
            return JoinResult.Ok(_stream.Guid);
        }

        public async Task<Guid> Leave(string nickname)
        {
            _onlineMembers.Remove(nickname);
            await _stream.OnNextAsync(new ChatMsg("System", $"{nickname} leaves the chat..."));
            return _stream.Guid;
        }

        public async Task<bool> Message(ChatMsg msg)
        {
            _messages.Add(msg);
            await _stream.OnNextAsync(msg);
            return true;
        }

        public Task<string[]> GetMembers() => Task.FromResult(_onlineMembers.ToArray());

        public Task<ChatMsg[]> ReadHistory(int numberOfMessages) =>
            Task.FromResult(_messages.OrderByDescending(m => m.Created).Take(numberOfMessages).OrderBy(m => m.Created).ToArray());
    }

    public sealed class GeoCountryResolver
    {
        private readonly DatabaseReader _reader;

        public GeoCountryResolver(DatabaseReader reader) => _reader = reader;

        public string Resolve(IPAddress? address)
        {
            if (address is null || IPAddress.IsLoopback(address))
                return "";
            return _reader.TryCountry(address, out var response) ? response?.Country.IsoCode ?? "" : "";
        }
    }

    public sealed record JoinRequest(string Nickname);

    public static class ChatEndpoints
    {
        public static IEndpointRouteBuilder MapChatRooms(this IEndpointRouteBuilder app)
        {
            var rooms = app.MapGroup("/rooms");

            rooms.MapPost("/{channel}/join", async (string channel, JoinRequest body, HttpContext http, IGrainFactory grains, GeoCountryResolver geo) =>
            {
                var member = new ChatMember(body.Nickname, geo.Resolve(http.Connection.RemoteIpAddress));
                var result = await grains.GetGrain<IChannelGrain>(channel).Join(member);
                return result.Accepted
                    ? Results.Ok(new { stream = result.StreamId })
                    : Results.Problem(title: "Chat is not available in your region", statusCode: StatusCodes.Status403Forbidden);
            });

            rooms.MapPost("/{channel}/messages", async (string channel, ChatMsg msg, IGrainFactory grains) =>
                await grains.GetGrain<IChannelGrain>(channel).Message(msg) ? Results.Accepted() : Results.BadRequest());

            rooms.MapGet("/{channel}/history", async (string channel, IGrainFactory grains) =>
                Results.Ok(await grains.GetGrain<IChannelGrain>(channel).ReadHistory(50)));

            return app;
        }
    }
}
