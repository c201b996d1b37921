// expect: ok A marketplace payout worker uses a switch statement on the seller's bank-account country to hold payouts destined for Iran, Cuba, North Korea, Syria, Sudan and Burma (status "ComplianceHold") instead of wiring the money; blocking financial transfers to sanctioned countries is still required.
// modelled-on: gitpan/Locale-Country-OFAC lib/Locale/Country/OFAC.pm (paraphrased, not copied; the sanctioned-code table is expressed as a C# switch inside a payout background service)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case236
{
    using Microsoft.Extensions.Hosting;

    public enum PayoutStatus { Pending, Sent, ComplianceHold, Failed }

    public sealed class Payout
    {
        public Guid Id { get; init; }
        public Guid SellerId { get; init; }
        public decimal Amount { get; init; }
        public string Currency { get; init; } = "USD";
        public string BankCountry { get; init; } = "";
        public string Iban { get; init; } = "";
        public PayoutStatus Status { get; set; }
        public string? Note { get; set; }
    }

    public interface IPayoutQueue
    {
        Task<IReadOnlyList<Payout>> TakePendingAsync(int max, CancellationToken ct);
        Task SaveAsync(Payout payout, CancellationToken ct);
    }

    public interface IWireClient
    {
        Task<bool> SendAsync(string iban, decimal amount, string currency, CancellationToken ct);
    }

    public sealed class PayoutDispatcher : BackgroundService
    {
        private readonly IPayoutQueue _queue;
        private readonly IWireClient _wire;

        public PayoutDispatcher(IPayoutQueue queue, IWireClient wire)
        {
            _queue = queue;
            _wire = wire;
        }

        private static bool DestinationSanctioned(string country)
        {
            switch (country.ToUpperInvariant())
            {
                case "IR":
                case "IRN":
                case "CU":
                case "CUB":
                case "KP":
                case "PRK":
                case "SY":
                case "SYR":
                case "SD":
                case "MM":
                    return true;
                default:
                    return false;
            }
        }

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                foreach (var payout in await _queue.TakePendingAsync(50, stoppingToken))
                {
                    if (DestinationSanctioned(payout.BankCountry))
                    {
                        payout.Status = PayoutStatus.ComplianceHold;
                        payout.Note = "Destination country is subject to OFAC sanctions.";
                    }
                    else
                    {
                        payout.Status = await _wire.SendAsync(payout.Iban, payout.Amount, payout.Currency, stoppingToken)
                            ? PayoutStatus.Sent
                            : PayoutStatus.Failed;
                    }

                    await _queue.SaveAsync(payout, stoppingToken);
                }

                await Task.Delay(TimeSpan.FromSeconds(30), stoppingToken);
            }
        }
    }
}
