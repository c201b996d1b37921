// expect: warn An MVC action-filter attribute on the VPN profile controller looks the CF-IPCountry header up in a dictionary of refused countries (IR, CU, KP, SY, RU) and short-circuits the WireGuard/OpenVPN config download with 403, so people in Iran cannot obtain the VPN (VPN software and services are authorized for Iran).
// modelled-on: scriptzteam/PrivateInternetAccessWatch Readme.md (paraphrased, not copied; the provider's per-country server table inspired a config-download controller with a country refusal filter)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case232
{
    using Microsoft.AspNetCore.Mvc;
    using Microsoft.AspNetCore.Mvc.Filters;

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
    public sealed class RefuseCountriesAttribute : ActionFilterAttribute
    {
        private static readonly Dictionary<string, string> Refused = new(StringComparer.OrdinalIgnoreCase)
        {
            ["IR"] = "Iran",
            ["CU"] = "Cuba",
            ["KP"] = "North Korea",
            ["SY"] = "Syria",
            ["RU"] = "Russia",
        };

        public override void OnActionExecuting(ActionExecutingContext context)
        {
            var code = context.HttpContext.Request.Headers["CF-IPCountry"].ToString();
            if (Refused.TryGetValue(code, out var name))
            {
                context.Result = new ObjectResult(new { error = $"VPN profiles cannot be issued in {name}." })
                {
                    StatusCode = StatusCodes.Status403Forbidden,
                };
            }
        }
    }

    public sealed record ServerLocation(string Region, string Country, string Host, int Port, string PublicKey);

    public interface IServerDirectory
    {
        ServerLocation? Find(string region);
    }

    [ApiController]
    [Route("api/profiles")]
    [RefuseCountries]
    public sealed class VpnProfileController : ControllerBase
    {
        private readonly IServerDirectory _servers;

        public VpnProfileController(IServerDirectory servers) => _servers = servers;

        [HttpGet("wireguard/{region}")]
        public IActionResult WireGuard(string region)
        {
            var s = _servers.Find(region);
            if (s is null) return NotFound();
            var conf = $"[Interface]\nAddress = 10.8.0.2/32\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = {s.PublicKey}\nEndpoint = {s.Host}:{s.Port}\nAllowedIPs = 0.0.0.0/0\n";
            return File(System.Text.Encoding.UTF8.GetBytes(conf), "text/plain", $"{region}.conf");
        }

        [HttpGet("openvpn/{region}")]
        public IActionResult OpenVpn(string region)
        {
            var s = _servers.Find(region);
            return s is null ? NotFound() : Content($"client\nremote {s.Host} 1194\nproto udp\n", "text/plain");
        }
    }
}
