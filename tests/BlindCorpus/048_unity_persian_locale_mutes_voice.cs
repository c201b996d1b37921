// expect: warn Unity game client turns off voice chat and global text chat when the device locale language is Persian ("fa"), a proxy that also hits Persian speakers outside Iran; chat is an authorized communication feature
// modelled-on: mulova/comunity Assets/etc/platform/android/Android.cs (paraphrased, not copied; the real helper only reads the device locale, the chat gate is a realistic variation)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
using System.Globalization;
using UnityEngine;

namespace BlindCorpus.Case048
{
    public static class DeviceLocale
    {
        public static string GetLanguage()
        {
            // On Android this would come from java.util.Locale.getDefault().getLanguage()
            return CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        }
    }

    public class CommsSettings : MonoBehaviour
    {
        [SerializeField] private GameObject voiceChatToggle = null!;
        [SerializeField] private GameObject globalChatPanel = null!;

        public bool VoiceEnabled { get; private set; } = true;
        public bool GlobalChatEnabled { get; private set; } = true;

        private void Awake()
        {
            ApplyLocaleRestrictions(DeviceLocale.GetLanguage());
        }

        private void ApplyLocaleRestrictions(string language)
        {
            if (language == "fa")
            {
                VoiceEnabled = false;
                GlobalChatEnabled = false;
                voiceChatToggle.SetActive(false);
                globalChatPanel.SetActive(false);
                Debug.Log("Voice and global chat are unavailable for this locale");
            }
        }
    }
}
