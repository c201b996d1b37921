// expect: none An IActionConstraint attribute picks which controller action serves the help-center page from the {country} route value, so /ir/help gets a right-to-left Persian layout and /us/help the default one; the Iran value only selects a page variant and every visitor still gets help content.
// modelled-on: zhaobingwang/samples src-project-dotnetcore/Sample.NetCore.Web/CustomAttributes/CountrySpecificAttribute.cs (paraphrased, not copied; the route-value action constraint now chooses a localized help page variant)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case247
{
    using Microsoft.AspNetCore.Mvc;
    using Microsoft.AspNetCore.Mvc.ActionConstraints;

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public sealed class CountryVariantAttribute : Attribute, IActionConstraint
    {
        private readonly string _countryCode;

        public CountryVariantAttribute(string countryCode) => _countryCode = countryCode;

        public int Order => 0;

        public bool Accept(ActionConstraintContext context)
        {
            var value = context.RouteContext.RouteData.Values["country"]?.ToString();
            return string.Equals(value, _countryCode, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Route("{country}/help")]
    public sealed class HelpCenterController : Controller
    {
        [HttpGet("")]
        [CountryVariant("ir")]
        [CountryVariant("af")]
        public IActionResult RightToLeft()
        {
            ViewData["Dir"] = "rtl";
            ViewData["Culture"] = "fa-IR";
            return Content("<html dir=\"rtl\" lang=\"fa\"><body>راهنما</body></html>", "text/html");
        }

        [HttpGet("")]
        public IActionResult Default()
        {
            ViewData["Dir"] = "ltr";
            return Content("<html lang=\"en\"><body>Help center</body></html>", "text/html");
        }
    }
}
