// expect: warn Unity game client asks ipinfo.io for the player's country and hides the online multiplayer entry when it is "ir" or "cu"; online multiplayer is authorized e-gaming for Iran/Cuba
// modelled-on: S-DALI/EpiGuru EpiGuru/Assets/Scripts/GeoLocationChecker.cs (paraphrased, not copied; the real script redirects non-Ukrainian users, here the same lookup gates multiplayer)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
using System.Collections;
using UnityEngine;
using UnityEngine.Networking;

namespace BlindCorpus.Case046
{
    public class OnlineEntryGate : MonoBehaviour
    {
        [SerializeField] private GameObject multiplayerButton = null!;
        [SerializeField] private GameObject regionNotice = null!;

        private static readonly string[] UnavailableRegions = { "ir", "cu" };

        private void Start()
        {
            StartCoroutine(CheckLocation());
        }

        private IEnumerator CheckLocation()
        {
            using var www = UnityWebRequest.Get("https://ipinfo.io/json");
            yield return www.SendWebRequest();

            if (www.result != UnityWebRequest.Result.Success)
            {
                Debug.LogWarning("Geo lookup failed: " + www.error);
                yield break;
            }

            var info = JsonUtility.FromJson<IpInfoPayload>(www.downloadHandler.text);
            var country = info?.country?.ToLowerInvariant();
            if (string.IsNullOrEmpty(country))
                yield break;

            if (System.Array.IndexOf(UnavailableRegions, country) >= 0)
            {
                multiplayerButton.SetActive(false);
                regionNotice.SetActive(true);
                Debug.Log("Online play disabled for region " + country);
            }
        }

        [System.Serializable]
        public class IpInfoPayload
        {
            public string? country;
            public string? region;
        }
    }
}
