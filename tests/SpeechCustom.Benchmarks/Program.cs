using System.Globalization;
using SpeechCustom.Benchmarks;

// Benchmarks of the real module in the hosted engine against the mock, each with a baseline in the same run.
// Arguments (all optional): operations to wait for (1000), mock step in ms (1000), result files (1000), blob latency in ms (40).
int Arg(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

await WaitBenchmark.RunAsync(Arg(0, 1000), TimeSpan.FromMilliseconds(Arg(1, 1000)));
await ResultsBenchmark.RunAsync(Arg(2, 1000), TimeSpan.FromMilliseconds(Arg(3, 40)));
return 0;
