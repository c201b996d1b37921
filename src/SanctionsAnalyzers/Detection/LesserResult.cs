using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SanctionsAnalyzers.Model;

namespace SanctionsAnalyzers.Detection
{
    /// <summary>
    /// A degrade carried by a value, judged by its effect: the jurisdiction's path returns the same kind of object as
    /// another path of the method, with features switched off (<c>new CallCapabilities(240, ScreenShare: false)</c>
    /// where the others get <c>(1080, true)</c>). A switched-off flag decides; a lower number (a price, a limit) alone
    /// does not, since less is not always worse.
    /// </summary>
    internal static class LesserResult
    {
        public static GateAction? Find(IEnumerable<IOperation> path, IOperation scopeRoot)
        {
            var returned = path.SelectMany(p => p.DescendantsAndSelf()).OfType<IObjectCreationOperation>().FirstOrDefault(IsReturned);
            if (returned?.Constructor is not { } constructor)
            {
                return null;
            }

            foreach (var other in scopeRoot.Descendants().OfType<IObjectCreationOperation>())
            {
                if (other == returned || !IsReturned(other) || !SymbolEqualityComparer.Default.Equals(other.Constructor?.ContainingType, constructor.ContainingType))
                {
                    continue;
                }

                if (FailureStatus(returned, other) is { } failure)
                {
                    return new GateAction(ActionKind.Deny, "returns " + constructor.ContainingType.Name + " with " + failure, returned);
                }

                if (Differences(returned, other) is { Count: > 0 } differences)
                {
                    return new GateAction(ActionKind.Degrade, "returns " + constructor.ContainingType.Name + " with " + string.Join(", ", differences), returned);
                }
            }

            return null;
        }

        /// <summary>
        /// "status Error instead of Uploaded": the jurisdiction's result carries a failure member of an enum where another
        /// path's carries one that is not (<c>new ScoreUploadResult(ScoreUploadStatus.Error, ...)</c>); a refusal.
        /// </summary>
        private static string? FailureStatus(IObjectCreationOperation lesser, IObjectCreationOperation other)
        {
            foreach (var argument in lesser.Arguments)
            {
                var counterpart = other.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == argument.Parameter?.Ordinal);
                if (SignalFinder.Unwrap(argument.Value) is IFieldReferenceOperation { Field: { ContainingType.TypeKind: TypeKind.Enum } mine }
                    && counterpart is not null && SignalFinder.Unwrap(counterpart.Value) is IFieldReferenceOperation { Field: { ContainingType.TypeKind: TypeKind.Enum } theirs }
                    && EarlyExit.SaysFailure(mine.Name) && !EarlyExit.SaysFailure(theirs.Name))
                {
                    return (argument.Parameter?.Name ?? "?") + " " + mine.Name + " instead of " + theirs.Name;
                }
            }

            return null;
        }

        /// <summary>"ScreenShare false instead of true", "MaxHeight 240 instead of 1080"; empty unless a flag is switched off and none on.</summary>
        private static List<string> Differences(IObjectCreationOperation lesser, IObjectCreationOperation other)
        {
            var differences = new List<string>();
            var switchedOff = false;
            foreach (var argument in lesser.Arguments)
            {
                var counterpart = other.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == argument.Parameter?.Ordinal);
                var (mine, theirs) = (argument.Value.ConstantValue, counterpart?.Value.ConstantValue ?? default);
                if (!mine.HasValue || !theirs.HasValue || Equals(mine.Value, theirs.Value))
                {
                    continue;
                }

                var name = argument.Parameter?.Name ?? "?";
                switch (mine.Value, theirs.Value)
                {
                    case (false, true):
                        switchedOff = true;
                        differences.Add(name + " false instead of true");
                        break;
                    case (true, false):
                        return new List<string>();
                    case (int less, int more) when less < more:
                        differences.Add(name + " " + less.ToString(CultureInfo.InvariantCulture) + " instead of " + more.ToString(CultureInfo.InvariantCulture));
                        break;
                }
            }

            return switchedOff ? differences : new List<string>();
        }

        /// <summary>The value of a return (<c>return new X(...)</c>, <c>=&gt; cond ? new X(...) : new X(...)</c>).</summary>
        private static bool IsReturned(IObjectCreationOperation creation)
        {
            for (var parent = creation.Parent; parent is not null; parent = parent.Parent)
            {
                switch (parent)
                {
                    case IReturnOperation:
                        return true;
                    case IConditionalOperation or IConversionOperation or IParenthesizedOperation or ISwitchExpressionArmOperation or ISwitchExpressionOperation:
                        continue;
                    default:
                        return false;
                }
            }

            return false;
        }
    }
}
