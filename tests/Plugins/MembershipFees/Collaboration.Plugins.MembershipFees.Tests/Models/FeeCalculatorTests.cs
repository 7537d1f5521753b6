using Collaboration.Forums;
using Collaboration.MembershipFees.Models;

namespace Collaboration.MembershipFees.Tests.Models;

public sealed class FeeCalculatorTests
{
    private static FeeModel Model(decimal baseAmount = 100_000, decimal rate = 3, decimal? floor = null, decimal? cap = null,
        ObserverRule? observers = null, Discount? discount = null, decimal county = 0) =>
        new("forslag", "Forslag", baseAmount, rate, floor, cap, observers ?? new ObserverRule(true, 0), discount ?? Discount.None, county, null, null, null);

    private static MemberBasis Member(string id, int population, MembershipRole role = MembershipRole.Member, bool doubleMember = false) =>
        new(id, $"Kommune {id}", role, population, 2022, doubleMember);

    private static decimal FeeOf(FeeModel model, MemberBasis member) => FeeCalculator.Compute(model, 2023, [member]).Fees.Single().Fee;

    [Fact]
    public void A_member_pays_base_plus_rate_per_inhabitant() =>
        Assert.Equal(100_000 + (3.5m * 8_360), FeeOf(Model(rate: 3.5m), Member("5029", 8_360)));

    [Fact]
    public void The_floor_lifts_a_small_member_and_the_cap_holds_back_a_large_one()
    {
        var model = Model(baseAmount: 50_000, rate: 3, floor: 80_000, cap: 400_000);

        Assert.Equal(80_000, FeeOf(model, Member("5033", 752)));
        Assert.Equal(400_000, FeeOf(model, Member("5001", 210_496)));
        Assert.Equal(50_000 + (3m * 17_123), FeeOf(model, Member("5028", 17_123)));
    }

    [Fact]
    public void Observers_pay_nothing_or_a_reduced_fee()
    {
        var observer = Member("5032", 4_090, MembershipRole.Observer);

        Assert.Equal(0, FeeOf(Model(observers: new ObserverRule(true, 0)), observer));
        Assert.Equal((100_000 + (3m * 4_090)) / 2, FeeOf(Model(observers: new ObserverRule(false, 50)), observer));
    }

    [Fact]
    public void A_double_member_gets_the_discount_by_percent_or_fixed_but_never_below_zero()
    {
        var indreFosen = Member("5054", 9_899, doubleMember: true);
        var full = 100_000 + (3m * 9_899);

        Assert.Equal(full * 0.8m, FeeOf(Model(discount: new Discount(20, 0)), indreFosen));
        Assert.Equal(full - 25_000, FeeOf(Model(discount: new Discount(0, 25_000)), indreFosen));
        Assert.Equal(0, FeeOf(Model(discount: new Discount(0, 1_000_000)), indreFosen));
        Assert.Equal(full, FeeOf(Model(discount: new Discount(20, 0)), indreFosen with { DoubleMember = false }));
    }

    [Fact]
    public void Revenue_adds_the_county_and_the_double_membership_cost_is_what_the_discounts_take()
    {
        var sheet = FeeCalculator.Compute(Model(discount: new Discount(10, 0), county: 500_000), 2023,
            [Member("5001", 210_496), Member("5054", 9_899, doubleMember: true), Member("5031", 14_425, doubleMember: true)]);

        Assert.Equal(sheet.Fees.Sum(f => f.Fee) + 500_000, sheet.Revenue);
        Assert.Equal(((100_000 + (3m * 9_899)) + (100_000 + (3m * 14_425))) * 0.1m, sheet.DoubleMembershipCost);
    }

    [Fact]
    public void Fees_are_to_the_ore_their_lines_add_up_and_the_total_is_exact()
    {
        var random = new Random(2023);
        for (var run = 0; run < 200; run++)
        {
            var model = Model(random.Next(0, 200_000) + (random.Next(0, 100) / 100m), random.Next(0, 1_000) / 137m,
                floor: random.Next(2) == 0 ? null : random.Next(0, 100_000), cap: null,
                observers: new ObserverRule(false, random.Next(0, 101)), discount: new Discount(random.Next(0, 101) / 3m, 0));
            var members = Enumerable.Range(0, random.Next(1, 12)).Select(i => Member($"{5001 + i}", random.Next(0, 300_000),
                random.Next(4) == 0 ? MembershipRole.Observer : MembershipRole.Member, random.Next(3) == 0)).ToList();

            var sheet = FeeCalculator.Compute(model, 2023, members);

            Assert.All(sheet.Fees, f => Assert.Equal(f.Fee, f.Lines.Sum(l => l.Amount)));
            Assert.All(sheet.Fees, f => Assert.Equal(f.Fee, decimal.Round(f.Fee, 2)));
            Assert.All(sheet.Fees, f => Assert.True(f.Fee >= 0));
            Assert.Equal(sheet.MemberTotal, sheet.Fees.Sum(f => f.Fee));
        }
    }

    [Fact]
    public void A_population_from_another_year_is_said_in_the_line()
    {
        var sheet = FeeCalculator.Compute(Model(), 2023, [Member("5001", 210_496) with { PopulationYear = 2020 }]);
        Assert.Contains("ikke 1.1.2022", sheet.Fees.Single().Lines[1].Text);
    }
}
