namespace Collaboration.Grains.Tests.Organisations;

public sealed class OrganisationNumberTests
{
    // Numbers of Trøndelag's municipalities, county councils and former municipalities as
    // extracts of Enhetsregisteret (SSB, the National Library) give them.
    private static readonly string[] Registered =
    [
        "942110464", // Trondheim kommune
        "840029212", // Steinkjer kommune
        "942875967", // Namsos kommune
        "964982597", // Frøya kommune
        "944350675", // Osen kommune
        "964983003", // Oppdal kommune
        "940083672", // Rennebu kommune
        "939898743", // Røros kommune
        "937697767", // Holtålen kommune
        "970187715", // Midtre Gauldal kommune
        "938726027", // Melhus kommune
        "939865942", // Skaun kommune
        "971035560", // Malvik kommune
        "971197609", // Selbu kommune
        "864983472", // Tydal kommune
        "835231712", // Meråker kommune
        "939958851", // Stjørdal kommune
        "944482253", // Frosta kommune
        "938587051", // Levanger kommune
        "938587418", // Verdal kommune
        "964982031", // Snåsa kommune
        "972417963", // Lierne kommune
        "964982120", // Røyrvik kommune
        "864982212", // Namsskogan kommune
        "940010853", // Grong kommune
        "959220476", // Høylandet kommune
        "939896600", // Overhalla kommune
        "845153272", // Flatanger kommune
        "944484574", // Leka kommune
        "997391853", // Inderøy kommune
        "944305483", // Indre Fosen kommune
        "920920004", // Heim kommune
        "938772924", // Hitra kommune
        "921806027", // Ørland kommune
        "921875533", // Åfjord kommune
        "921233418", // Orkland kommune
        "921785410", // Nærøysund kommune
        "940138051", // Rindal kommune
        "817920632", // Trøndelag fylkeskommune
        "938634556", // Sør-Trøndelag fylkeskommune
        "938967091", // Nord-Trøndelag fylkeskommune
        "958731469", // Klæbu kommune
        "958731558", // Orkdal kommune
        "944426124", // Leksvik kommune
        "840098222", // Agdenes kommune
        "958731647", // Meldal kommune
        "964982309", // Snillfjord kommune
        "940158893", // Hemne kommune
        "944422315", // Bjugn kommune
        "964982686", // Ørland kommune
        "944315438", // Roan kommune
        "964982864", // Åfjord kommune
        "964981981", // Verran kommune
        "940015456", // Namdalseid kommune
        "964982775", // Fosnes kommune
        "944976728", // Vikna kommune
        "944350497", // Nærøy kommune
        "940015278", // Mosvik kommune
        "963955162", // Inderøy kommune
    ];

    public static TheoryData<string> RegisteredNumbers => [.. Registered];

    [Theory]
    [MemberData(nameof(RegisteredNumbers))]
    public void Registered_numbers_pass_the_check(string number)
    {
        Assert.True(OrganisationNumber.IsValid(number));
        Assert.True(OrganisationNumber.TryParse(number, out var parsed));
        Assert.Equal(number, parsed);
    }

    [Theory]
    [MemberData(nameof(RegisteredNumbers))]
    public void Any_single_altered_digit_fails_the_check(string number)
    {
        // Weights 2–7 are all prime to 11, so changing one digit always changes the remainder.
        for (var position = 0; position < 9; position++)
        {
            for (var digit = '0'; digit <= '9'; digit++)
            {
                if (digit != number[position])
                {
                    var altered = string.Concat(number.AsSpan(0, position), digit.ToString(), number.AsSpan(position + 1));
                    Assert.False(OrganisationNumber.IsValid(altered), $"{altered} (from {number}) passed");
                }
            }
        }
    }

    [Fact]
    public void Swapped_neighbours_fail_the_check() =>
        Assert.False(OrganisationNumber.IsValid("941210464"));

    [Theory]
    [InlineData("")]
    [InlineData("94211046")]
    [InlineData("9421104640")]
    [InlineData("94211046x")]
    [InlineData(" 942110464")]
    [InlineData("-42110464")]
    [InlineData("９４２１１０４６４")]
    public void Refuses_what_is_not_nine_digits(string text) => Assert.False(OrganisationNumber.IsValid(text));

    [Fact]
    public void Reads_the_grouped_form_the_register_prints()
    {
        Assert.True(OrganisationNumber.TryParse(" 942 110 464 ", out var parsed));
        Assert.Equal("942110464", parsed);
        Assert.False(OrganisationNumber.TryParse("9421 10464", out _));
        Assert.False(OrganisationNumber.TryParse(null, out _));
    }

    [Fact]
    public void Computes_the_check_digit_eleven_as_zero_and_refuses_ten()
    {
        Assert.Equal(4, OrganisationNumber.CheckDigit("94211046"));
        // Weighted sum 3·1 + 2·4 = 11: check 11 − 0 = 11, written 0.
        Assert.Equal(0, OrganisationNumber.CheckDigit("10000004"));
        Assert.True(OrganisationNumber.IsValid("100000040"));
        // Weighted sum 2·6 = 12, remainder 1: 11 − 1 = 10, which no number has.
        Assert.Null(OrganisationNumber.CheckDigit("00000006"));
        Assert.DoesNotContain(Enumerable.Range(0, 10), d => OrganisationNumber.IsValid($"00000006{d}"));
    }
}
