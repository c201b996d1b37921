// expect: warn An Azure Functions HTTP trigger that wraps the Translator API answers 451 when the Cloudflare CF-IPCountry header in front of the function app is IR or CU; machine translation is an authorized communication service for Iran and Cuba.
// modelled-on: jhueppauff/AzureTranslatorFunction Translator/Translator.cs (paraphrased, not copied; the Cloudflare country gate is a realistic variation)
// packages: Microsoft.AspNetCore.App (framework reference), Microsoft.Azure.WebJobs (stubbed in file)
// source: blind

namespace Microsoft.Azure.WebJobs
{
    [AttributeUsage(AttributeTargets.Method)]
    public sealed class FunctionNameAttribute : Attribute
    {
        public FunctionNameAttribute(string name) => Name = name;
        public string Name { get; }
    }

    public sealed class ExecutionContext
    {
        public string FunctionAppDirectory { get; set; } = "";
    }
}

namespace Microsoft.Azure.WebJobs.Extensions.Http
{
    public enum AuthorizationLevel { Anonymous, User, Function, System, Admin }

    [AttributeUsage(AttributeTargets.Parameter)]
    public sealed class HttpTriggerAttribute : Attribute
    {
        public HttpTriggerAttribute(AuthorizationLevel level, params string[] methods)
        {
            AuthLevel = level;
            Methods = methods;
        }

        public AuthorizationLevel AuthLevel { get; }
        public string[] Methods { get; }
        public string? Route { get; set; }
    }
}

namespace BlindCorpus.Case210
{
    using System.IO;
    using System.Net.Http;
    using System.Text;
    using System.Text.Json;
    using Microsoft.AspNetCore.Mvc;
    using Microsoft.Azure.WebJobs;
    using Microsoft.Azure.WebJobs.Extensions.Http;

    public sealed class TranslateInput
    {
        public string? Content { get; set; }
        public string? OutputLanguage { get; set; }
    }

    public sealed class TranslateOutput
    {
        public string? Content { get; set; }
        public string? InputLanguage { get; set; }
    }

    public static class TranslateFunction
    {
        private static readonly HttpClient Http = new();
        private static readonly string[] UnservedEdgeCountries = { "IR", "CU" };

        [FunctionName("translate")]
        public static async Task<IActionResult> Run(
            [HttpTrigger(AuthorizationLevel.Function, "post", Route = null)] HttpRequest req,
            ILogger log,
            Microsoft.Azure.WebJobs.ExecutionContext context)
        {
            var edgeCountry = req.Headers["CF-IPCountry"].ToString().ToUpperInvariant();
            if (UnservedEdgeCountries.Contains(edgeCountry))
            {
                log.LogInformation("Translation refused for edge country {Country}", edgeCountry);
                return new ObjectResult("Translation is not offered in your region.") { StatusCode = StatusCodes.Status451UnavailableForLegalReasons };
            }

            var raw = await new StreamReader(req.Body).ReadToEndAsync();
            var input = JsonSerializer.Deserialize<TranslateInput>(raw, new JsonSerializerOptions { PropertyNameCaseInsensitive = true });
            if (string.IsNullOrEmpty(input?.OutputLanguage))
                return new BadRequestObjectResult("Missing Output Language.");
            if (string.IsNullOrEmpty(input.Content))
                return new BadRequestObjectResult("Missing Content.");

            var endpoint = Environment.GetEnvironmentVariable("TranslatorApiUrl") ?? "https://api.cognitive.microsofttranslator.com";
            using var request = new HttpRequestMessage(HttpMethod.Post, $"{endpoint}/translate?api-version=3.0&to={input.OutputLanguage}");
            request.Content = new StringContent(JsonSerializer.Serialize(new[] { new { Text = input.Content } }), Encoding.UTF8, "application/json");
            request.Headers.Add("Ocp-Apim-Subscription-Key", Environment.GetEnvironmentVariable("TranslatorApiKey"));

            using var response = await Http.SendAsync(request);
            if (!response.IsSuccessStatusCode)
                return new BadRequestObjectResult("Issue while translating");

            using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var first = doc.RootElement[0];
            return new OkObjectResult(new TranslateOutput
            {
                Content = first.GetProperty("translations")[0].GetProperty("text").GetString(),
                InputLanguage = first.TryGetProperty("detectedLanguage", out var detected) ? detected.GetProperty("language").GetString() : null,
            });
        }
    }
}
