// expect: warn A mobile claims app's detail-page view model reads the device region (RegionInfo.CurrentRegion through an IDeviceRegion service) and, for IR, CU or KP, hides the "video call with an agent" button and refuses to start the Vonage video session; video conferencing is an authorized communication service for Iran and Cuba, so hiding it is a degrade.
// modelled-on: iyakiwan/Xamarin-CapitalLifeIndonesia CapitalLifeIndonesia/Views/Claim/DetailPage.xaml.cs (paraphrased, not copied; the region-dependent video-call availability is a realistic variation)
// packages: Microsoft.AspNetCore.App (framework reference), Xamarin.Forms.Vonage (stubbed in file)
// source: blind

namespace Xamarin.Forms.Vonage
{
    public interface IVonageService
    {
        bool TryStartSession();
        void EndSession();
    }

    public static class CrossVonage
    {
        public static IVonageService Current { get; set; } = null!;
    }
}

namespace BlindCorpus.Case221
{
    using System.ComponentModel;
    using System.Globalization;
    using System.Runtime.CompilerServices;
    using System.Windows.Input;
    using Xamarin.Forms.Vonage;

    public interface IDeviceRegion
    {
        string TwoLetterCode { get; }
    }

    public sealed class DeviceRegion : IDeviceRegion
    {
        public string TwoLetterCode
        {
            get
            {
                try { return RegionInfo.CurrentRegion.TwoLetterISORegionName; }
                catch (ArgumentException) { return ""; }
            }
        }
    }

    public interface INavigationService
    {
        Task PushAsync(string route);
        Task DisplayAlertAsync(string title, string message, string cancel);
    }

    public sealed class AsyncCommand : ICommand
    {
        private readonly Func<Task> _execute;
        private readonly Func<bool> _canExecute;

        public AsyncCommand(Func<Task> execute, Func<bool>? canExecute = null)
        {
            _execute = execute;
            _canExecute = canExecute ?? (() => true);
        }

        public event EventHandler? CanExecuteChanged;
        public bool CanExecute(object? parameter) => _canExecute();
        public async void Execute(object? parameter) => await _execute();
        public void RaiseCanExecuteChanged() => CanExecuteChanged?.Invoke(this, EventArgs.Empty);
    }

    public static class VideoCallAvailability
    {
        private static readonly HashSet<string> Unavailable = new(StringComparer.OrdinalIgnoreCase) { "IR", "CU", "KP" };

        public static bool IsAvailableIn(string region) => !Unavailable.Contains(region);
    }

    public sealed class ClaimDetailViewModel : INotifyPropertyChanged
    {
        private readonly INavigationService _navigation;
        private readonly IDeviceRegion _region;
        private bool _isVideoCallVisible;
        private string _statusText = "";

        public ClaimDetailViewModel(INavigationService navigation, IDeviceRegion region, bool claimActive)
        {
            _navigation = navigation;
            _region = region;
            StatusText = claimActive ? "Active" : "On progress";
            IsVideoCallVisible = claimActive && VideoCallAvailability.IsAvailableIn(_region.TwoLetterCode);
            VideoCallCommand = new AsyncCommand(OnVideoCall, () => IsVideoCallVisible);
            BackCommand = new AsyncCommand(() => _navigation.PushAsync(".."));
        }

        public event PropertyChangedEventHandler? PropertyChanged;

        public ICommand VideoCallCommand { get; }
        public ICommand BackCommand { get; }

        public bool IsVideoCallVisible
        {
            get => _isVideoCallVisible;
            private set { _isVideoCallVisible = value; OnPropertyChanged(); }
        }

        public string StatusText
        {
            get => _statusText;
            private set { _statusText = value; OnPropertyChanged(); }
        }

        private async Task OnVideoCall()
        {
            if (!VideoCallAvailability.IsAvailableIn(_region.TwoLetterCode))
            {
                await _navigation.DisplayAlertAsync("Video call", "Video calls with an agent are not available in your region.", "OK");
                return;
            }

            if (!CrossVonage.Current.TryStartSession())
                return;

            await _navigation.PushAsync("videocall");
        }

        private void OnPropertyChanged([CallerMemberName] string? name = null) =>
            PropertyChanged?.Invoke(this, new PropertyChangedEventArgs(name));
    }
}
