// expect: info An account service refuses to move a user's saved postal addresses into server-side account storage (they stay device-local) when the address country is CU, IR, KP, SD or SY unless a feature flag is on; the country list is clear but whether cloud storage of saved addresses counts as an authorized communication/cloud service or an ordinary commercial service is genuinely unclear.
// modelled-on: chromium/chromium components/autofill/core/browser/data_manager/addresses/address_data_manager.cc (paraphrased, not copied; IsCountryEligibleForAccountStorage with its kUnsupportedCountries array and feature override became a C# address store with an IConfiguration flag)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case266
{
    public enum AddressRecordType
    {
        DeviceLocal,
        Account,
    }

    public sealed record SavedAddress(Guid Id, string FullName, string Street, string City, string PostalCode, string CountryCode, AddressRecordType RecordType);

    public interface IAddressRepository
    {
        Task<SavedAddress?> GetAsync(Guid id, CancellationToken ct);
        Task RemoveAsync(Guid id, CancellationToken ct);
        Task AddAsync(SavedAddress address, CancellationToken ct);
    }

    public sealed class AddressAccountStorage
    {
        private static readonly string[] UnsupportedCountries = { "CU", "IR", "KP", "SD", "SY" };

        private readonly IAddressRepository _repository;
        private readonly IConfiguration _configuration;

        public AddressAccountStorage(IAddressRepository repository, IConfiguration configuration)
        {
            _repository = repository;
            _configuration = configuration;
        }

        public bool IsCountryEligibleForAccountStorage(string countryCode)
        {
            if (_configuration.GetValue<bool>("Features:AccountStorageForIneligibleCountries"))
            {
                return true;
            }

            return Array.IndexOf(UnsupportedCountries, countryCode.ToUpperInvariant()) < 0;
        }

        /// <summary>Migrates a device-local address to the user's account so it is available on every device.</summary>
        public async Task<bool> MigrateToAccountAsync(Guid addressId, CancellationToken ct)
        {
            var address = await _repository.GetAsync(addressId, ct);
            if (address is null || address.RecordType == AddressRecordType.Account)
            {
                return false;
            }

            if (!IsCountryEligibleForAccountStorage(address.CountryCode))
            {
                // Keep it on the device only.
                return false;
            }

            var accountCopy = address with { Id = Guid.NewGuid(), RecordType = AddressRecordType.Account };
            await _repository.RemoveAsync(address.Id, ct);
            await _repository.AddAsync(accountCopy, ct);
            return true;
        }
    }
}
