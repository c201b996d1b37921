// expect: warn forum post creation is denied (IsCustomerAllowed... returns false, controller Challenge) for customers whose billing country is Iran or Cuba (country rule is a realistic variation); forums/social posting is authorized communication
// modelled-on: nopSolutions/nopCommerce src/Presentation/Nop.Web/Controllers/BoardsController.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
using Microsoft.AspNetCore.Mvc;

namespace BlindCorpus.Case100;

public sealed class Customer
{
    public int Id { get; set; }
    public bool IsGuest { get; set; }
    public bool Active { get; set; } = true;
    public string? BillingCountryTwoLetterIso { get; set; }
}

public sealed class ForumTopic
{
    public int Id { get; set; }
    public int ForumId { get; set; }
    public string Subject { get; set; } = "";
}

public sealed class ForumPost
{
    public int TopicId { get; set; }
    public int CustomerId { get; set; }
    public string Text { get; set; } = "";
    public string? IPAddress { get; set; }
    public DateTime CreatedOnUtc { get; set; }
}

public sealed class ForumSettings
{
    public bool ForumsEnabled { get; set; } = true;
    public bool AllowGuestsToCreatePosts { get; set; }
    public int PostMaxLength { get; set; } = 4000;
}

public interface IForumRepository
{
    Task<ForumTopic?> GetTopicByIdAsync(int id);
    Task InsertPostAsync(ForumPost post);
}

public interface IWorkContext
{
    Task<Customer> GetCurrentCustomerAsync();
}

public class ForumService
{
    private static readonly ISet<string> DisallowedPosterCountries = new HashSet<string> { "IR", "CU" };

    private readonly ForumSettings _settings;

    public ForumService(ForumSettings settings) => _settings = settings;

    public Task<bool> IsCustomerAllowedToCreatePostAsync(Customer customer, ForumTopic topic)
    {
        if (topic == null || !customer.Active)
            return Task.FromResult(false);

        if (customer.IsGuest && !_settings.AllowGuestsToCreatePosts)
            return Task.FromResult(false);

        if (customer.BillingCountryTwoLetterIso != null && DisallowedPosterCountries.Contains(customer.BillingCountryTwoLetterIso))
            return Task.FromResult(false);

        return Task.FromResult(true);
    }
}

public sealed class EditForumPostModel
{
    public int ForumTopicId { get; set; }
    public string Text { get; set; } = "";
}

public class BoardsController : Controller
{
    private readonly ForumSettings _settings;
    private readonly ForumService _forumService;
    private readonly IForumRepository _forums;
    private readonly IWorkContext _workContext;

    public BoardsController(ForumSettings settings, ForumService forumService, IForumRepository forums, IWorkContext workContext)
    {
        _settings = settings;
        _forumService = forumService;
        _forums = forums;
        _workContext = workContext;
    }

    [HttpPost]
    public async Task<IActionResult> PostCreate(EditForumPostModel model)
    {
        if (!_settings.ForumsEnabled)
            return RedirectToRoute("Homepage");

        var topic = await _forums.GetTopicByIdAsync(model.ForumTopicId);
        if (topic == null)
            return RedirectToRoute("Boards");

        var customer = await _workContext.GetCurrentCustomerAsync();
        if (!await _forumService.IsCustomerAllowedToCreatePostAsync(customer, topic))
            return Challenge();

        var text = model.Text;
        if (_settings.PostMaxLength > 0 && text.Length > _settings.PostMaxLength)
            text = text[.._settings.PostMaxLength];

        await _forums.InsertPostAsync(new ForumPost
        {
            TopicId = topic.Id,
            CustomerId = customer.Id,
            Text = text,
            IPAddress = HttpContext.Connection.RemoteIpAddress?.ToString(),
            CreatedOnUtc = DateTime.UtcNow
        });

        return RedirectToRoute("TopicSlug", new { id = topic.Id });
    }
}
