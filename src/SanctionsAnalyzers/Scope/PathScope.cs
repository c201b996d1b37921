using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SanctionsAnalyzers.Analysis;

namespace SanctionsAnalyzers.Scope
{
    /// <summary>
    /// The request paths a pipeline branch runs for: <c>app.UseWhen(ctx =&gt; ctx.Request.Path.StartsWithSegments("/api"), ...)</c>,
    /// <c>app.MapWhen(...)</c>, <c>app.Map("/api", ...)</c>. Middleware registered in a branch guards only those paths.
    /// </summary>
    internal sealed class PathScope
    {
        public static readonly PathScope Everything = new PathScope(ImmutableArray<string>.Empty, ImmutableArray<string>.Empty, isUnknown: false);

        /// <summary>A branch whose condition the analyzer cannot read (a header, a method group).</summary>
        public static readonly PathScope Unknown = new PathScope(ImmutableArray<string>.Empty, ImmutableArray<string>.Empty, isUnknown: true);

        private PathScope(ImmutableArray<string> include, ImmutableArray<string> exclude, bool isUnknown)
        {
            Include = include;
            Exclude = exclude;
            IsUnknown = isUnknown;
        }

        /// <summary>Path prefixes the branch runs for; empty means every path.</summary>
        public ImmutableArray<string> Include { get; }

        /// <summary>Path prefixes the branch skips (<c>!ctx.Request.Path.StartsWithSegments("/hubs")</c>).</summary>
        public ImmutableArray<string> Exclude { get; }

        public bool IsUnknown { get; }

        public bool IsEverything => !IsUnknown && Include.IsEmpty && Exclude.IsEmpty;

        /// <summary>An endpoint of unknown route is covered only by a branch that runs for every path.</summary>
        public bool Covers(AppFeature feature) =>
            !IsUnknown
            && (Include.IsEmpty || Include.Any(feature.IsUnder))
            && !Exclude.Any(feature.IsUnder);

        /// <summary>The branches around <paramref name="operation"/>, innermost last; <see cref="Everything"/> outside any branch.</summary>
        /// <param name="context">When given, a predicate's bool helpers of the project are followed for the paths they test.</param>
        public static PathScope Around(IOperation operation, SanctionsCompilationContext? context = null)
        {
            var scope = Everything;
            for (var current = operation.Parent; current is not null; current = current.Parent)
            {
                if (current is IAnonymousFunctionOperation lambda && BranchOf(lambda, context) is { } branch)
                {
                    // Walking outwards: the inner branch's prefixes are the more specific ones.
                    scope = Combine(outer: branch, inner: scope);
                }
            }

            return scope;
        }

        private static PathScope Combine(PathScope outer, PathScope inner)
        {
            if (outer.IsUnknown || inner.IsUnknown)
            {
                return Unknown;
            }

            return new PathScope(inner.Include.IsEmpty ? outer.Include : inner.Include, outer.Exclude.AddRange(inner.Exclude), isUnknown: false);
        }

        /// <summary>The scope of the branch whose configuration delegate <paramref name="lambda"/> is, if it is one.</summary>
        private static PathScope? BranchOf(IAnonymousFunctionOperation lambda, SanctionsCompilationContext? context)
        {
            var argument = Skip(lambda.Parent) as IArgumentOperation;
            if (argument?.Parent is not IInvocationOperation call)
            {
                return null;
            }

            switch (AppModelCollector.Wiring(call.TargetMethod))
            {
                case "pipeline-branch" when argument.Parameter?.Name == "configuration":
                    var predicate = call.Arguments.FirstOrDefault(a => a.Parameter?.Name == "predicate");
                    return predicate is null ? Unknown : FromPredicate(predicate.Value, context);

                case "pipeline-path" when argument.Parameter?.Name == "configuration":
                    var path = call.Arguments.Select(a => Unwrap(a.Value).ConstantValue.Value).OfType<string>().FirstOrDefault();
                    return path is not null && path.StartsWith("/", StringComparison.Ordinal)
                        ? new PathScope(ImmutableArray.Create(path), ImmutableArray<string>.Empty, isUnknown: false)
                        : Unknown;

                default:
                    return null;
            }
        }

        /// <summary>
        /// <c>ctx =&gt; ctx.Request.Path.StartsWithSegments("/api")</c> and its negation; with a context, also a bool helper of
        /// the project testing the path (<c>ctx =&gt; IsCommunication(ctx.Request.Path)</c>, or the helper as a method group)
        /// against constants or a list of prefixes. Anything else is unknown.
        /// </summary>
        private static PathScope FromPredicate(IOperation value, SanctionsCompilationContext? context)
        {
            var unwrapped = Unwrap(value);
            if (context is not null && unwrapped is IMethodReferenceOperation group && context.BodyOfMethodGroup(group.Method, default) is { } helperBody)
            {
                return Including(AppModelCollector.PathsTestedIn(new List<IOperation> { helperBody }, context));
            }

            if (unwrapped is not IAnonymousFunctionOperation predicate)
            {
                return Unknown;
            }

            var include = ImmutableArray.CreateBuilder<string>();
            var exclude = ImmutableArray.CreateBuilder<string>();
            foreach (var call in predicate.Body.Descendants().OfType<IInvocationOperation>())
            {
                if (AppModelCollector.Wiring(call.TargetMethod) != "path-prefix"
                    || call.Arguments.Select(a => Unwrap(a.Value).ConstantValue.Value).OfType<string>().FirstOrDefault() is not { } path
                    || !path.StartsWith("/", StringComparison.Ordinal))
                {
                    continue;
                }

                (IsNegated(call, predicate) ? exclude : include).Add(path);
            }

            if (include.Count == 0 && exclude.Count == 0 && context is not null)
            {
                return Including(AppModelCollector.PathsTestedIn(new List<IOperation> { predicate.Body }, context));
            }

            return include.Count == 0 && exclude.Count == 0
                ? Unknown
                : new PathScope(include.ToImmutable(), exclude.ToImmutable(), isUnknown: false);
        }

        private static PathScope Including(ImmutableArray<string> paths) =>
            paths.IsEmpty ? Unknown : new PathScope(paths, ImmutableArray<string>.Empty, isUnknown: false);

        private static bool IsNegated(IOperation check, IOperation root)
        {
            var negated = false;
            for (var current = check.Parent; current is not null && current != root; current = current.Parent)
            {
                if (current is IUnaryOperation { OperatorKind: UnaryOperatorKind.Not })
                {
                    negated = !negated;
                }
            }

            return negated;
        }

        private static IOperation? Skip(IOperation? operation)
        {
            while (operation is IDelegateCreationOperation or IConversionOperation)
            {
                operation = operation.Parent;
            }

            return operation;
        }

        internal static IOperation Unwrap(IOperation operation)
        {
            while (true)
            {
                switch (operation)
                {
                    case IConversionOperation conversion:
                        operation = conversion.Operand;
                        break;
                    case IDelegateCreationOperation creation:
                        operation = creation.Target;
                        break;
                    default:
                        return operation;
                }
            }
        }
    }
}
