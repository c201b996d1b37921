using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace SanctionsAnalyzers.Benchmarks.Cli
{
    /// <summary>
    /// A solution of plain net10.0 class libraries written to disk, for timing `dotnet build` and `dotnet-sanctions scan`
    /// on the same code. Project i is domain i % 10 in layer i / 10 (Contoso.Orders.Abstractions ... Contoso.Pricing.Host);
    /// from the second layer on, each project references the same domain one layer down, and every third one also the next
    /// domain one layer down. Each project has 5 to 10 files: an entity, a repository interface and an in-memory
    /// implementation, a service that uses its references' services, a validator, then (by project) DTOs, a calculator, a
    /// CSV report, extensions and events. Two projects also hold a mailer that refuses Cuba (one SANC1001 each).
    /// Deterministic; isolated from any repository (own Directory.* files and a NuGet.config without feeds: nothing to
    /// download).
    /// </summary>
    internal static class SolutionGenerator
    {
        private static readonly string[] Domains = { "Orders", "Billing", "Catalog", "Inventory", "Shipping", "Customers", "Reports", "Notifications", "Scheduling", "Pricing" };

        private static readonly string[] Entities = { "Order", "Invoice", "Product", "StockItem", "Shipment", "Customer", "ReportRun", "Message", "Appointment", "PriceList" };

        private static readonly string[] Layers = { "Abstractions", "Model", "Data", "Rules", "Services", "Reporting", "Integration", "Jobs", "Api", "Host" };

        /// <summary>The projects that hold the mailer: Notifications.Services and Notifications.Jobs.</summary>
        private static readonly int[] MailerProjects = { 47, 77 };

        public static GeneratedSolution Write(string folder, int projectCount)
        {
            Directory.CreateDirectory(folder);
            WriteText(folder, "Directory.Build.props", "<Project />\n");
            WriteText(folder, "Directory.Build.targets", "<Project />\n");
            WriteText(folder, "Directory.Packages.props", "<Project />\n");
            WriteText(folder, "NuGet.config", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n    <clear />\n  </packageSources>\n</configuration>\n");

            var names = Enumerable.Range(0, projectCount).Select(ProjectName).ToList();
            var files = 0;
            var lines = 0L;
            for (var i = 0; i < projectCount; i++)
            {
                var references = References(i).ToList();
                var project = new StringBuilder();
                project.Append("<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n    <Nullable>enable</Nullable>\n    <ImplicitUsings>enable</ImplicitUsings>\n  </PropertyGroup>\n");
                if (references.Count > 0)
                {
                    project.Append("  <ItemGroup>\n");
                    foreach (var reference in references)
                    {
                        project.Append($"    <ProjectReference Include=\"../{names[reference]}/{names[reference]}.csproj\" />\n");
                    }

                    project.Append("  </ItemGroup>\n");
                }

                project.Append("</Project>\n");
                WriteText(folder, $"{names[i]}/{names[i]}.csproj", project.ToString());

                foreach (var (file, text) in Sources(i, references))
                {
                    WriteText(folder, $"{names[i]}/{file}", text);
                    files++;
                    lines += text.Count(c => c == '\n');
                }
            }

            var solution = Path.Combine(folder, "Contoso.sln");
            File.WriteAllText(solution, Solution(names));
            return new GeneratedSolution(solution, projectCount, files, lines, MailerProjects.Count(i => i < projectCount));
        }

        private static string ProjectName(int i) => $"Contoso.{Domains[i % 10]}.{Layers[i / 10 % 10]}{(i >= 100 ? (i / 100).ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty)}";

        private static string Namespace(int i) => ProjectName(i);

        private static IEnumerable<int> References(int i)
        {
            if (i < 10)
            {
                yield break;
            }

            yield return i - 10;
            if (i % 3 == 0)
            {
                yield return i - 10 - (i % 10) + ((i + 1) % 10);
            }
        }

        private static IEnumerable<(string File, string Text)> Sources(int i, IReadOnlyList<int> references)
        {
            var ns = Namespace(i);
            var entity = Entities[i % 10];
            var fileCount = 5 + (i % 6);

            yield return ($"{entity}.cs", EntityFile(ns, entity));
            yield return ($"I{entity}Repository.cs", RepositoryInterface(ns, entity));
            yield return ($"InMemory{entity}Repository.cs", RepositoryImplementation(ns, entity));
            yield return ($"{entity}Service.cs", Service(ns, entity, references));
            yield return ($"{entity}Validator.cs", Validator(ns, entity));
            var optional = new (string, string)[]
            {
                ($"{entity}Dto.cs", Dto(ns, entity)),
                ($"{entity}PriceCalculator.cs", Calculator(ns, entity)),
                ($"{entity}CsvReport.cs", Report(ns, entity)),
                ($"{entity}Extensions.cs", Extensions(ns, entity)),
                ($"{entity}Events.cs", Events(ns, entity)),
            };
            foreach (var file in optional.Take(fileCount - 5))
            {
                yield return file;
            }

            if (MailerProjects.Contains(i))
            {
                yield return ("ReceiptMailer.cs", Mailer(ns, entity));
            }
        }

        private static string EntityFile(string ns, string entity) => $$"""
            namespace {{ns}};

            public enum {{entity}}State
            {
                Draft,
                Submitted,
                Approved,
                Completed,
                Cancelled,
            }

            public sealed class {{entity}}
            {
                private readonly List<{{entity}}Line> _lines = new();

                public {{entity}}(Guid id, string reference, DateTimeOffset createdAt)
                {
                    if (string.IsNullOrWhiteSpace(reference))
                    {
                        throw new ArgumentException("A reference is required.", nameof(reference));
                    }

                    Id = id;
                    Reference = reference;
                    CreatedAt = createdAt;
                }

                public Guid Id { get; }

                public string Reference { get; }

                public DateTimeOffset CreatedAt { get; }

                public {{entity}}State State { get; private set; } = {{entity}}State.Draft;

                public string? Notes { get; set; }

                public IReadOnlyList<{{entity}}Line> Lines => _lines;

                public decimal Total => _lines.Sum(line => line.Quantity * line.UnitPrice);

                public void AddLine(string sku, int quantity, decimal unitPrice)
                {
                    if (State != {{entity}}State.Draft)
                    {
                        throw new InvalidOperationException($"Lines can only be added to a draft, not to a {State} {{entity}}.");
                    }

                    _lines.Add(new {{entity}}Line(sku, quantity, unitPrice));
                }

                public void Submit() => Move({{entity}}State.Draft, {{entity}}State.Submitted);

                public void Approve() => Move({{entity}}State.Submitted, {{entity}}State.Approved);

                public void Complete() => Move({{entity}}State.Approved, {{entity}}State.Completed);

                public void Cancel()
                {
                    if (State is {{entity}}State.Completed or {{entity}}State.Cancelled)
                    {
                        throw new InvalidOperationException($"A {State} {{entity}} cannot be cancelled.");
                    }

                    State = {{entity}}State.Cancelled;
                }

                private void Move({{entity}}State from, {{entity}}State to)
                {
                    if (State != from)
                    {
                        throw new InvalidOperationException($"Expected {from}, found {State}.");
                    }

                    State = to;
                }
            }

            public sealed record {{entity}}Line(string Sku, int Quantity, decimal UnitPrice);

            """;

        private static string RepositoryInterface(string ns, string entity) => $$"""
            namespace {{ns}};

            public interface I{{entity}}Repository
            {
                {{entity}}? Find(Guid id);

                IReadOnlyList<{{entity}}> ListByState({{entity}}State state);

                void Save({{entity}} item);

                bool Remove(Guid id);

                int Count { get; }
            }

            """;

        private static string RepositoryImplementation(string ns, string entity) => $$"""
            using System.Collections.Concurrent;

            namespace {{ns}};

            public sealed class InMemory{{entity}}Repository : I{{entity}}Repository
            {
                private readonly ConcurrentDictionary<Guid, {{entity}}> _items = new();

                public int Count => _items.Count;

                public {{entity}}? Find(Guid id) => _items.TryGetValue(id, out var item) ? item : null;

                public IReadOnlyList<{{entity}}> ListByState({{entity}}State state) =>
                    _items.Values.Where(item => item.State == state).OrderBy(item => item.CreatedAt).ToList();

                public void Save({{entity}} item)
                {
                    ArgumentNullException.ThrowIfNull(item);
                    _items[item.Id] = item;
                }

                public bool Remove(Guid id) => _items.TryRemove(id, out _);
            }

            """;

        private static string Service(string ns, string entity, IReadOnlyList<int> references)
        {
            var dependencies = references.Select(r => (Type: $"global::{Namespace(r)}.{Entities[r % 10]}Service", Field: $"_{char.ToLowerInvariant(Entities[r % 10][0])}{Entities[r % 10].Substring(1)}{r}")).ToList();
            var fields = string.Concat(dependencies.Select(d => $"\n    private readonly {d.Type} {d.Field};"));
            var parameters = string.Concat(dependencies.Select(d => $", {d.Type} {d.Field.TrimStart('_')}"));
            var assignments = string.Concat(dependencies.Select(d => $"\n        {d.Field} = {d.Field.TrimStart('_')};"));
            var pending = string.Concat(dependencies.Select(d => $" + {d.Field}.PendingCount()"));
            return $$"""
                namespace {{ns}};

                public sealed class {{entity}}Service
                {
                    private readonly I{{entity}}Repository _repository;
                    private readonly TimeProvider _clock;{{fields}}

                    public {{entity}}Service(I{{entity}}Repository repository, TimeProvider clock{{parameters}})
                    {
                        _repository = repository;
                        _clock = clock;{{assignments}}
                    }

                    public {{entity}} Create(string reference, IEnumerable<(string Sku, int Quantity, decimal UnitPrice)> lines)
                    {
                        var item = new {{entity}}(Guid.NewGuid(), reference, _clock.GetUtcNow());
                        foreach (var (sku, quantity, unitPrice) in lines)
                        {
                            item.AddLine(sku, quantity, unitPrice);
                        }

                        _repository.Save(item);
                        return item;
                    }

                    public bool TrySubmit(Guid id, out string? error)
                    {
                        var item = _repository.Find(id);
                        if (item is null)
                        {
                            error = $"No {{entity}} {id}.";
                            return false;
                        }

                        var problems = new {{entity}}Validator().Validate(item);
                        if (problems.Count > 0)
                        {
                            error = string.Join("; ", problems);
                            return false;
                        }

                        item.Submit();
                        _repository.Save(item);
                        error = null;
                        return true;
                    }

                    public int PendingCount() => _repository.ListByState({{entity}}State.Submitted).Count;

                    public int BacklogIncludingDependencies() => PendingCount(){{pending}};

                    public IReadOnlyList<{{entity}}> Overdue(TimeSpan age)
                    {
                        var cutoff = _clock.GetUtcNow() - age;
                        return _repository.ListByState({{entity}}State.Submitted)
                            .Concat(_repository.ListByState({{entity}}State.Approved))
                            .Where(item => item.CreatedAt < cutoff)
                            .ToList();
                    }
                }

                """;
        }

        private static string Validator(string ns, string entity) => $$"""
            namespace {{ns}};

            public sealed class {{entity}}Validator
            {
                public const int MaxLines = 200;
                public const decimal MaxTotal = 1_000_000m;

                public IReadOnlyList<string> Validate({{entity}} item)
                {
                    var problems = new List<string>();
                    if (item.Reference.Length > 64)
                    {
                        problems.Add("The reference is longer than 64 characters.");
                    }

                    if (item.Lines.Count == 0)
                    {
                        problems.Add("At least one line is required.");
                    }
                    else if (item.Lines.Count > MaxLines)
                    {
                        problems.Add($"At most {MaxLines} lines are allowed.");
                    }

                    foreach (var line in item.Lines)
                    {
                        if (line.Quantity <= 0)
                        {
                            problems.Add($"Line {line.Sku}: the quantity must be positive.");
                        }

                        if (line.UnitPrice < 0)
                        {
                            problems.Add($"Line {line.Sku}: the unit price cannot be negative.");
                        }
                    }

                    if (item.Total > MaxTotal)
                    {
                        problems.Add($"The total {item.Total:N2} exceeds {MaxTotal:N0}.");
                    }

                    return problems;
                }
            }

            """;

        private static string Dto(string ns, string entity) => $$"""
            namespace {{ns}};

            public sealed record {{entity}}LineDto(string Sku, int Quantity, decimal UnitPrice, decimal Amount);

            public sealed record {{entity}}Dto(Guid Id, string Reference, string State, DateTimeOffset CreatedAt, decimal Total, IReadOnlyList<{{entity}}LineDto> Lines);

            public static class {{entity}}Mapper
            {
                public static {{entity}}Dto ToDto(this {{entity}} item) => new(
                    item.Id,
                    item.Reference,
                    item.State.ToString(),
                    item.CreatedAt,
                    item.Total,
                    item.Lines.Select(line => new {{entity}}LineDto(line.Sku, line.Quantity, line.UnitPrice, line.Quantity * line.UnitPrice)).ToList());

                public static {{entity}} FromDto({{entity}}Dto dto)
                {
                    var item = new {{entity}}(dto.Id, dto.Reference, dto.CreatedAt);
                    foreach (var line in dto.Lines)
                    {
                        item.AddLine(line.Sku, line.Quantity, line.UnitPrice);
                    }

                    return item;
                }
            }

            """;

        private static string Calculator(string ns, string entity) => $$"""
            namespace {{ns}};

            public enum {{entity}}Tier
            {
                Standard,
                Silver,
                Gold,
                Platinum,
            }

            public sealed class {{entity}}PriceCalculator
            {
                public decimal DiscountRate({{entity}}Tier tier, decimal total) => tier switch
                {
                    {{entity}}Tier.Platinum => total > 10_000m ? 0.15m : 0.12m,
                    {{entity}}Tier.Gold => total > 10_000m ? 0.10m : 0.08m,
                    {{entity}}Tier.Silver => 0.05m,
                    _ => 0m,
                };

                public decimal Net({{entity}} item, {{entity}}Tier tier)
                {
                    var gross = item.Total;
                    var discount = Math.Round(gross * DiscountRate(tier, gross), 2, MidpointRounding.ToEven);
                    return gross - discount;
                }

                public {{entity}}Tier TierFor(int completedCount, decimal lifetimeTotal)
                {
                    if (completedCount >= 100 && lifetimeTotal >= 250_000m)
                    {
                        return {{entity}}Tier.Platinum;
                    }

                    if (completedCount >= 40)
                    {
                        return {{entity}}Tier.Gold;
                    }

                    return completedCount >= 10 ? {{entity}}Tier.Silver : {{entity}}Tier.Standard;
                }
            }

            """;

        private static string Report(string ns, string entity) => $$"""
            using System.Globalization;
            using System.Text;

            namespace {{ns}};

            public sealed class {{entity}}CsvReport
            {
                public string Build(IEnumerable<{{entity}}> items)
                {
                    var text = new StringBuilder();
                    text.AppendLine("id,reference,state,created,lines,total");
                    foreach (var item in items.OrderBy(i => i.CreatedAt).ThenBy(i => i.Reference, StringComparer.Ordinal))
                    {
                        text.Append(item.Id.ToString("N")).Append(',')
                            .Append(Escape(item.Reference)).Append(',')
                            .Append(item.State).Append(',')
                            .Append(item.CreatedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(',')
                            .Append(item.Lines.Count.ToString(CultureInfo.InvariantCulture)).Append(',')
                            .AppendLine(item.Total.ToString("F2", CultureInfo.InvariantCulture));
                    }

                    return text.ToString();
                }

                private static string Escape(string value) =>
                    value.IndexOfAny(new[] { ',', '"', '\n' }) < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";
            }

            """;

        private static string Extensions(string ns, string entity) => $$"""
            namespace {{ns}};

            public static class {{entity}}Extensions
            {
                public static bool IsOpen(this {{entity}} item) => item.State is {{entity}}State.Draft or {{entity}}State.Submitted or {{entity}}State.Approved;

                public static decimal AverageLineAmount(this {{entity}} item) =>
                    item.Lines.Count == 0 ? 0m : item.Lines.Average(line => line.Quantity * line.UnitPrice);

                public static IReadOnlyDictionary<string, int> QuantityBySku(this IEnumerable<{{entity}}> items) =>
                    items.SelectMany(item => item.Lines)
                        .GroupBy(line => line.Sku, StringComparer.OrdinalIgnoreCase)
                        .ToDictionary(group => group.Key, group => group.Sum(line => line.Quantity), StringComparer.OrdinalIgnoreCase);

                public static IEnumerable<IReadOnlyList<{{entity}}>> InBatches(this IEnumerable<{{entity}}> items, int size)
                {
                    var batch = new List<{{entity}}>(size);
                    foreach (var item in items)
                    {
                        batch.Add(item);
                        if (batch.Count == size)
                        {
                            yield return batch;
                            batch = new List<{{entity}}>(size);
                        }
                    }

                    if (batch.Count > 0)
                    {
                        yield return batch;
                    }
                }
            }

            """;

        private static string Events(string ns, string entity) => $$"""
            namespace {{ns}};

            public abstract record {{entity}}Event(Guid Id, DateTimeOffset At);

            public sealed record {{entity}}Submitted(Guid Id, DateTimeOffset At, decimal Total) : {{entity}}Event(Id, At);

            public sealed record {{entity}}Cancelled(Guid Id, DateTimeOffset At, string Reason) : {{entity}}Event(Id, At);

            public sealed class {{entity}}EventDispatcher
            {
                private readonly Dictionary<Type, List<Action<{{entity}}Event>>> _handlers = new();

                public void On<TEvent>(Action<TEvent> handler)
                    where TEvent : {{entity}}Event
                {
                    if (!_handlers.TryGetValue(typeof(TEvent), out var list))
                    {
                        _handlers[typeof(TEvent)] = list = new List<Action<{{entity}}Event>>();
                    }

                    list.Add(e => handler((TEvent)e));
                }

                public int Publish({{entity}}Event e)
                {
                    if (!_handlers.TryGetValue(e.GetType(), out var list))
                    {
                        return 0;
                    }

                    foreach (var handler in list)
                    {
                        handler(e);
                    }

                    return list.Count;
                }
            }

            """;

        /// <summary>A geo-block of e-mail for Cuba: SANC1001 (e-mail is authorized), as in the CLI tests' Mail.Core.</summary>
        private static string Mailer(string ns, string entity) => $$"""
            using System.Net.Mail;

            namespace {{ns}};

            public sealed class ReceiptMailer
            {
                public void SendReceipt({{entity}} item, string billingCountry, string to)
                {
                    if (billingCountry == "CU")
                    {
                        throw new InvalidOperationException("Receipts are not sent to your country.");
                    }

                    using var smtp = new SmtpClient("localhost");
                    smtp.Send("noreply@example.com", to, $"Receipt {item.Reference}", $"Total: {item.Total:N2}");
                }
            }

            """;

        private static string Solution(IReadOnlyList<string> names)
        {
            var text = new StringBuilder("\nMicrosoft Visual Studio Solution File, Format Version 12.00\n# Visual Studio Version 17\nVisualStudioVersion = 17.0.31903.59\nMinimumVisualStudioVersion = 10.0.40219.1\n");
            var guids = names.Select((_, i) => $"{{{i + 1:X8}-5A9C-4B2E-9D41-0C0DE0000000}}").ToList();
            for (var i = 0; i < names.Count; i++)
            {
                text.Append($"Project(\"{{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}}\") = \"{names[i]}\", \"{names[i]}\\{names[i]}.csproj\", \"{guids[i]}\"\nEndProject\n");
            }

            text.Append("Global\n\tGlobalSection(SolutionConfigurationPlatforms) = preSolution\n\t\tDebug|Any CPU = Debug|Any CPU\n\t\tRelease|Any CPU = Release|Any CPU\n\tEndGlobalSection\n");
            text.Append("\tGlobalSection(ProjectConfigurationPlatforms) = postSolution\n");
            foreach (var guid in guids)
            {
                foreach (var configuration in new[] { "Debug", "Release" })
                {
                    text.Append($"\t\t{guid}.{configuration}|Any CPU.ActiveCfg = {configuration}|Any CPU\n\t\t{guid}.{configuration}|Any CPU.Build.0 = {configuration}|Any CPU\n");
                }
            }

            text.Append("\tEndGlobalSection\nEndGlobal\n");
            return text.ToString();
        }

        private static void WriteText(string folder, string relativePath, string text)
        {
            var path = Path.Combine(folder, relativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }
    }

    internal sealed record GeneratedSolution(string SolutionPath, int Projects, int Files, long Lines, int GeoBlocks);
}
