using System;

namespace SanctionsAnalyzers.Model
{
    /// <summary>A service category of the policy map, e.g. <c>instant-messaging</c> or <c>payments</c>.</summary>
    internal sealed class ServiceCategory : IEquatable<ServiceCategory>
    {
        public ServiceCategory(string id, string displayName)
        {
            Id = id;
            DisplayName = displayName;
        }

        /// <summary>Stable key used in configuration, attributes and package metadata.</summary>
        public string Id { get; }

        /// <summary>Human wording used in messages ("instant messaging").</summary>
        public string DisplayName { get; }

        public bool Equals(ServiceCategory? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);

        public override bool Equals(object? obj) => Equals(obj as ServiceCategory);

        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

        public override string ToString() => Id;
    }
}
