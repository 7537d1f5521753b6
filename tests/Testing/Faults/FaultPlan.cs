namespace Collaboration.Testing.Faults;

/// <summary>
/// How hard and how long a fault drill runs: the tests use a short plan, the fault suite a long
/// one. <see cref="Before"/> is the load before the fault, <see cref="Fault"/> how long the fault
/// lasts where it has a length, <see cref="After"/> the load after recovery, and
/// <see cref="Patience"/> how long recovery may take before the drill calls it broken.
/// </summary>
public sealed record FaultPlan(int Writers, int ProjectsEach, TimeSpan Before, TimeSpan Fault, TimeSpan After, TimeSpan Patience);
