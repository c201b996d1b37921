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

        /// <summary>A proxy: phone prefix, culture or language, time zone, currency, TLD.</summary>
        Proxy,
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

        /// <summary>Readable origin for messages: "MaxMind Country.IsoCode", "header CF-IPCountry".</summary>
        public string Description { get; }

        public IOperation Operation { get; }
    }
}
