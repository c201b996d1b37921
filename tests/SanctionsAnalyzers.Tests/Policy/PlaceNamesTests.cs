using System.Linq;
using SanctionsAnalyzers.Policy;
using Xunit;

namespace SanctionsAnalyzers.Tests.Policy
{
    public class PlaceNamesTests
    {
        private static string[] InIdentifier(string name) => PlaceNames.Embedded.InIdentifier(name).Select(p => p.Jurisdiction.Id).ToArray();

        private static string[] InFileName(string text) => PlaceNames.Embedded.InFileName(text).Select(p => p.Jurisdiction.Id).ToArray();

        [Theory]
        [InlineData("IranBlocks", "IR")]
        [InlineData("_iranRanges", "IR")]
        [InlineData("iranIPRanges", "IR")]
        [InlineData("IsIranian", "IR")]
        [InlineData("CUBAN_NETWORKS", "CU")]
        [InlineData("NorthKoreaRanges", "KP")]
        [InlineData("north_korean_blocks", "KP")]
        [InlineData("DprkAddresses", "KP")]
        [InlineData("SyrianRanges", "SY")]
        public void Identifier_NamesThePlace(string name, string expected) => Assert.Equal(new[] { expected }, InIdentifier(name));

        [Theory]
        [InlineData("Tirana")]
        [InlineData("Iranges")]
        [InlineData("KoreaRanges")]
        [InlineData("DnrCodes")]
        [InlineData("Blocked")]
        public void Identifier_NamesNoPlace(string name) => Assert.Empty(InIdentifier(name));

        [Fact]
        public void Identifier_SeveralPlaces() => Assert.Equal(new[] { "IR", "CU" }, InIdentifier("IranAndCubaRanges"));

        [Theory]
        [InlineData("ir.csv", "IR")]
        [InlineData("geo/IR.txt", "IR")]
        [InlineData(@"data\irn-ipv4.cidr", "IR")]
        [InlineData("cu_ranges.zone", "CU")]
        [InlineData("iran-networks.json", "IR")]
        public void FileName_NamesThePlace(string path, string expected) => Assert.Equal(new[] { expected }, InFileName(path));

        [Theory]
        [InlineData("example.ir")]
        [InlineData("ir")]
        [InlineData("de.csv")]
        [InlineData("dbip-country.csv")]
        [InlineData("Not available in ir.csv form")]
        [InlineData(".csv")]
        public void FileName_NamesNoPlace(string text) => Assert.Empty(InFileName(text));
    }
}
