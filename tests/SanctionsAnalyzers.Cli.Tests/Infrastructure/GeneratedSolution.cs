using System.Collections.Generic;

namespace SanctionsAnalyzers.Cli.Tests.Infrastructure
{
    /// <summary>
    /// Small solutions written into a temp folder: isolated from the repository (own Directory.* files, a NuGet.config
    /// with no feed), restored offline. They do not reference the analyzer: the tool runs it itself.
    /// </summary>
    public static class GeneratedSolution
    {
        public const string ChatHub = """
            using Microsoft.AspNetCore.SignalR;

            namespace Chat.Web.Hubs;

            public sealed class ChatHub : Hub
            {
                private static readonly string[] Blocked = { "IR", "SY" };

                public async Task SendMessage(string user, string message)
                {
                    var country = Context.GetHttpContext()?.Request.Headers["CF-IPCountry"].ToString();
                    if (Blocked.Contains(country))
                    {
                        Context.Abort();
                        return;
                    }

                    await Clients.All.SendAsync("ReceiveMessage", user, message);
                }
            }
            """;

        /// <summary>A block list bound from appsettings.json: only visible if the tool passes the file as an AdditionalFile.</summary>
        public const string MeetingHub = """
            using Microsoft.AspNetCore.SignalR;
            using Microsoft.Extensions.Options;

            namespace Chat.Web.Hubs;

            public sealed class GeoBlockingOptions
            {
                public string[] Countries { get; set; } = [];
            }

            public sealed class MeetingHub : Hub
            {
                private readonly IOptions<GeoBlockingOptions> _options;

                public MeetingHub(IOptions<GeoBlockingOptions> options)
                {
                    _options = options;
                }

                public async Task JoinRoom(string room)
                {
                    var country = Context.GetHttpContext()?.Request.Headers["CF-IPCountry"].ToString() ?? string.Empty;
                    if (_options.Value.Countries.Contains(country, StringComparer.OrdinalIgnoreCase))
                    {
                        throw new HubException("Meetings are not available in your region.");
                    }

                    await Groups.AddToGroupAsync(Context.ConnectionId, room);
                }
            }
            """;

        public const string Mailer = """
            using System;
            using System.Net.Mail;

            namespace Mail.Core
            {
                public sealed class Mailer
                {
                    public void Send(string billingCountry, string to)
                    {
                        if (billingCountry == "CU")
                        {
                            throw new InvalidOperationException("Mail is not available in your country.");
                        }

                        using var smtp = new SmtpClient("localhost");
                        smtp.Send("noreply@example.com", to, "Hello", "Body");
                    }
                }
            }
            """;

        public static void WriteIsolation(TempFolder folder)
        {
            folder.Write("Directory.Build.props", "<Project />");
            folder.Write("Directory.Build.targets", "<Project />");
            folder.Write("Directory.Packages.props", "<Project />");
            folder.Write("nuget.config", """
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                  </packageSources>
                </configuration>
                """);
        }

        public static string Project(string sdk, string outputType, string extra = "") => $"""
            <Project Sdk="{sdk}">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <OutputType>{outputType}</OutputType>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>{extra}
            </Project>
            """;

        /// <summary>
        /// Three projects: a SignalR app (SANC1001 and SANC1004 in the chat hub; SANC1001 in the meeting hub through the block
        /// list in appsettings.json, SANC1004 in that file), a mail library (SANC1001 for Cuba) and a clean tool.
        /// </summary>
        public static string WriteThreeProjects(TempFolder folder)
        {
            WriteIsolation(folder);
            folder.Write("Chat.Web/Chat.Web.csproj", Project("Microsoft.NET.Sdk.Web", "Exe"));
            folder.Write("Chat.Web/Program.cs", """
                var builder = WebApplication.CreateBuilder(args);
                builder.Services.AddSignalR();
                builder.Services.Configure<Chat.Web.Hubs.GeoBlockingOptions>(builder.Configuration.GetSection("GeoBlocking"));
                var app = builder.Build();
                app.MapHub<Chat.Web.Hubs.ChatHub>("/chat");
                app.MapHub<Chat.Web.Hubs.MeetingHub>("/meetings");
                app.Run();
                """);
            folder.Write("Chat.Web/Hubs/ChatHub.cs", ChatHub);
            folder.Write("Chat.Web/Hubs/MeetingHub.cs", MeetingHub);
            folder.Write("Chat.Web/appsettings.json", """
                {
                  "GeoBlocking": {
                    "Countries": [ "IR", "SD" ]
                  }
                }
                """);
            folder.Write("Mail.Core/Mail.Core.csproj", Project("Microsoft.NET.Sdk", "Library"));
            folder.Write("Mail.Core/Mailer.cs", Mailer);
            folder.Write("Tools/Tools.csproj", Project("Microsoft.NET.Sdk", "Exe", """

                  <ItemGroup>
                    <ProjectReference Include="../Mail.Core/Mail.Core.csproj" />
                  </ItemGroup>
                """));
            folder.Write("Tools/Program.cs", "System.Console.WriteLine(\"tools\");");
            return folder.Write("Generated.sln", Solution(new[]
            {
                ("Chat.Web", "Chat.Web\\Chat.Web.csproj", "{48493C87-911C-489C-A6EA-57AB2720CF0E}"),
                ("Mail.Core", "Mail.Core\\Mail.Core.csproj", "{9D8C48B3-E8B9-4655-BF87-73238B8F6FAA}"),
                ("Tools", "Tools\\Tools.csproj", "{7674CED4-2AFA-4F84-9F3F-04EE2BDF90EF}"),
            }));
        }

        /// <summary>A good project, one whose file is not XML, one whose package cannot be restored.</summary>
        public static string WriteBrokenSolution(TempFolder folder)
        {
            WriteIsolation(folder);
            folder.Write("Good/Good.csproj", Project("Microsoft.NET.Sdk", "Library"));
            folder.Write("Good/Mailer.cs", Mailer);
            folder.Write("Broken/Broken.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework>\n");
            folder.Write("Unrestorable/Unrestorable.csproj", Project("Microsoft.NET.Sdk", "Library", """

                  <ItemGroup>
                    <PackageReference Include="Contoso.Does.Not.Exist" Version="1.0.0" />
                  </ItemGroup>
                """));
            folder.Write("Unrestorable/Class1.cs", "namespace Unrestorable { public class Class1 { } }");
            return folder.Write("Broken.sln", Solution(new[]
            {
                ("Good", "Good\\Good.csproj", "{11111111-911C-489C-A6EA-57AB2720CF0E}"),
                ("Broken", "Broken\\Broken.csproj", "{22222222-E8B9-4655-BF87-73238B8F6FAA}"),
                ("Unrestorable", "Unrestorable\\Unrestorable.csproj", "{33333333-8F0C-4F84-9F3F-04EE2BDF90EF}"),
            }));
        }

        /// <summary>
        /// Three projects that all load: a mail library (SANC1001 for Cuba), one whose package cannot be restored and whose code
        /// uses a type of that package (one compiler error), and a clean tool.
        /// </summary>
        public static string WriteIncompleteSolution(TempFolder folder)
        {
            WriteIsolation(folder);
            folder.Write("Good/Good.csproj", Project("Microsoft.NET.Sdk", "Library"));
            folder.Write("Good/Mailer.cs", Mailer);
            folder.Write("Unrestorable/Unrestorable.csproj", Project("Microsoft.NET.Sdk", "Library", """

                  <ItemGroup>
                    <PackageReference Include="Contoso.Does.Not.Exist" Version="1.0.0" />
                  </ItemGroup>
                """));
            folder.Write("Unrestorable/Class1.cs", "namespace Unrestorable { public class Class1 { public Contoso.Widgets.Widget? Widget { get; set; } } }");
            folder.Write("Tools/Tools.csproj", Project("Microsoft.NET.Sdk", "Exe"));
            folder.Write("Tools/Program.cs", "System.Console.WriteLine(\"tools\");");
            return folder.Write("Incomplete.sln", Solution(new[]
            {
                ("Good", "Good\\Good.csproj", "{44444444-911C-489C-A6EA-57AB2720CF0E}"),
                ("Unrestorable", "Unrestorable\\Unrestorable.csproj", "{55555555-E8B9-4655-BF87-73238B8F6FAA}"),
                ("Tools", "Tools\\Tools.csproj", "{66666666-8F0C-4F84-9F3F-04EE2BDF90EF}"),
            }));
        }

        /// <summary>
        /// A library and a test project whose test framework cannot be restored (its IsTestProject is not visible to the
        /// compiler and no xunit assembly resolves): the tool must still know it for a test project by what it declares.
        /// </summary>
        public static string WriteUnrestoredTestProject(TempFolder folder)
        {
            WriteIsolation(folder);
            folder.Write("Good/Good.csproj", Project("Microsoft.NET.Sdk", "Library"));
            folder.Write("Good/Mailer.cs", Mailer);
            folder.Write("Good.Tests/Good.Tests.csproj", Project("Microsoft.NET.Sdk", "Library", """

                  <ItemGroup>
                    <PackageReference Include="Microsoft.NET.Test.Sdk" Version="99.0.0" />
                    <PackageReference Include="xunit" Version="99.0.0" />
                  </ItemGroup>
                """));
            folder.Write("Good.Tests/MailerTests.cs", "namespace Good.Tests { public class MailerTests { } }");
            return folder.Write("Tests.sln", Solution(new[]
            {
                ("Good", "Good\\Good.csproj", "{77777777-911C-489C-A6EA-57AB2720CF0E}"),
                ("Good.Tests", "Good.Tests\\Good.Tests.csproj", "{88888888-E8B9-4655-BF87-73238B8F6FAA}"),
            }));
        }

        private static string Solution(IEnumerable<(string Name, string Path, string Guid)> projects)
        {
            var header = "\nMicrosoft Visual Studio Solution File, Format Version 12.00\n# Visual Studio Version 17\nVisualStudioVersion = 17.0.31903.59\nMinimumVisualStudioVersion = 10.0.40219.1\n";
            var body = "";
            var configurations = "";
            foreach (var (name, path, guid) in projects)
            {
                body += "Project(\"{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}\") = \"" + name + "\", \"" + path + "\", \"" + guid + "\"\nEndProject\n";
                configurations += "\t\t" + guid + ".Debug|Any CPU.ActiveCfg = Debug|Any CPU\n\t\t" + guid + ".Debug|Any CPU.Build.0 = Debug|Any CPU\n";
            }

            return header + body + "Global\n\tGlobalSection(SolutionConfigurationPlatforms) = preSolution\n\t\tDebug|Any CPU = Debug|Any CPU\n\tEndGlobalSection\n"
                + "\tGlobalSection(ProjectConfigurationPlatforms) = postSolution\n" + configurations + "\tEndGlobalSection\nEndGlobal\n";
        }
    }
}
