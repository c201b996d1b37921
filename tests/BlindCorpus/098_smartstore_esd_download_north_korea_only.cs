// expect: ok purchased software download is refused when the downloader's GeoIP country is North Korea (KP only, a variation added to the real download checks); no general license covers KP
// modelled-on: smartstore/Smartstore src/Smartstore.Web/Controllers/DownloadController.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
using System.Net;
using MaxMind.GeoIP2;
using Microsoft.AspNetCore.Mvc;

namespace BlindCorpus.Case098;

public sealed class OrderItem
{
    public Guid OrderItemGuid { get; set; }
    public int CustomerId { get; set; }
    public int DownloadCount { get; set; }
    public int MaxNumberOfDownloads { get; set; }
    public bool UnlimitedDownloads { get; set; }
    public bool IsPaid { get; set; }
    public string? FilePath { get; set; }
}

public interface IOrderItemStore
{
    Task<OrderItem?> FindAsync(Guid id);
    Task SaveAsync(OrderItem item);
}

public class DownloadController : Controller
{
    private readonly IOrderItemStore _items;
    private readonly DatabaseReader _geo;

    public DownloadController(IOrderItemStore items, DatabaseReader geo)
    {
        _items = items;
        _geo = geo;
    }

    public async Task<IActionResult> GetDownload(Guid id, bool agree = false)
    {
        if (id == Guid.Empty)
            return NotFound();

        var orderItem = await _items.FindAsync(id);
        if (orderItem == null)
            return NotFound();

        var errors = new List<string>();

        if (!orderItem.IsPaid)
            errors.Add("Download is not allowed.");

        var ip = HttpContext.Connection.RemoteIpAddress ?? IPAddress.None;
        if (_geo.TryCountry(ip, out var geo) && geo?.Country.IsoCode == "KP")
            errors.Add("This download is not available in your region.");

        if (!orderItem.UnlimitedDownloads && orderItem.DownloadCount >= orderItem.MaxNumberOfDownloads)
            errors.Add($"You have reached the maximum number of downloads ({orderItem.MaxNumberOfDownloads}).");

        if (errors.Count > 0)
        {
            TempData["errors"] = string.Join("\n", errors);
            return RedirectToAction("UserAgreement", "Customer", new { id });
        }

        orderItem.DownloadCount++;
        await _items.SaveAsync(orderItem);
        return PhysicalFile(orderItem.FilePath!, "application/octet-stream");
    }
}
