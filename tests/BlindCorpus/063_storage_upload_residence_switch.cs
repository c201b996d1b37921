// expect: warn cloud file storage refuses to issue direct-upload URLs for users whose country of residence is Iran, Cuba or North Korea (switch with several case labels); cloud storage behind communication services is authorized for IR/CU
// modelled-on: prmeyn/StorageConnector StorageConnector/Services/AWS/AmazonS3BucketService.cs (paraphrased, not copied; the residence switch is a realistic variation of its per-country bucket selection)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace EarthCountriesInfo
{
    public enum CountryIsoCode
    {
        CU, DE, DK, GB, IR, KP, NL, SE, US
    }
}

namespace BlindCorpus.Case063
{
    using EarthCountriesInfo;

    public readonly record struct CloudFileName(string Value);

    public sealed class UploadInfo
    {
        public required CloudFileName FileName { get; init; }
        public required string DirectUploadUrl { get; init; }
        public Dictionary<string, string> Headers { get; init; } = new();
        public string HttpMethod { get; init; } = "PUT";
    }

    public sealed class UploadNotPermittedException(CountryIsoCode country)
        : InvalidOperationException($"Uploads are not available for residents of {country}.");

    public sealed class BucketSettings
    {
        public Dictionary<CountryIsoCode, string> CountryIsoCodeMapToBucket { get; init; } = new();
        public List<string> Buckets { get; init; } = new();
        public string Endpoint { get; init; } = "https://objects.example.net";
    }

    public sealed class ObjectStorageService(BucketSettings settings, ILogger<ObjectStorageService> logger)
    {
        public Task<UploadInfo> GenerateDirectUploadInfo(
            CountryIsoCode countryOfResidenceIsoCode,
            CloudFileName fileReferenceWithPath,
            string contentType,
            int expiryInMinutes = 60)
        {
            switch (countryOfResidenceIsoCode)
            {
                case CountryIsoCode.IR:
                case CountryIsoCode.CU:
                case CountryIsoCode.KP:
                    logger.LogWarning("Upload refused for residence {Country}", countryOfResidenceIsoCode);
                    throw new UploadNotPermittedException(countryOfResidenceIsoCode);
                default:
                    break;
            }

            var (bucketName, endpoint) = SelectBucket(countryOfResidenceIsoCode);
            var expires = DateTimeOffset.UtcNow.AddMinutes(expiryInMinutes).ToUnixTimeSeconds();
            var url = $"{endpoint}/{bucketName}/{Uri.EscapeDataString(fileReferenceWithPath.Value)}?X-Expires={expires}";

            return Task.FromResult(new UploadInfo
            {
                FileName = fileReferenceWithPath,
                DirectUploadUrl = url,
                Headers = new Dictionary<string, string> { ["Content-Type"] = contentType },
            });
        }

        private (string BucketName, string Endpoint) SelectBucket(CountryIsoCode country)
        {
            if (settings.CountryIsoCodeMapToBucket.TryGetValue(country, out var mapped)
                && settings.Buckets.Contains(mapped))
            {
                return (mapped, settings.Endpoint);
            }

            return (settings.Buckets[0], settings.Endpoint);
        }
    }
}
