using GeoBlockedChat.Localization;
using Microsoft.AspNetCore.Mvc;

namespace GeoBlockedChat.Controllers;

/// <summary>Serves the sign-up form's country drop-down.</summary>
[ApiController]
[Route("api/countries")]
public sealed class CountriesController : ControllerBase
{
    private readonly CountryPicker _picker;

    public CountriesController(CountryPicker picker)
    {
        _picker = picker;
    }

    [HttpGet]
    public ActionResult<CountryPickerModel> Get() => _picker.Build(Request);
}
