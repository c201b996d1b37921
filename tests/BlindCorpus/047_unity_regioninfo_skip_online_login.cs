// expect: warn Unity game SDK reads RegionInfo.CurrentRegion and refuses to start the online login/session for IR and CU devices; user authentication and online play are authorized for Iran/Cuba
// modelled-on: getbraincloud/braincloud-csharp BrainCloudClient/Packages/com.bitheads.braincloud/Runtime/Client/BrainCloud/RegionLocale.cs (paraphrased, not copied; the real file only reads the locale, the gate is a realistic variation)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
using System.Globalization;
using System.Threading.Tasks;
using UnityEngine;

namespace BlindCorpus.Case047
{
    public static class DeviceRegion
    {
        private static string _cached = "";

        public static string CountryLocale
        {
            get
            {
                if (_cached == "")
                    _cached = RegionInfo.CurrentRegion.TwoLetterISORegionName;
                return _cached;
            }
        }
    }

    public class OnlineSessionBootstrap : MonoBehaviour
    {
        public bool IsOnline { get; private set; }

        public static bool CanUseOnlineServices()
        {
            switch (DeviceRegion.CountryLocale)
            {
                case "IR":
                case "CU":
                    return false;
                default:
                    return true;
            }
        }

        public async Task<bool> LoginAsync(string deviceId)
        {
            if (!CanUseOnlineServices())
            {
                Debug.LogWarning("Online login is not offered in this region; continuing offline.");
                IsOnline = false;
                return false;
            }

            await Task.Yield();
            IsOnline = !string.IsNullOrEmpty(deviceId);
            return IsOnline;
        }
    }
}
