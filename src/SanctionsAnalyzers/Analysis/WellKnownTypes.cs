using Microsoft.CodeAnalysis;

namespace SanctionsAnalyzers.Analysis
{
    /// <summary>Framework types the detection needs, resolved once per compilation. Any may be null.</summary>
    internal sealed class WellKnownTypes
    {
        public WellKnownTypes(Compilation compilation)
        {
            HeaderDictionary = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.IHeaderDictionary");
            StringValues = compilation.GetTypeByMetadataName("Microsoft.Extensions.Primitives.StringValues");
            ControllerBase = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.ControllerBase");
            Results = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.Results");
            TypedResults = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.TypedResults");
            HttpResponse = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.HttpResponse");
            HttpContext = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.HttpContext");
            HubCallerContext = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.SignalR.HubCallerContext");
            AuthorizationHandlerContext = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Authorization.AuthorizationHandlerContext");
            ActionResult = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.IActionResult");
            Claim = compilation.GetTypeByMetadataName("System.Security.Claims.Claim");
            IPAddress = compilation.GetTypeByMetadataName("System.Net.IPAddress");
            var dictionary = compilation.GetTypeByMetadataName("System.Collections.Generic.IDictionary`2");
            StringValuesDictionary = StringValues is null || dictionary is null
                ? null
                : dictionary.Construct(compilation.GetSpecialType(SpecialType.System_String), StringValues);
        }

        public INamedTypeSymbol? HeaderDictionary { get; }

        public INamedTypeSymbol? StringValues { get; }

        public INamedTypeSymbol? ControllerBase { get; }

        public INamedTypeSymbol? Results { get; }

        public INamedTypeSymbol? TypedResults { get; }

        public INamedTypeSymbol? HttpResponse { get; }

        public INamedTypeSymbol? HttpContext { get; }

        public INamedTypeSymbol? HubCallerContext { get; }

        public INamedTypeSymbol? AuthorizationHandlerContext { get; }

        public INamedTypeSymbol? ActionResult { get; }

        public INamedTypeSymbol? Claim { get; }

        public INamedTypeSymbol? IPAddress { get; }

        /// <summary><c>IDictionary&lt;string, StringValues&gt;</c>, which header collections implement.</summary>
        public INamedTypeSymbol? StringValuesDictionary { get; }
    }
}
