using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace SanctionsAnalyzers.IntegrationTests.Infrastructure
{
    /// <summary>
    /// Reads the <c>[assembly: AssemblyMetadata(key, value)]</c> attributes of an assembly image with
    /// System.Reflection.Metadata: nothing is loaded or run.
    /// </summary>
    internal static class AssemblyMetadataReader
    {
        public static IReadOnlyList<KeyValuePair<string, string?>> Read(Stream image)
        {
            using var copy = new MemoryStream();
            image.CopyTo(copy);
            copy.Position = 0;
            using var pe = new PEReader(copy);
            var reader = pe.GetMetadataReader();

            var pairs = new List<KeyValuePair<string, string?>>();
            foreach (var handle in reader.GetAssemblyDefinition().GetCustomAttributes())
            {
                var attribute = reader.GetCustomAttribute(handle);
                if (AttributeTypeName(reader, attribute) != "System.Reflection.AssemblyMetadataAttribute")
                {
                    continue;
                }

                var value = attribute.DecodeValue(StringTypeProvider.Instance);
                if (value.FixedArguments.Length == 2 && value.FixedArguments[0].Value is string key)
                {
                    pairs.Add(new KeyValuePair<string, string?>(key, value.FixedArguments[1].Value as string));
                }
            }

            return pairs;
        }

        private static string? AttributeTypeName(MetadataReader reader, CustomAttribute attribute)
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
                    return null;
            }

            switch (type.Kind)
            {
                case HandleKind.TypeReference:
                    var reference = reader.GetTypeReference((TypeReferenceHandle)type);
                    return reader.GetString(reference.Namespace) + "." + reader.GetString(reference.Name);
                case HandleKind.TypeDefinition:
                    var definition = reader.GetTypeDefinition((TypeDefinitionHandle)type);
                    return reader.GetString(definition.Namespace) + "." + reader.GetString(definition.Name);
                default:
                    return null;
            }
        }

        /// <summary>Enough of a type provider to decode attributes whose arguments are strings and primitives.</summary>
        private sealed class StringTypeProvider : ICustomAttributeTypeProvider<string>
        {
            public static readonly StringTypeProvider Instance = new StringTypeProvider();

            public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode.ToString();

            public string GetSystemType() => "System.Type";

            public string GetSZArrayType(string elementType) => elementType + "[]";

            public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) =>
                reader.GetString(reader.GetTypeDefinition(handle).Name);

            public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) =>
                reader.GetString(reader.GetTypeReference(handle).Name);

            public string GetTypeFromSerializedName(string name) => name;

            public PrimitiveTypeCode GetUnderlyingEnumType(string type) =>
                throw new NotSupportedException("Enum arguments are not expected in AssemblyMetadata attributes: " + type);

            public bool IsSystemType(string type) => type == "System.Type";
        }
    }
}
