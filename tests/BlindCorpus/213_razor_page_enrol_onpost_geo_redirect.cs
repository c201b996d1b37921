// expect: warn A Razor Pages course-enrolment handler (OnPostAsync) looks up the caller with MaxMind and redirects IR, CU and SY visitors to the AccessDeniedDueToIP page instead of enrolling them; e-learning is an authorized service for Iran and Cuba.
// modelled-on: VisualAcademy/VisualAcademy src/VisualAcademy/VisualAcademy/Pages/AccessDeniedDueToIP.cshtml.cs (paraphrased, not copied; the enrolment page that feeds it from a GeoIP lookup is a realistic variation)
// packages: Microsoft.AspNetCore.App (framework reference), MaxMind.GeoIP2 6.1.0
// source: blind

namespace BlindCorpus.Case213
{
    using System.ComponentModel.DataAnnotations;
    using System.Net;
    using MaxMind.GeoIP2;
    using Microsoft.AspNetCore.Authorization;
    using Microsoft.AspNetCore.Mvc;
    using Microsoft.AspNetCore.Mvc.RazorPages;

    public interface IVisitorCountry
    {
        string? IsoCode(IPAddress? address);
    }

    public sealed class MaxMindVisitorCountry : IVisitorCountry, IDisposable
    {
        private readonly DatabaseReader _reader;

        public MaxMindVisitorCountry(IWebHostEnvironment env) =>
            _reader = new DatabaseReader(Path.Combine(env.ContentRootPath, "App_Data", "GeoLite2-Country.mmdb"));

        public string? IsoCode(IPAddress? address)
        {
            if (address is null || IPAddress.IsLoopback(address)) return null;
            return _reader.TryCountry(address, out var response) ? response?.Country.IsoCode : null;
        }

        public void Dispose() => _reader.Dispose();
    }

    public interface IEnrollmentService
    {
        Task EnrollAsync(string userName, int courseId);
    }

    [AllowAnonymous]
    public class AccessDeniedDueToIPModel : PageModel
    {
        public string? ClientIp { get; set; }

        public void OnGet() => ClientIp = HttpContext.Connection.RemoteIpAddress?.ToString();
    }

    [Authorize]
    public class EnrollModel : PageModel
    {
        private static readonly string[] BlockedRegions = { "IR", "CU", "SY" };

        private readonly IVisitorCountry _country;
        private readonly IEnrollmentService _enrollment;

        public EnrollModel(IVisitorCountry country, IEnrollmentService enrollment)
        {
            _country = country;
            _enrollment = enrollment;
        }

        [BindProperty]
        [Required]
        public int CourseId { get; set; }

        public void OnGet(int courseId) => CourseId = courseId;

        public async Task<IActionResult> OnPostAsync()
        {
            if (!ModelState.IsValid)
                return Page();

            var iso = _country.IsoCode(HttpContext.Connection.RemoteIpAddress);
            if (iso is not null && Array.IndexOf(BlockedRegions, iso) >= 0)
                return RedirectToPage("/AccessDeniedDueToIP");

            await _enrollment.EnrollAsync(User.Identity!.Name!, CourseId);
            return RedirectToPage("/Courses/Lessons", new { id = CourseId });
        }
    }
}
