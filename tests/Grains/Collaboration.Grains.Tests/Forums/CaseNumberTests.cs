using Collaboration.Forums;

namespace Collaboration.Grains.Tests.Forums;

public sealed class CaseNumberTests
{
    [Theory]
    [InlineData("KF 23/22", "KF", 23, 2022)]
    [InlineData("TR 49/21", "TR", 49, 2021)]
    [InlineData("KF 7/2023", "KF", 7, 2023)]
    public void Parses_the_written_form(string text, string prefix, int sequence, int year)
    {
        Assert.True(CaseNumber.TryParse(text, out var number));
        Assert.Equal(new CaseNumber(prefix, sequence, year), number);
    }

    [Theory]
    [InlineData("KF23/22")]
    [InlineData("kf 23/22")]
    [InlineData("KF 0/22")]
    [InlineData("KF 23/222")]
    [InlineData("")]
    public void Refuses_malformed_numbers(string text) => Assert.False(CaseNumber.TryParse(text, out _));

    [Fact]
    public void Writes_two_digit_years() => Assert.Equal("KF 5/09", new CaseNumber("KF", 5, 2009).ToString());
}
