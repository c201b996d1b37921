// expect: info Unity game client sends the device location to a backend RPC and disables online features when the server answers allowed=false; a real deny gate, but which countries are restricted is decided remotely and not visible in the code
// modelled-on: intelli-verse-x/Intelli-verse-X-SDK Assets/_IntelliVerseXSDK/Backend/IVXGeolocationService.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
using System;
using System.Threading;
using System.Threading.Tasks;
using UnityEngine;

namespace Nakama
{
    public interface IApiRpc
    {
        string Payload { get; }
    }

    public interface ISession
    {
        bool IsExpired { get; }
    }

    public interface IClient
    {
        Task<IApiRpc> RpcAsync(ISession session, string id, string payload);
    }
}

namespace BlindCorpus.Case052
{
    using Nakama;

    [Serializable]
    public class GeoVerdict
    {
        public bool allowed;
        public string? country_code;
        public string? reason;
    }

    public class GeoVerdictService : MonoBehaviour
    {
        private const string RpcId = "check_geo_and_update_profile";

        [SerializeField] private GameObject onlinePlayButton = null!;
        [SerializeField] private GameObject leaderboardButton = null!;

        public event Action<GeoVerdict>? RegionBlocked;

        public IClient Client { get; set; } = null!;
        public ISession Session { get; set; } = null!;

        public async Task<GeoVerdict?> ValidateAsync(double latitude, double longitude, CancellationToken ct = default)
        {
            var payload = $"{{\"latitude\":{latitude},\"longitude\":{longitude}}}";
            var response = await Client.RpcAsync(Session, RpcId, payload);
            ct.ThrowIfCancellationRequested();

            if (string.IsNullOrEmpty(response?.Payload))
                return null;

            var verdict = JsonUtility.FromJson<GeoVerdict>(response.Payload);
            if (verdict != null && !verdict.allowed)
            {
                onlinePlayButton.SetActive(false);
                leaderboardButton.SetActive(false);
                Debug.LogWarning($"Region blocked: {verdict.reason}");
                RegionBlocked?.Invoke(verdict);
            }
            return verdict;
        }
    }
}
