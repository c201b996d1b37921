using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SanctionsAnalyzers.Detection;
using SanctionsAnalyzers.Model;

namespace SanctionsAnalyzers.Analysis
{
    /// <summary>What a bool helper of the compilation returns for the jurisdictions its gate names.</summary>
    internal sealed class HelperSummary
    {
        public HelperSummary(Gate gate, int? parameterOrdinal)
        {
            Gate = gate;
            ParameterOrdinal = parameterOrdinal;
        }

        /// <summary>The helper's gate; <see cref="Gate.JurisdictionTakesTrueBranch"/> says whether it returns true for them.</summary>
        public Gate Gate { get; }

        /// <summary>The parameter that carries the caller's signal, or null when the helper reads the signal itself.</summary>
        public int? ParameterOrdinal { get; }
    }

    /// <summary>
    /// One level of method summaries: <c>static bool IsSanctioned(string country) =&gt; country is "IR" or "KP";</c>.
    /// Computed on first use and cached per method for the compilation.
    /// </summary>
    internal sealed class HelperSummaries
    {
        private readonly SanctionsCompilationContext _context;
        private readonly ConcurrentDictionary<IMethodSymbol, HelperSummary?> _cache =
            new ConcurrentDictionary<IMethodSymbol, HelperSummary?>(SymbolEqualityComparer.Default);

        public HelperSummaries(SanctionsCompilationContext context)
        {
            _context = context;
        }

        public HelperSummary? Summarize(IMethodSymbol method, SemanticModel? callerModel)
        {
            method = method.ReducedFrom ?? method;

            // store.IsBlocked(code) through an interface implemented once in the compilation: that implementation answers.
            if ((method.IsAbstract || method.IsVirtual) && _context.Implementations.Single(method, default) is { } implementation)
            {
                method = implementation;
            }

            if (!method.ReturnsBool()
                || method.DeclaringSyntaxReferences.Length != 1
                || method.Parameters.Length > DeclarationWords.MaxHelperParameters)
            {
                return null;
            }

            return _cache.GetOrAdd(method.OriginalDefinition, m => Compute(m, callerModel));
        }

        private readonly ConcurrentDictionary<IMethodSymbol, ConcurrentDictionary<string, HelperSummary?>> _members =
            new ConcurrentDictionary<IMethodSymbol, ConcurrentDictionary<string, HelperSummary?>>(SymbolEqualityComparer.Default);

        /// <summary>
        /// A helper returning a decision object rather than a bool (<c>return banned.Contains(country) ? GeoDecision.Blocked(country)
        /// : GeoDecision.Allowed();</c>): the gate whose jurisdictions get <paramref name="member"/> true (or false, by the
        /// summary's polarity), read from the objects each branch returns.
        /// </summary>
        public HelperSummary? SummarizeMember(IMethodSymbol method, IPropertySymbol member, SemanticModel? callerModel)
        {
            method = method.ReducedFrom ?? method;
            if ((method.IsAbstract || method.IsVirtual) && _context.Implementations.Single(method, default) is { } implementation)
            {
                method = implementation;
            }

            if (method.ReturnsBool() || method.ReturnsVoid
                || method.DeclaringSyntaxReferences.Length != 1
                || method.Parameters.Length > DeclarationWords.MaxHelperParameters)
            {
                return null;
            }

            var byMember = _members.GetOrAdd(method.OriginalDefinition, _ => new ConcurrentDictionary<string, HelperSummary?>(System.StringComparer.Ordinal));
            return byMember.GetOrAdd(member.Name, _ => Compute(method.OriginalDefinition, callerModel, member));
        }

        private const int MaxFlagWrites = 8;

        private readonly ConcurrentDictionary<IFieldSymbol, HelperSummary?> _flags =
            new ConcurrentDictionary<IFieldSymbol, HelperSummary?>(SymbolEqualityComparer.Default);

        private readonly ConcurrentDictionary<IPropertySymbol, HelperSummary?> _flagProperties =
            new ConcurrentDictionary<IPropertySymbol, HelperSummary?>(SymbolEqualityComparer.Default);

        /// <summary>
        /// A private bool field set from a gate in one member and tested in another (<c>_unavailable = Array.IndexOf(Blocked,
        /// region.CountryCode) &gt;= 0;</c> in <c>OnParametersSetAsync</c>, <c>if (_unavailable)</c> in <c>BuildRenderTree</c>):
        /// the gate of the write that holds one. Only the type's own members write a private field; more than a few writes, or
        /// none with a gate, and the flag is no gate.
        /// </summary>
        public HelperSummary? SummarizeFlag(IFieldSymbol field) =>
            field.DeclaredAccessibility == Accessibility.Private && field.Type.SpecialType == SpecialType.System_Boolean && !field.IsConst
                ? _flags.GetOrAdd(field.OriginalDefinition, ComputeFlag)
                : null;

        /// <summary>
        /// A bool auto-property of the compilation written from a gate (<c>new CallerSession { CallsAllowed =
        /// !Embargoed.Contains(country) }</c> on connect) and tested elsewhere (<c>if (!session.CallsAllowed) throw ...</c>):
        /// the property carries that gate, as a private flag field does. Writes are found by name in the text, then bound.
        /// </summary>
        public HelperSummary? SummarizeFlagProperty(IPropertySymbol property) =>
            property.Type.SpecialType == SpecialType.System_Boolean && !property.IsStatic && property.DeclaringSyntaxReferences.Length == 1
                && property.GetMethod is { } getter
                && getter.DeclaringSyntaxReferences.All(r => r.GetSyntax() is Microsoft.CodeAnalysis.CSharp.Syntax.AccessorDeclarationSyntax { Body: null, ExpressionBody: null })
                ? _flagProperties.GetOrAdd(property.OriginalDefinition, ComputeFlagProperty)
                : null;

        /// <summary>The property's writes may be anywhere: the files whose text names it.</summary>
        private HelperSummary? ComputeFlagProperty(IPropertySymbol property) =>
            GateWrittenTo(property, _context.Compilation.SyntaxTrees
                .Where(tree => tree.GetText().ToString().IndexOf(property.Name, System.StringComparison.Ordinal) >= 0)
                .Select(tree => tree.GetRoot()));

        /// <summary>Only the type's own members write a private field.</summary>
        private HelperSummary? ComputeFlag(IFieldSymbol field) =>
            GateWrittenTo(field, field.ContainingType.DeclaringSyntaxReferences.Select(reference => reference.GetSyntax()));

        /// <summary>
        /// The gate of the first write to <paramref name="member"/> under <paramref name="roots"/> whose value holds one; null
        /// beyond <see cref="MaxFlagWrites"/> writes. The value may be a helper's answer (<c>_available =
        /// AccessPolicy.CanAccess(student)</c>): helpers are read, one level, as at any gate (their own summaries read no
        /// further helpers); other flags are not, so two flags written from each other cannot summarise each other.
        /// </summary>
        private HelperSummary? GateWrittenTo(ISymbol member, IEnumerable<SyntaxNode> roots)
        {
            var writes = 0;
            foreach (var root in roots)
            {
                if (SemanticModelFor(root.SyntaxTree) is not { } model)
                {
                    continue;
                }

                foreach (var assignment in root.DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.AssignmentExpressionSyntax>())
                {
                    var target = assignment.Left is Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax access ? access.Name : assignment.Left;
                    if (target is not Microsoft.CodeAnalysis.CSharp.Syntax.SimpleNameSyntax name || name.Identifier.ValueText != member.Name)
                    {
                        continue;
                    }

                    if (++writes > MaxFlagWrites)
                    {
                        return null;
                    }

                    if (model.GetOperation(assignment) is not ISimpleAssignmentOperation { Value: { ConstantValue.HasValue: false } value } written
                        || !SymbolEqualityComparer.Default.Equals(WrittenMember(written.Target)?.OriginalDefinition, member.OriginalDefinition)
                        || BodyAround(value) is not { } body)
                    {
                        continue;
                    }

                    var index = MethodIndex.Build(body);
                    if (new GateFinder(_context, index, new SignalFinder(_context, index), useHelperSummaries: true, readFlags: false).Find(value) is { } gate)
                    {
                        return new HelperSummary(gate, null);
                    }
                }
            }

            return null;
        }

        private static ISymbol? WrittenMember(IOperation target) => target switch
        {
            IFieldReferenceOperation field => field.Field,
            IPropertyReferenceOperation property => property.Property,
            _ => null,
        };

        /// <summary>The body of the member or function a value is written in.</summary>
        private static IOperation? BodyAround(IOperation operation)
        {
            var current = operation;
            while (current.Parent is { } parent)
            {
                current = parent;
            }

            return current;
        }

        private HelperSummary? Compute(IMethodSymbol method, SemanticModel? callerModel, IPropertySymbol? member = null)
        {
            var syntax = method.DeclaringSyntaxReferences[0].GetSyntax();
            var model = callerModel is not null && callerModel.SyntaxTree == syntax.SyntaxTree
                ? callerModel
                : SemanticModelFor(syntax.SyntaxTree);
            var body = model?.GetOperation(syntax);
            if (body is null)
            {
                return null;
            }

            var index = MethodIndex.Build(body);

            // The caller's signal passed in as an argument: the parameter stands for it.
            foreach (var parameter in method.Parameters)
            {
                var signals = new SignalFinder(_context, index, parameter);
                var gate = ReturnedGate(body, index, signals, member);
                if (gate is not null && signals.IsPlaceholder(gate.Signal))
                {
                    return new HelperSummary(gate, parameter.Ordinal);
                }
            }

            // The helper reads the signal itself (IsBlocked(HttpContext context)).
            var own = ReturnedGate(body, index, new SignalFinder(_context, index), member);
            return own is null ? null : new HelperSummary(own, null);
        }

        /// <summary>
        /// The gate whose result the helper returns: <c>return gate;</c> or <c>if (gate) return true/false;</c>. Of several
        /// (an allow-list of unknown entries, then a deny-list handed in), the first whose jurisdictions are known.
        /// </summary>
        private Gate? ReturnedGate(IOperation body, MethodIndex index, SignalFinder signals, IPropertySymbol? member)
        {
            var gates = new GateFinder(_context, index, signals, useHelperSummaries: false);
            Gate? first = null;
            foreach (var operation in body.Descendants())
            {
                var returned = member is not null ? ReturnedDecision(operation, member, gates) : operation switch
                {
                    IReturnOperation { ReturnedValue: { } value } when Completed(value).ConstantValue is not { HasValue: true, Value: bool } =>
                        gates.Find(Completed(value)),

                    ISwitchOperation choice => SwitchStatementGate(choice, gates),

                    // Users of the jurisdiction get "returnsWhenTrue" when they take the true branch.
                    IConditionalOperation { WhenTrue: { } whenTrue } conditional when ReturnedConstant(whenTrue) is { } returnsWhenTrue =>
                        gates.Find(conditional.Condition) is { } guarded ? guarded.WithPolarity(guarded.JurisdictionTakesTrueBranch == returnsWhenTrue) : null,

                    _ => null,
                };

                if (returned is not null && returned.UnresolvedList is null)
                {
                    return returned;
                }

                first ??= returned;
            }

            return first;
        }

        /// <summary>
        /// The gate a decision object's member answers: <c>return gate ? new(true, code) : new(false, null);</c>, or
        /// <c>if (gate) return Decision.Blocked(code);</c> with the other answer after it.
        /// </summary>
        private static Gate? ReturnedDecision(IOperation operation, IPropertySymbol member, GateFinder gates)
        {
            switch (operation)
            {
                case IReturnOperation { ReturnedValue: { } value } when SignalFinder.Unwrap(Completed(value)) is IConditionalOperation { WhenFalse: { } whenFalse } choice
                    && MemberValue(choice.WhenTrue, member, depth: 0) is { } whenTrueValue && MemberValue(whenFalse, member, depth: 0) is { } whenFalseValue
                    && whenTrueValue != whenFalseValue:
                    return gates.Find(choice.Condition) is { } chosen ? chosen.WithPolarity(chosen.JurisdictionTakesTrueBranch ? whenTrueValue : whenFalseValue) : null;

                case IConditionalOperation { WhenTrue: { } whenTrue } conditional
                    when ReturnOf(whenTrue) is { ReturnedValue: { } returned } && MemberValue(Completed(returned), member, depth: 0) is { } returnsWhenTrue:
                    return gates.Find(conditional.Condition) is { } guarded ? guarded.WithPolarity(guarded.JurisdictionTakesTrueBranch == returnsWhenTrue) : null;

                default:
                    return null;
            }
        }

        /// <summary>
        /// The constant a created object gives the member: an initializer's assignment (<c>{ IsBlocked = true }</c>), the
        /// constructor argument of the same name (a record's positional parameter), or what a factory method of the
        /// compilation creates (<c>GeoDecision.Blocked(code) =&gt; new(true, code)</c>, one level).
        /// </summary>
        private static bool? MemberValue(IOperation value, IPropertySymbol member, int depth)
        {
            switch (SignalFinder.Unwrap(value))
            {
                case IObjectCreationOperation creation:
                    var assigned = creation.Initializer?.Initializers.OfType<ISimpleAssignmentOperation>()
                        .FirstOrDefault(a => a.Target is IPropertyReferenceOperation p && p.Property.Name == member.Name);
                    if (assigned is not null)
                    {
                        return assigned.Value.ConstantValue is { HasValue: true, Value: bool set } ? set : null;
                    }

                    var argument = creation.Arguments.FirstOrDefault(a => a.Parameter is { } parameter
                        && string.Equals(parameter.Name, member.Name, System.StringComparison.OrdinalIgnoreCase));
                    return argument?.Value.ConstantValue is { HasValue: true, Value: bool given } ? given : null;

                case IInvocationOperation { TargetMethod: { IsStatic: true, DeclaringSyntaxReferences.Length: 1 } factory } call when depth == 0:
                    var body = call.SemanticModel?.Compilation.ContainsSyntaxTree(factory.DeclaringSyntaxReferences[0].SyntaxTree) == true
                        ? OperationOf(call.SemanticModel!.Compilation, factory)
                        : null;
                    var returns = body?.Descendants().OfType<IReturnOperation>().ToList();
                    return returns is { Count: 1 } && returns[0].ReturnedValue is { } made ? MemberValue(made, member, depth + 1) : null;

                default:
                    return null;
            }
        }

#pragma warning disable RS1030 // A factory's one return is read from its tree, bound once per summary and cached with it.
        private static IOperation? OperationOf(Compilation compilation, IMethodSymbol method)
        {
            var syntax = method.DeclaringSyntaxReferences[0].GetSyntax();
            return compilation.GetSemanticModel(syntax.SyntaxTree).GetOperation(syntax);
        }
#pragma warning restore RS1030

        /// <summary>
        /// <c>switch (country) { case "IR": case "CU": return false; default: return true; }</c>: the sections whose labels name
        /// jurisdictions all answer one constant and the default section the other. Guarded labels are not read; a section
        /// that answers anything else, or no default section, and the switch is no gate.
        /// </summary>
        private static Gate? SwitchStatementGate(ISwitchOperation choice, GateFinder gates)
        {
            if (gates.Signals.Find(choice.Value) is not { } signal)
            {
                return null;
            }

            var mentions = ImmutableArray.CreateBuilder<JurisdictionMention>();
            bool? listed = null;
            bool? others = null;
            foreach (var section in choice.Cases)
            {
                if (section.Body.IsEmpty || ReturnedConstant(section.Body[section.Body.Length - 1]) is not { } answer)
                {
                    return null;
                }

                foreach (var clause in section.Clauses)
                {
                    var match = clause switch
                    {
                        IDefaultCaseClauseOperation => null,
                        ISingleValueCaseClauseOperation single => gates.MentionsIn(single.Value, signal) is { IsEmpty: false } named ? (named, true) : null,
                        IPatternCaseClauseOperation { Guard: null } pattern => gates.MatchPattern(pattern.Pattern, signal),
                        _ => ((ImmutableArray<JurisdictionMention>, bool)?)null,
                    };
                    if (clause is IDefaultCaseClauseOperation)
                    {
                        others = answer;
                    }
                    else if (match is { Item2: true } found)
                    {
                        if (listed is not null && listed != answer)
                        {
                            return null;
                        }

                        listed = answer;
                        mentions.AddRange(found.Item1);
                    }
                }
            }

            return listed is { } forThem && others is { } forOthers && forThem != forOthers && mentions.Count > 0
                ? new Gate(signal, mentions.ToImmutable(), choice.Value, forThem, GateForm.Switch)
                : null;
        }

        private static bool? ReturnedConstant(IOperation branch) =>
            ReturnOf(branch) is { ReturnedValue: { } returned } && Completed(returned).ConstantValue is { HasValue: true, Value: bool value } ? value : null;

        /// <summary>
        /// The return a branch ends with when it leaves on no other way: <c>{ reason = "..."; return true; }</c> (the work
        /// before it, such as an <c>out</c> reason or a log line, does not change the answer).
        /// </summary>
        private static IReturnOperation? ReturnOf(IOperation branch)
        {
            if (branch is not IBlockOperation block)
            {
                return branch as IReturnOperation;
            }

            if (block.Operations.IsEmpty || block.Operations[block.Operations.Length - 1] is not IReturnOperation last)
            {
                return null;
            }

            return block.Operations.Take(block.Operations.Length - 1).All(o => o is IExpressionStatementOperation && !o.Descendants().Any(d => d is IThrowOperation))
                ? last
                : null;
        }

        /// <summary>The value a non-async Task&lt;bool&gt; method completes with: <c>Task.FromResult(x)</c> is x.</summary>
        private static IOperation Completed(IOperation returned) =>
            returned is IInvocationOperation { TargetMethod.Name: "FromResult", Arguments.Length: 1 } fromResult ? fromResult.Arguments[0].Value : returned;

#pragma warning disable RS1030 // One level of helper summaries needs the helper's tree; bound once per helper and cached.
        private SemanticModel? SemanticModelFor(SyntaxTree tree) =>
            _context.Compilation.ContainsSyntaxTree(tree) ? _context.Compilation.GetSemanticModel(tree) : null;
#pragma warning restore RS1030
    }
}
