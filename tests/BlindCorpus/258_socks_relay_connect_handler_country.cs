// expect: warn A SOCKS5 relay plugin (the relay is offered so users can get around network censorship) rejects the client connection in its connect handler when the client's IP resolves to IR, CU, SY or KP, cutting Iranian users off an anti-censorship proxy tool that is authorized for Iran.
// modelled-on: zacbre/Socks5 socks5/socks5/ExamplePlugins/ClientConnectHandlerExample.cs (paraphrased, not copied; the loopback-only example handler became a country check through an injected resolver with a switch statement)
// packages: Microsoft.AspNetCore.App (framework reference) (plugin base classes stubbed in file)
// source: blind

namespace BlindCorpus.Case258
{
    using System.Net;
    using System.Net.Sockets;

    // --- stubs of the relay's plugin API ---
    public sealed class RelayClient
    {
        public RelayClient(Socket socket) => Sock = socket;
        public Socket Sock { get; }
    }

    public abstract class ClientConnectedHandler
    {
        public abstract bool Enabled { get; set; }
        public abstract bool OnConnect(RelayClient client, IPEndPoint endpoint);
    }
    // --- end stubs ---

    public interface IIpCountryResolver
    {
        string? ResolveIso2(IPAddress address);
    }

    public sealed class RegionConnectHandler : ClientConnectedHandler
    {
        private readonly IIpCountryResolver _resolver;
        private int _rejected;

        public RegionConnectHandler(IIpCountryResolver resolver) => _resolver = resolver;

        public override bool Enabled { get; set; } = true;

        public int Rejected => _rejected;

        public override bool OnConnect(RelayClient client, IPEndPoint endpoint)
        {
            if (IPAddress.IsLoopback(endpoint.Address))
            {
                return true;
            }

            var country = _resolver.ResolveIso2(endpoint.Address)?.ToUpperInvariant();

            switch (country)
            {
                case "IR":
                case "CU":
                case "SY":
                case "KP":
                    Interlocked.Increment(ref _rejected);
                    // deny the connection; the relay closes client.Sock for us
                    return false;
                default:
                    return true;
            }
        }
    }

    public sealed class RelayPluginLoader
    {
        private readonly List<ClientConnectedHandler> _handlers = new();

        public void Add(ClientConnectedHandler handler) => _handlers.Add(handler);

        public bool Accept(Socket socket)
        {
            var client = new RelayClient(socket);
            var endpoint = (IPEndPoint)socket.RemoteEndPoint!;
            foreach (var handler in _handlers.Where(h => h.Enabled))
            {
                if (!handler.OnConnect(client, endpoint))
                {
                    socket.Close();
                    return false;
                }
            }

            return true;
        }
    }
}
