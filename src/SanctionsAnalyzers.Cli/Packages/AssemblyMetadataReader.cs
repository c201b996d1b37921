using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace SanctionsAnalyzers.Cli.Packages
{
    /// <summary>Reads <c>[assembly: AssemblyMetadata(key, value)]</c> attributes with System.Reflection.Metadata (no loading).</summary>
    public static class AssemblyMetadataReader
    {
        public const string VersionKey = "SanctionsAnalyzers.MetadataVersion";
        public const string CategoriesKey = "SanctionsAnalyzers.ServiceCategories";
        public const string ClassificationKey = "SanctionsAnalyzers.ExportClassification";

        /// <summary>Key → value of every AssemblyMetadata attribute, or null when the bytes are not a managed assembly.</summary>
        public static Dictionary<string, string?>? Read(byte[] bytes)
        {
            try
            {
                using var pe = new PEReader(ImmutableArray.Create(bytes));
                if (!pe.HasMetadata)
                {
                    return null;
                }

                var reader = pe.GetMetadataReader();
                if (!reader.IsAssembly)
                {
                    return null;
                }

                var result = new Dictionary<string, string?>(StringComparer.Ordinal);
                foreach (var handle in reader.GetAssemblyDefinition().GetCustomAttributes())
                {
                    var attribute = reader.GetCustomAttribute(handle);
                    if (!IsAssemblyMetadataAttribute(reader, attribute))
                    {
                        continue;
                    }

                    var blob = reader.GetBlobReader(attribute.Value);
                    if (blob.Length < 2 || blob.ReadUInt16() != 1)
                    {
                        continue;
                    }

                    var key = blob.ReadSerializedString();
                    var value = blob.ReadSerializedString();
                    if (key is not null)
                    {
                        result[key] = value;
                    }
                }

                return result;
            }
            catch (Exception e) when (e is BadImageFormatException or InvalidOperationException or ArgumentException)
            {
                return null;
            }
        }

        private static bool IsAssemblyMetadataAttribute(MetadataReader reader, CustomAttribute attribute)
        {
            EntityHandle type;
            switch (attribute.Constructor.Kind)
            {
                case HandleKind.MemberReference:
                    type = reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent;
                    break;
                case HandleKind.MethodDefinition:
                    type = reader.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType();
                    break;
                default:
                    return false;
            }

            string name;
            string ns;
            switch (type.Kind)
            {
                case HandleKind.TypeReference:
                    var reference = reader.GetTypeReference((TypeReferenceHandle)type);
                    name = reader.GetString(reference.Name);
                    ns = reader.GetString(reference.Namespace);
                    break;
                case HandleKind.TypeDefinition:
                    var definition = reader.GetTypeDefinition((TypeDefinitionHandle)type);
                    name = reader.GetString(definition.Name);
                    ns = reader.GetString(definition.Namespace);
                    break;
                default:
                    return false;
            }

            return name == "AssemblyMetadataAttribute" && ns == "System.Reflection";
        }
    }
}
