using Collaboration.Portfolio.Benchmark;

// Seeds a portfolio of projects and funding applications across 357 municipalities into a fresh
// system on loopback ports, then measures the filtered portfolio query over HTTP, how long a
// change takes to show in it, and how long the portfolio takes to rebuild after a restart.
await PortfolioFigures.MeasureAsync(BenchmarkOptions.Parse(args));
