using System;
using System.IO;
using Microsoft.Build.Locator;
using SanctionsAnalyzers.Cli.Infrastructure;

namespace SanctionsAnalyzers.Cli.Scanning
{
    /// <summary>Registers the .NET SDK's MSBuild once per process (Microsoft.Build.Locator), before any workspace type is touched.</summary>
    internal static class MsBuildRegistration
    {
        private static readonly object Gate = new object();
        private static string? _sdkPath;

        /// <summary>The SDK folder, such as /usr/share/dotnet/sdk/10.0.401/.</summary>
        public static string SdkPath
        {
            get
            {
                EnsureRegistered();
                return _sdkPath!;
            }
        }

        /// <summary>The dotnet executable that goes with the SDK.</summary>
        public static string DotnetExecutable
        {
            get
            {
                var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
                if (!string.IsNullOrEmpty(host) && File.Exists(host))
                {
                    return host!;
                }

                var root = Path.GetFullPath(Path.Combine(SdkPath, "..", ".."));
                foreach (var name in new[] { "dotnet", "dotnet.exe" })
                {
                    var candidate = Path.Combine(root, name);
                    if (File.Exists(candidate))
                    {
                        return candidate;
                    }
                }

                return "dotnet";
            }
        }

        public static void EnsureRegistered()
        {
            lock (Gate)
            {
                if (_sdkPath is not null)
                {
                    return;
                }

                if (MSBuildLocator.IsRegistered)
                {
                    // Registered by the host (a test): any SDK instance tells where dotnet lives.
                    foreach (var registered in MSBuildLocator.QueryVisualStudioInstances())
                    {
                        _sdkPath = registered.MSBuildPath;
                        return;
                    }

                    _sdkPath = AppContext.BaseDirectory;
                    return;
                }

                try
                {
                    var instance = MSBuildLocator.RegisterDefaults();
                    _sdkPath = instance.MSBuildPath;
                }
                catch (InvalidOperationException e)
                {
                    throw new CliException("configuration", "no .NET SDK found to load projects with (Microsoft.Build.Locator): " + CliApp.FirstLine(e.Message));
                }
            }
        }
    }
}
