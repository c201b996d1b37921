// expect: info A hand-rolled request pipeline puts an authorization handler in front of the direct-messaging endpoint that throws when the caller's country is on a banned list loaded from a country repository (rows flagged IsBanned); which jurisdictions are banned cannot be known from the code, and the gated feature is messaging.
// modelled-on: devblogs-ir/MicroWebFramework sources/HassanTaherian/MicroWebFramework/Handlers/AuthorizationHandler.cs (paraphrased, not copied; the chain-of-responsibility handler and repository-backed IpService now guard a direct-message endpoint and look up ISO codes instead of numeric prefixes)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case244
{
    public sealed record Country(string IsoCode, string Name, bool IsBanned);

    public sealed class PipelineContext
    {
        public string IpAddress { get; init; } = "";
        public string Path { get; init; } = "";
        public string Body { get; init; } = "";
        public int StatusCode { get; set; } = 200;
        public string? ResponseText { get; set; }
    }

    public interface ICountryRepository
    {
        IReadOnlyList<Country> FetchAll();
    }

    public interface IIpLocator
    {
        string? CountryOf(string ip);
    }

    public sealed class AccessingFromBannedCountryException : Exception
    {
        public AccessingFromBannedCountryException(string? countryName)
            : base($"Access from {countryName ?? "your country"} is not allowed.")
        {
        }
    }

    public interface IIpService
    {
        bool IsOriginFromBannedCountries(string ip);
        Country? GetOriginCountry(string ip);
    }

    public sealed class IpService : IIpService
    {
        private readonly IIpLocator _locator;
        private readonly IDictionary<string, Country> _blackList;

        public IpService(ICountryRepository repository, IIpLocator locator)
        {
            _locator = locator;
            _blackList = repository.FetchAll()
                .Where(c => c.IsBanned)
                .ToDictionary(c => c.IsoCode, StringComparer.OrdinalIgnoreCase);
        }

        public bool IsOriginFromBannedCountries(string ip)
        {
            var iso = _locator.CountryOf(ip);
            return iso is not null && _blackList.ContainsKey(iso);
        }

        public Country? GetOriginCountry(string ip)
        {
            var iso = _locator.CountryOf(ip);
            return iso is not null && _blackList.TryGetValue(iso, out var c) ? c : null;
        }
    }

    public abstract class BaseHandler
    {
        protected Action<PipelineContext>? next;

        public void SetNext(Action<PipelineContext> nextStep) => next = nextStep;

        public abstract void Handle(PipelineContext context);
    }

    public sealed class ExceptionHandler : BaseHandler
    {
        public override void Handle(PipelineContext context)
        {
            try
            {
                next?.Invoke(context);
            }
            catch (AccessingFromBannedCountryException ex)
            {
                context.StatusCode = 403;
                context.ResponseText = ex.Message;
            }
        }
    }

    public sealed class CountryAuthorizationHandler : BaseHandler
    {
        private readonly IIpService _ipService;

        public CountryAuthorizationHandler(IIpService ipService) => _ipService = ipService;

        public override void Handle(PipelineContext context)
        {
            if (_ipService.IsOriginFromBannedCountries(context.IpAddress))
            {
                var origin = _ipService.GetOriginCountry(context.IpAddress);
                throw new AccessingFromBannedCountryException(origin?.Name);
            }

            next?.Invoke(context);
        }
    }

    public sealed class DirectMessageEndpointHandler : BaseHandler
    {
        private readonly List<string> _outbox = new();

        public override void Handle(PipelineContext context)
        {
            if (context.Path.StartsWith("/messages/direct", StringComparison.Ordinal))
            {
                _outbox.Add(context.Body);
                context.ResponseText = "delivered";
                return;
            }

            next?.Invoke(context);
        }
    }

    public static class MessagingPipeline
    {
        public static Action<PipelineContext> Build(IIpService ipService)
        {
            var exceptions = new ExceptionHandler();
            var authorization = new CountryAuthorizationHandler(ipService);
            var endpoint = new DirectMessageEndpointHandler();

            exceptions.SetNext(authorization.Handle);
            authorization.SetNext(endpoint.Handle);
            return exceptions.Handle;
        }
    }
}
