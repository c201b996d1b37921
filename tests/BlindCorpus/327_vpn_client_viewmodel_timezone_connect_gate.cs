// expect: warn A desktop/mobile VPN client's main view-model disables the Connect command and shows "service unavailable in your region" when the device time zone is Iran Standard Time / Asia/Tehran or the OS region is IR, so people in Iran cannot start the VPN tunnel; VPN and anti-censorship tools are authorized for Iran under GL D-2.
// modelled-on: OutlineFoundation/outline-sdk issue #82 "Does this bypass US sanctions?" (paraphrased, not copied; the discussion of providers that shut Iranian users out of tunnelling tools became a MAUI/Avalonia-style view-model that gates the Connect button on the local time zone and region)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case327
{
    using System.ComponentModel;
    using System.Globalization;
    using System.Runtime.CompilerServices;
    using System.Windows.Input;

    public interface ITunnelService
    {
        Task StartAsync(string accessKey, CancellationToken ct);
        Task StopAsync();
        bool IsRunning { get; }
    }

    public sealed class RelayCommand : ICommand
    {
        private readonly Func<Task> _execute;
        private readonly Func<bool> _canExecute;

        public RelayCommand(Func<Task> execute, Func<bool> canExecute)
        {
            _execute = execute;
            _canExecute = canExecute;
        }

        public event EventHandler? CanExecuteChanged;
        public bool CanExecute(object? parameter) => _canExecute();
        public async void Execute(object? parameter) => await _execute();
        public void Raise() => CanExecuteChanged?.Invoke(this, EventArgs.Empty);
    }

    public static class DeviceLocale
    {
        private static readonly string[] RestrictedZones = { "Iran Standard Time", "Asia/Tehran" };

        public static bool IsRestricted()
        {
            var zone = TimeZoneInfo.Local.Id;
            if (RestrictedZones.Contains(zone, StringComparer.OrdinalIgnoreCase))
                return true;

            try
            {
                return RegionInfo.CurrentRegion.TwoLetterISORegionName == "IR";
            }
            catch (ArgumentException)
            {
                return false;
            }
        }
    }

    public sealed class MainViewModel : INotifyPropertyChanged
    {
        private readonly ITunnelService _tunnel;
        private string _status = "Disconnected";
        private bool _connectAvailable;

        public MainViewModel(ITunnelService tunnel)
        {
            _tunnel = tunnel;
            ConnectCommand = new RelayCommand(ConnectAsync, () => ConnectAvailable && !_tunnel.IsRunning);
            Initialize();
        }

        public event PropertyChangedEventHandler? PropertyChanged;

        public RelayCommand ConnectCommand { get; }
        public string AccessKey { get; set; } = string.Empty;

        public string Status
        {
            get => _status;
            private set { _status = value; OnChanged(); }
        }

        public bool ConnectAvailable
        {
            get => _connectAvailable;
            private set { _connectAvailable = value; OnChanged(); ConnectCommand.Raise(); }
        }

        private void Initialize()
        {
            if (DeviceLocale.IsRestricted())
            {
                ConnectAvailable = false;
                Status = "This service is unavailable in your region.";
                return;
            }

            ConnectAvailable = true;
        }

        private async Task ConnectAsync()
        {
            Status = "Connecting…";
            await _tunnel.StartAsync(AccessKey, CancellationToken.None);
            Status = _tunnel.IsRunning ? "Connected" : "Failed to connect";
            ConnectCommand.Raise();
        }

        private void OnChanged([CallerMemberName] string? name = null) =>
            PropertyChanged?.Invoke(this, new PropertyChangedEventArgs(name));
    }
}
