using System;
using System.Collections.Generic;
using System.Globalization;

namespace SanctionsAnalyzers.Benchmarks.Corpus
{
    /// <summary>
    /// Plain business logic of the same size as the application corpus (entities, repositories, calculators,
    /// validators, state machines, reports, parsers), compiled against net8.0 alone: no ASP.NET Core, no geo or
    /// communication API, no jurisdiction literal, and no identifier or string that the analyzer's token scan
    /// looks for (country, phone, culture, region, host, ...). It measures what the analyzer costs a project it
    /// has nothing to say about.
    /// </summary>
    internal static class BusinessCorpus
    {
        private static readonly string[] Areas =
        {
            "Inventory", "Ledger", "Payroll", "Scheduling", "Manufacturing", "Procurement", "Fleet", "Maintenance", "Quality", "Planning",
        };

        private static readonly string[] Entities =
        {
            "Part", "Batch", "Vendor", "PurchaseOrder", "WorkOrder", "Asset", "Inspection", "Budget", "Employee", "Timesheet",
            "Forecast", "Pallet", "Lot", "Recipe", "Tool", "Machine", "Shift", "Contract", "Project", "Task",
        };

        /// <summary>Numbers the token scan reads as calling codes or ISO numeric codes (98, 192, 364, ...): never generated.</summary>
        private static readonly HashSet<int> AvoidedNumbers = new HashSet<int> { 53, 98, 192, 249, 364, 408, 729, 760, 850, 963 };

        public static List<GeneratedFile> Generate(int count, int seed)
        {
            var files = new List<GeneratedFile>
            {
                new GeneratedFile("Shared/GlobalUsings.cs", "shared", "global using System;\nglobal using System.Collections.Generic;\nglobal using System.Linq;\nglobal using System.Threading;\nglobal using System.Threading.Tasks;\n"),
                new GeneratedFile("Shared/Common.cs", "shared", Common),
            };

            for (var i = 0; i < count; i++)
            {
                var random = new Random(unchecked(seed * 104729 + i));
                var area = Areas[(i / Entities.Length) % Areas.Length];
                var name = Entities[i % Entities.Length] + i.ToString("D4", CultureInfo.InvariantCulture);
                switch (i % 5)
                {
                    case 0:
                        files.Add(new GeneratedFile($"{area}/Model/{name}.cs", "entity", Entity(area, name, random)));
                        break;
                    case 1:
                        files.Add(new GeneratedFile($"{area}/Data/{name}Repository.cs", "repository", Repository(area, name, random)));
                        break;
                    case 2:
                        files.Add(new GeneratedFile($"{area}/Pricing/{name}Calculator.cs", "calculator", Calculator(area, name, random)));
                        break;
                    case 3:
                        files.Add(new GeneratedFile($"{area}/Rules/{name}Validator.cs", "validator", Validator(area, name, random)));
                        break;
                    default:
                        files.Add(new GeneratedFile($"{area}/Reports/{name}Report.cs", "report", Report(area, name, random)));
                        break;
                }
            }

            return files;
        }

        private static int Number(Random random, int min, int max) => Safe(random.Next(min, max));

        /// <summary>The value, or the next one the token scan does not read as a jurisdiction.</summary>
        private static int Safe(int value)
        {
            while (AvoidedNumbers.Contains(value))
            {
                value++;
            }

            return value;
        }

        private const string Common = @"namespace Fabrikam.Common
{
    public sealed record Money(decimal Amount)
    {
        public static Money Zero { get; } = new Money(0m);
        public Money Add(Money other) => new Money(Amount + other.Amount);
        public Money Times(decimal factor) => new Money(decimal.Round(Amount * factor, 2, MidpointRounding.AwayFromZero));
    }

    public sealed record Page<T>(IReadOnlyList<T> Items, int Number, int Size, int Total);

    public interface IIdGenerator
    {
        long Next();
    }

    public static class Guard
    {
        public static T NotNull<T>(T? value, string name) where T : class => value ?? throw new ArgumentNullException(name);
        public static int Positive(int value, string name) => value > 0 ? value : throw new ArgumentOutOfRangeException(name);
    }
}
";

        private static string Entity(string area, string name, Random random)
        {
            var limit = Number(random, 10, 500);
            return $$"""
using Fabrikam.Common;

namespace Fabrikam.{{area}}.Model;

public enum {{name}}Status { Draft, Submitted, Approved, InProgress, Completed, Cancelled }

public sealed class {{name}}Line
{
    public int Number { get; init; }

    public string Sku { get; init; } = string.Empty;

    public int Quantity { get; set; }

    public decimal UnitPrice { get; set; }

    public decimal Total => Quantity * UnitPrice;
}

public sealed class {{name}}
{
    private readonly List<{{name}}Line> _lines = new List<{{name}}Line>();

    public long Id { get; init; }

    public string Reference { get; set; } = string.Empty;

    public {{name}}Status Status { get; private set; } = {{name}}Status.Draft;

    public DateTime CreatedUtc { get; init; } = DateTime.UtcNow;

    public IReadOnlyList<{{name}}Line> Lines => _lines;

    public Money Total => new Money(_lines.Sum(line => line.Total));

    public {{name}}Line AddLine(string sku, int quantity, decimal unitPrice)
    {
        if (Status != {{name}}Status.Draft)
        {
            throw new InvalidOperationException("Lines can only be added to a draft.");
        }

        if (quantity <= 0 || quantity > {{limit}})
        {
            throw new ArgumentOutOfRangeException(nameof(quantity));
        }

        var line = new {{name}}Line { Number = _lines.Count + 1, Sku = sku, Quantity = quantity, UnitPrice = unitPrice };
        _lines.Add(line);
        return line;
    }

    public void Advance()
    {
        switch (Status)
        {
            case {{name}}Status.Draft:
                if (_lines.Count == 0)
                {
                    throw new InvalidOperationException("An empty draft cannot be submitted.");
                }

                Status = {{name}}Status.Submitted;
                break;
            case {{name}}Status.Submitted:
                Status = {{name}}Status.Approved;
                break;
            case {{name}}Status.Approved:
                Status = {{name}}Status.InProgress;
                break;
            case {{name}}Status.InProgress:
                Status = {{name}}Status.Completed;
                break;
            default:
                throw new InvalidOperationException("No step after " + Status + ".");
        }
    }

    public void Cancel()
    {
        if (Status is {{name}}Status.Completed or {{name}}Status.Cancelled)
        {
            return;
        }

        Status = {{name}}Status.Cancelled;
    }
}
""";
        }

        private static string Repository(string area, string name, Random random)
        {
            var pageSize = Number(random, 10, 100);
            return $$"""
using Fabrikam.Common;

namespace Fabrikam.{{area}}.Data;

public sealed class {{name}}Row
{
    public long Id { get; init; }

    public string Code { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public int Quantity { get; set; }

    public DateTime UpdatedUtc { get; set; }
}

public sealed class {{name}}Repository
{
    private readonly Dictionary<long, {{name}}Row> _rows = new Dictionary<long, {{name}}Row>();
    private readonly IIdGenerator _ids;
    private readonly object _gate = new object();

    public {{name}}Repository(IIdGenerator ids)
    {
        _ids = ids;
    }

    public {{name}}Row Add(string code, string description, int quantity)
    {
        var row = new {{name}}Row { Id = _ids.Next(), Code = code, Description = description, Quantity = quantity, UpdatedUtc = DateTime.UtcNow };
        lock (_gate)
        {
            _rows.Add(row.Id, row);
        }

        return row;
    }

    public {{name}}Row? Find(long id)
    {
        lock (_gate)
        {
            return _rows.TryGetValue(id, out var row) ? row : null;
        }
    }

    public Page<{{name}}Row> Search(string? text, int page, int size = {{pageSize}})
    {
        Guard.Positive(page, nameof(page));
        lock (_gate)
        {
            IEnumerable<{{name}}Row> query = _rows.Values;
            if (!string.IsNullOrWhiteSpace(text))
            {
                query = query.Where(row => row.Code.Contains(text, StringComparison.OrdinalIgnoreCase) || row.Description.Contains(text, StringComparison.OrdinalIgnoreCase));
            }

            var all = query.OrderBy(row => row.Code, StringComparer.Ordinal).ToList();
            return new Page<{{name}}Row>(all.Skip((page - 1) * size).Take(size).ToList(), page, size, all.Count);
        }
    }

    public bool Adjust(long id, int delta)
    {
        lock (_gate)
        {
            if (!_rows.TryGetValue(id, out var row))
            {
                return false;
            }

            if (row.Quantity + delta < 0)
            {
                return false;
            }

            row.Quantity += delta;
            row.UpdatedUtc = DateTime.UtcNow;
            return true;
        }
    }

    public int Remove(Func<{{name}}Row, bool> predicate)
    {
        lock (_gate)
        {
            var doomed = _rows.Values.Where(predicate).Select(row => row.Id).ToList();
            foreach (var id in doomed)
            {
                _rows.Remove(id);
            }

            return doomed.Count;
        }
    }
}
""";
        }

        private static string Calculator(string area, string name, Random random)
        {
            var tier1 = Number(random, 5, 50);
            var tier2 = Safe(tier1 + Number(random, 10, 100));
            var tier3 = Safe(tier2 + Number(random, 100, 900));
            var rebate = Number(random, 1, 9);
            return $$"""
using Fabrikam.Common;

namespace Fabrikam.{{area}}.Pricing;

public enum {{name}}Tier { Standard, Silver, Gold, Platinum }

public sealed class {{name}}Calculator
{
    private readonly decimal _basePrice;

    public {{name}}Calculator(decimal basePrice)
    {
        _basePrice = basePrice > 0 ? basePrice : throw new ArgumentOutOfRangeException(nameof(basePrice));
    }

    public static {{name}}Tier TierFor(int quantity) => quantity switch
    {
        < {{tier1}} => {{name}}Tier.Standard,
        < {{tier2}} => {{name}}Tier.Silver,
        < {{tier3}} => {{name}}Tier.Gold,
        _ => {{name}}Tier.Platinum,
    };

    public static decimal Discount({{name}}Tier tier) => tier switch
    {
        {{name}}Tier.Silver => 0.05m,
        {{name}}Tier.Gold => 0.10m,
        {{name}}Tier.Platinum => 0.15m,
        _ => 0m,
    };

    public Money Price(int quantity, bool loyal)
    {
        if (quantity <= 0)
        {
            return Money.Zero;
        }

        var gross = new Money(_basePrice * quantity);
        var discount = Discount(TierFor(quantity));
        if (loyal)
        {
            discount += 0.0{{rebate}}m;
        }

        return gross.Times(1 - Math.Min(discount, 0.25m));
    }

    public IReadOnlyList<(int Quantity, Money Price)> Table(params int[] quantities)
    {
        var rows = new List<(int, Money)>(quantities.Length);
        foreach (var quantity in quantities.OrderBy(q => q))
        {
            rows.Add((quantity, Price(quantity, loyal: false)));
        }

        return rows;
    }

    public static decimal Average(IEnumerable<decimal> values)
    {
        var count = 0;
        decimal sum = 0;
        foreach (var value in values)
        {
            sum += value;
            count++;
        }

        return count == 0 ? 0 : decimal.Round(sum / count, 4);
    }
}
""";
        }

        private static string Validator(string area, string name, Random random)
        {
            var maxLength = Number(random, 20, 200);
            var minAmount = Number(random, 1, 50);
            return $$"""
using System.Text.RegularExpressions;

namespace Fabrikam.{{area}}.Rules;

public sealed record {{name}}Input(string Code, string Title, decimal Amount, DateTime DueUtc, IReadOnlyList<string> Tags);

public sealed class {{name}}Validator
{
    private static readonly Regex CodePattern = new Regex("^[A-Z]{3}-[0-9]{4}$", RegexOptions.Compiled);

    public IReadOnlyList<string> Validate({{name}}Input input)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(input.Code) || !CodePattern.IsMatch(input.Code))
        {
            errors.Add("Code must look like ABC-1234.");
        }

        if (string.IsNullOrWhiteSpace(input.Title))
        {
            errors.Add("Title is required.");
        }
        else if (input.Title.Length > {{maxLength}})
        {
            errors.Add("Title is longer than {{maxLength}} characters.");
        }

        if (input.Amount < {{minAmount}})
        {
            errors.Add("Amount is below the minimum of {{minAmount}}.");
        }

        if (input.DueUtc < DateTime.UtcNow.Date)
        {
            errors.Add("Due date is in the past.");
        }

        var duplicates = input.Tags.GroupBy(tag => tag, StringComparer.OrdinalIgnoreCase).Where(group => group.Count() > 1).Select(group => group.Key).ToList();
        if (duplicates.Count > 0)
        {
            errors.Add("Duplicate tags: " + string.Join(", ", duplicates));
        }

        return errors;
    }

    public bool IsValid({{name}}Input input) => Validate(input).Count == 0;
}
""";
        }

        private static string Report(string area, string name, Random random)
        {
            var width = Number(random, 8, 40);
            return $$"""
using System.Text;

namespace Fabrikam.{{area}}.Reports;

public sealed record {{name}}Entry(string Group, string Item, int Count, decimal Value, DateTime AtUtc);

public static class {{name}}Report
{
    public static IReadOnlyList<{{name}}Entry> Parse(IEnumerable<string> lines)
    {
        var entries = new List<{{name}}Entry>();
        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith("#", StringComparison.Ordinal))
            {
                continue;
            }

            var parts = line.Split(';');
            if (parts.Length < 5 || !int.TryParse(parts[2], out var count) || !decimal.TryParse(parts[3], out var value) || !DateTime.TryParse(parts[4], out var at))
            {
                continue;
            }

            entries.Add(new {{name}}Entry(parts[0].Trim(), parts[1].Trim(), count, value, at));
        }

        return entries;
    }

    public static string Render(IReadOnlyList<{{name}}Entry> entries)
    {
        var builder = new StringBuilder();
        foreach (var group in entries.GroupBy(entry => entry.Group).OrderBy(group => group.Key, StringComparer.Ordinal))
        {
            builder.Append(group.Key.PadRight({{width}})).Append(' ');
            builder.Append(group.Sum(entry => entry.Count).ToString().PadLeft(8)).Append(' ');
            builder.AppendLine(group.Sum(entry => entry.Value).ToString("N2").PadLeft(14));
            foreach (var entry in group.OrderByDescending(entry => entry.Value).Take(5))
            {
                builder.Append("  ").Append(entry.Item.PadRight({{width}} - 2)).Append(' ').AppendLine(entry.Value.ToString("N2"));
            }
        }

        return builder.ToString();
    }

    public static IDictionary<int, decimal> ByMonth(IEnumerable<{{name}}Entry> entries) =>
        entries.GroupBy(entry => entry.AtUtc.Month).ToDictionary(group => group.Key, group => group.Sum(entry => entry.Value));
}
""";
        }
    }
}
