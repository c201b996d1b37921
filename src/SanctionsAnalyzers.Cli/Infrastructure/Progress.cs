using System;
using System.Threading.Tasks;
using Spectre.Console;

namespace SanctionsAnalyzers.Cli.Infrastructure
{
    /// <summary>Where long work reports how far it got.</summary>
    public interface IProgressSink
    {
        /// <summary>What is happening now ("Restoring", "Loading projects").</summary>
        void Status(string text);

        /// <summary>Switches to a determinate count of steps.</summary>
        void Steps(int total);

        /// <summary>One step done.</summary>
        void Advance(string text);
    }

    public sealed class NullProgress : IProgressSink
    {
        public static readonly NullProgress Instance = new NullProgress();

        public void Status(string text)
        {
        }

        public void Steps(int total)
        {
        }

        public void Advance(string text)
        {
        }
    }

    /// <summary>A Spectre.Console progress bar on standard error, for interactive terminals only.</summary>
    public static class ProgressDisplay
    {
        /// <summary>Off when output is redirected, on CI (CI=true) or with --no-progress.</summary>
        public static bool IsWanted(bool noProgress, bool realConsole) =>
            !noProgress
            && realConsole
            && !Console.IsOutputRedirected
            && !Console.IsErrorRedirected
            && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
            && !string.Equals(Environment.GetEnvironmentVariable("TF_BUILD"), "true", StringComparison.OrdinalIgnoreCase);

        public static async Task<T> RunAsync<T>(bool enabled, Func<IProgressSink, Task<T>> work)
        {
            if (!enabled)
            {
                return await work(NullProgress.Instance).ConfigureAwait(false);
            }

            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            return await console.Progress()
                .AutoClear(true)
                .HideCompleted(true)
                .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask("Starting", maxValue: 1);
                    task.IsIndeterminate = true;
                    return await work(new Sink(task)).ConfigureAwait(false);
                }).ConfigureAwait(false);
        }

        private sealed class Sink : IProgressSink
        {
            private readonly ProgressTask _task;

            public Sink(ProgressTask task)
            {
                _task = task;
            }

            public void Status(string text)
            {
                _task.Description = Markup.Escape(text);
            }

            public void Steps(int total)
            {
                _task.IsIndeterminate = false;
                _task.MaxValue = Math.Max(1, total);
                _task.Value = 0;
            }

            public void Advance(string text)
            {
                _task.Description = Markup.Escape(text);
                _task.Increment(1);
            }
        }
    }
}
