// expect: warn An online space-trading game API applies a RegionLock action filter to the agent-registration and ship controllers; it parses the client country into an EmbargoedRegion enum (CU, IR, KP, SY) and short-circuits with a 403, so players in Iran cannot register or play; e-gaming is authorized for Iran.
// modelled-on: SpaceTradersAPI/api-docs issue #73 "Why API blocks requests from Iran?" (paraphrased, not copied; the observed 403 "Your client does not have permission" for Iranian clients became an MVC IAsyncActionFilter attribute with an enum)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case278
{
    using Microsoft.AspNetCore.Mvc;
    using Microsoft.AspNetCore.Mvc.Filters;

    public enum EmbargoedRegion
    {
        CU,
        IR,
        KP,
        SY,
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
    public sealed class RegionLockAttribute : Attribute, IAsyncActionFilter
    {
        public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
        {
            var headers = context.HttpContext.Request.Headers;
            var country = headers.TryGetValue("X-Appengine-Country", out var value) ? value.ToString() : string.Empty;

            if (Enum.TryParse<EmbargoedRegion>(country, ignoreCase: true, out var region) && Enum.IsDefined(region))
            {
                context.Result = new ObjectResult(new
                {
                    error = new { code = 4031, message = "Your client does not have permission to access this game from its region." },
                })
                { StatusCode = StatusCodes.Status403Forbidden };
                return;
            }

            await next();
        }
    }

    public sealed record RegisterAgentRequest(string Symbol, string Faction, string? Email);
    public sealed record NavigateRequest(string WaypointSymbol);

    public interface IGameUniverse
    {
        Task<object> RegisterAgentAsync(RegisterAgentRequest request, CancellationToken ct);
        Task<object> NavigateAsync(string agentToken, string shipSymbol, string waypoint, CancellationToken ct);
        Task<object> ListShipsAsync(string agentToken, CancellationToken ct);
    }

    [ApiController]
    [Route("v2")]
    [RegionLock]
    public sealed class AgentsController : ControllerBase
    {
        private readonly IGameUniverse _universe;

        public AgentsController(IGameUniverse universe) => _universe = universe;

        [HttpPost("register")]
        public async Task<IActionResult> Register([FromBody] RegisterAgentRequest request, CancellationToken ct)
            => StatusCode(StatusCodes.Status201Created, await _universe.RegisterAgentAsync(request, ct));
    }

    [ApiController]
    [Route("v2/my/ships")]
    [RegionLock]
    public sealed class ShipsController : ControllerBase
    {
        private readonly IGameUniverse _universe;

        public ShipsController(IGameUniverse universe) => _universe = universe;

        private string Token => Request.Headers.Authorization.ToString().Replace("Bearer ", string.Empty);

        [HttpGet]
        public async Task<IActionResult> List(CancellationToken ct) => Ok(await _universe.ListShipsAsync(Token, ct));

        [HttpPost("{shipSymbol}/navigate")]
        public async Task<IActionResult> Navigate(string shipSymbol, [FromBody] NavigateRequest request, CancellationToken ct)
            => Ok(await _universe.NavigateAsync(Token, shipSymbol, request.WaypointSymbol, ct));
    }
}
