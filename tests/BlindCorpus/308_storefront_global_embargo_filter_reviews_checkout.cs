// expect: info A .NET e-commerce storefront registers a global MVC resource filter that sends every visitor whose MaxMind country is IR, CU or SY to an "unavailable" page, covering both the product-review and question forum (user posts, arguably authorized communication) and the cart/checkout/payment flow (not authorized for Iran); one undifferentiated block guards authorized and non-authorized features, so the verdict is ambiguous.
// modelled-on: simplcommerce/SimplCommerce src/Modules/SimplCommerce.Module.Reviews/Areas/Reviews/Controllers/ReviewController.cs + src/Modules/SimplCommerce.Module.Checkouts/Areas/Checkouts/Controllers/CheckoutController.cs (paraphrased, not copied; kept a modular storefront with review posting and checkout controllers, added a globally registered GeoIP resource filter the real project does not have)
// packages: Microsoft.AspNetCore.App (framework reference), MaxMind.GeoIP2 6.1.0
// source: blind

namespace BlindCorpus.Case308
{
    using System.Net;
    using MaxMind.GeoIP2;
    using Microsoft.AspNetCore.Http;
    using Microsoft.AspNetCore.Mvc;
    using Microsoft.AspNetCore.Mvc.Filters;
    using Microsoft.Extensions.DependencyInjection;

    public sealed class EmbargoResourceFilter : IResourceFilter
    {
        private static readonly string[] Embargoed = { "IR", "CU", "SY" };
        private readonly DatabaseReader _geo;

        public EmbargoResourceFilter(DatabaseReader geo) => _geo = geo;

        public void OnResourceExecuting(ResourceExecutingContext context)
        {
            var path = context.HttpContext.Request.Path;
            if (path.StartsWithSegments("/unavailable"))
                return;

            IPAddress? ip = context.HttpContext.Connection.RemoteIpAddress;
            if (ip is null || IPAddress.IsLoopback(ip))
                return;

            if (_geo.TryCountry(ip, out var response) && Array.IndexOf(Embargoed, response.Country.IsoCode) >= 0)
            {
                context.Result = new RedirectResult("/unavailable");
            }
        }

        public void OnResourceExecuted(ResourceExecutedContext context)
        {
        }
    }

    public sealed record ReviewForm(long ProductId, int Rating, string Title, string Comment, string ReviewerName);

    public sealed record CheckoutForm(long CartId, string ShippingAddress, string PaymentProvider);

    public interface IReviewService
    {
        Task AddAsync(ReviewForm form, long userId);
        Task AskQuestionAsync(long productId, string question, long userId);
    }

    public interface ICheckoutService
    {
        Task<long> PlaceOrderAsync(CheckoutForm form, long userId);
        Task<string> StartPaymentAsync(long orderId, string provider);
    }

    [Area("Reviews")]
    public sealed class ReviewController : Controller
    {
        private readonly IReviewService _reviews;

        public ReviewController(IReviewService reviews) => _reviews = reviews;

        [HttpPost("reviews/add")]
        public async Task<IActionResult> AddReview(ReviewForm form)
        {
            await _reviews.AddAsync(form, long.Parse(User.FindFirst("sub")?.Value ?? "0"));
            return Ok();
        }

        [HttpPost("reviews/question")]
        public async Task<IActionResult> AskQuestion(long productId, string question)
        {
            await _reviews.AskQuestionAsync(productId, question, long.Parse(User.FindFirst("sub")?.Value ?? "0"));
            return Ok();
        }
    }

    [Area("Checkouts")]
    public sealed class CheckoutController : Controller
    {
        private readonly ICheckoutService _checkout;

        public CheckoutController(ICheckoutService checkout) => _checkout = checkout;

        [HttpPost("checkout/place-order")]
        public async Task<IActionResult> PlaceOrder(CheckoutForm form)
        {
            var orderId = await _checkout.PlaceOrderAsync(form, long.Parse(User.FindFirst("sub")?.Value ?? "0"));
            var redirect = await _checkout.StartPaymentAsync(orderId, form.PaymentProvider);
            return Redirect(redirect);
        }
    }

    public static class StorefrontSetup
    {
        public static IServiceCollection AddStorefrontMvc(this IServiceCollection services)
        {
            services.AddSingleton(_ => new DatabaseReader("App_Data/GeoLite2-Country.mmdb"));
            services.AddScoped<EmbargoResourceFilter>();
            services.AddControllersWithViews(options =>
            {
                options.Filters.AddService<EmbargoResourceFilter>();
            });
            return services;
        }
    }
}
