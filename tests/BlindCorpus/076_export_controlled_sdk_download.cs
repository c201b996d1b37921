// expect: ok download of a crypto SDK source package classified ECCN 5D002 (License Exception ENC, not EAR99/5D992.c) is refused for embargoed destinations CU, IR, KP, SY; export-controlled items stay prohibited
// modelled-on: hauke/philips-hue-bsb002 README.md (paraphrased, not copied; its 5D002 export-control download notice turned into a realistic download controller)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
namespace BlindCorpus.Case076;

using Microsoft.AspNetCore.Mvc;

public enum ExportClassification
{
    Ear99,
    Eccn5D992C,
    Eccn5D002,
}

public sealed record ReleaseArtifact(string FileName, string Version, ExportClassification Classification);

[ApiController]
[Route("downloads/sdk")]
public class SdkDownloadController : ControllerBase
{
    // EAR Country Group E:1/E:2 destinations for 5D002 items.
    private static readonly string[] EmbargoedDestinations = ["CU", "IR", "KP", "SY"];

    private static readonly Dictionary<string, ReleaseArtifact> Artifacts = new()
    {
        ["fips-crypto-module-src"] = new("fips-crypto-module-3.2-src.tar.gz", "3.2", ExportClassification.Eccn5D002),
        ["docs"] = new("sdk-docs-3.2.zip", "3.2", ExportClassification.Ear99),
    };

    [HttpGet("{artifactId}")]
    public IActionResult Download(string artifactId, [FromHeader(Name = "CF-IPCountry")] string? country)
    {
        if (!Artifacts.TryGetValue(artifactId, out var artifact))
        {
            return NotFound();
        }

        var destination = country?.Trim().ToUpperInvariant();
        if (artifact.Classification == ExportClassification.Eccn5D002
            && destination is not null
            && EmbargoedDestinations.Contains(destination))
        {
            return StatusCode(StatusCodes.Status451UnavailableForLegalReasons,
                "This package is subject to U.S. export controls (ECCN 5D002) and cannot be delivered to your location.");
        }

        var path = Path.Combine("releases", artifact.FileName);
        return PhysicalFile(Path.GetFullPath(path), "application/octet-stream", artifact.FileName);
    }
}
