// expect: none CS2 server plugin uses the GeoIP country of a new player only to pick a default chat/UI language (IR maps to fa-IR, others to English); localization choice, not a block
// modelled-on: fltuna/CSSharpLanguageCentral CSSharpLanguageCentral/CSSharpLanguageCentral.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using MaxMind.GeoIP2;

namespace CounterStrikeSharp.API.Core
{
    public static class Listeners
    {
        public delegate void OnClientConnect(int playerSlot, string name, string ipAddress);
        public delegate void OnClientPutInServer(int playerSlot);
    }

    public abstract class BasePlugin
    {
        public abstract string ModuleName { get; }
        public abstract string ModuleVersion { get; }
        public string ModuleDirectory { get; } = "";
        public virtual void Load(bool hotReload) { }
        public void RegisterListener<T>(T handler) where T : Delegate { }
    }
}

namespace BlindCorpus.Case056
{
    using CounterStrikeSharp.API.Core;

    public class LanguageByRegion : BasePlugin
    {
        public override string ModuleName => "LanguageByRegion";
        public override string ModuleVersion => "0.1.0";

        private readonly Dictionary<int, string> _slotCountry = new();
        public Dictionary<int, CultureInfo> PreferredCulture { get; } = new();

        private static readonly Dictionary<string, string> CountryToCulture = new()
        {
            ["US"] = "en-US",
            ["JP"] = "ja-JP",
            ["IR"] = "fa-IR",
            ["DE"] = "de-DE",
        };

        public override void Load(bool hotReload)
        {
            RegisterListener<Listeners.OnClientConnect>(OnClientConnect);
            RegisterListener<Listeners.OnClientPutInServer>(OnClientPutInServer);
        }

        private void OnClientConnect(int slot, string name, string ipAddress)
        {
            var ip = ipAddress.Split(':')[0];
            try
            {
                using var reader = new DatabaseReader(Path.Combine(ModuleDirectory, "GeoLite2-City.mmdb"));
                _slotCountry[slot] = reader.City(ip).Country.IsoCode ?? "";
            }
            catch (Exception e)
            {
                Console.WriteLine(e.Message);
            }
        }

        private void OnClientPutInServer(int slot)
        {
            if (!_slotCountry.Remove(slot, out var country))
                return;

            if (!CountryToCulture.TryGetValue(country, out var cultureName))
                cultureName = CountryToCulture["US"];

            PreferredCulture[slot] = new CultureInfo(cultureName);
        }
    }
}
