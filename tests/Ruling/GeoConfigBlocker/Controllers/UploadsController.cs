using GeoConfigBlocker.Services;
using Microsoft.AspNetCore.Mvc;

namespace GeoConfigBlocker.Controllers;

/// <summary>Attachments for support tickets (screenshots, logs).</summary>
[ApiController]
[Route("api/uploads")]
public sealed class UploadsController : ControllerBase
{
    private readonly ComplianceListProvider _compliance;
    private readonly IWebHostEnvironment _environment;

    public UploadsController(ComplianceListProvider compliance, IWebHostEnvironment environment)
    {
        _compliance = compliance;
        _environment = environment;
    }

    [HttpPost("{ticketId}")]
    [RequestSizeLimit(20 * 1024 * 1024)]
    public async Task<IActionResult> Upload(string ticketId, IFormFile file, CancellationToken cancellationToken)
    {
        var country = Request.Headers["X-Vercel-IP-Country"].ToString();
        if (_compliance.AdditionalBlockedCountries.Contains(country))
        {
            return Forbid();
        }

        var folder = Path.Combine(_environment.ContentRootPath, "uploads", ticketId);
        Directory.CreateDirectory(folder);
        await using var target = System.IO.File.Create(Path.Combine(folder, Path.GetFileName(file.FileName)));
        await file.CopyToAsync(target, cancellationToken);
        return Created($"/api/uploads/{ticketId}/{file.FileName}", null);
    }
}
