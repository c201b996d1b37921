using Microsoft.CodeAnalysis;

namespace SanctionsAnalyzers.Model
{
    /// <summary>What a signal really measures.</summary>
    internal enum SignalKind
    {
        /// <summary>Where the request comes from: IP geolocation, CDN geo headers.</summary>
        Location,

        /// <summary>What the user declared: profile, billing address, country claim.</summary>
        DeclaredResidence,

        /// <summary>Proxy: the phone number's calling code.</summary>
        PhonePrefix,

        /// <summary>Proxy: the region a phone number was issued in ("IR" from libphonenumber).</summary>
        PhoneRegion,

        /// <summary>Proxy: culture, language or the region derived from them.</summary>
        Culture,

        /// <summary>Proxy: the device's time zone.</summary>
        TimeZone,

        /// <summary>Proxy: the currency used.</summary>
        Currency,

        /// <summary>Proxy: the country-code top-level domain of an e-mail address or host.</summary>
        TopLevelDomain,
    }

    internal static class SignalKindExtensions
    {
        /// <summary>A proxy stands in for location: it hits people outside the jurisdiction and misses people inside.</summary>
        public static bool IsProxy(this SignalKind kind) => kind >= SignalKind.PhonePrefix;

        /// <summary>Wording for messages: "phone number prefix".</summary>
        public static string Describe(this SignalKind kind) => kind switch
        {
            SignalKind.Location => "location",
            SignalKind.DeclaredResidence => "declared residence",
            SignalKind.PhonePrefix => "phone number prefix",
            SignalKind.PhoneRegion => "phone number region",
            SignalKind.Culture => "culture or language",
            SignalKind.TimeZone => "time zone",
            SignalKind.Currency => "currency",
            _ => "top-level domain",
        };

        /// <summary>Which identifier forms a comparison with this kind of signal can mean.</summary>
        public static bool Accepts(this SignalKind kind, IdentifierKind identifier) => kind switch
        {
            SignalKind.Location or SignalKind.DeclaredResidence =>
                identifier is IdentifierKind.Alpha2 or IdentifierKind.Alpha3 or IdentifierKind.Numeric or IdentifierKind.Name or IdentifierKind.Subdivision,
            SignalKind.PhonePrefix => identifier == IdentifierKind.CallingCode,
            SignalKind.PhoneRegion => identifier is IdentifierKind.Alpha2,
            SignalKind.Culture => identifier is IdentifierKind.Culture or IdentifierKind.Language or IdentifierKind.Alpha2 or IdentifierKind.Alpha3 or IdentifierKind.Name,
            SignalKind.TimeZone => identifier == IdentifierKind.TimeZone,
            SignalKind.Currency => identifier == IdentifierKind.Currency,
            _ => identifier == IdentifierKind.TopLevelDomain,
        };
    }

    /// <summary>An expression that tells where a user is, or is taken to be.</summary>
    internal sealed class Signal
    {
        public Signal(SignalKind kind, string description, IOperation operation)
        {
            Kind = kind;
            Description = description;
            Operation = operation;
        }

        public SignalKind Kind { get; }

        /// <summary>Readable origin for messages: "MaxMind GeoIP2 Country.IsoCode", "header CF-IPCountry (Cloudflare)".</summary>
        public string Description { get; }

        public IOperation Operation { get; }
    }
}
