namespace Workflows.Host.Tests.Dashboard.Browser;

/// <summary>
/// What it takes to get Debian's Chromium onto this machine: nothing (it is there), these commands (run in order),
/// or a reason it cannot be done here. Pure, so the decision is tested without touching the machine.
/// </summary>
internal sealed record ChromiumInstallPlan(IReadOnlyList<IReadOnlyList<string>> Commands, string? Failure)
{
    public const string Package = "chromium";

    /// <summary>Waits for a dpkg lock someone else holds (an unattended upgrade) instead of failing at once.</summary>
    private const string LockTimeout = "DPkg::Lock::Timeout=300";

    public bool NothingToDo => Commands.Count == 0 && Failure is null;

    public static ChromiumInstallPlan For(bool chromiumPresent, bool aptPresent, bool privileged, bool sudoPresent)
    {
        if (chromiumPresent)
        {
            return new([], null);
        }

        if (!aptPresent)
        {
            return new([], $"Chromium is missing at {ChromiumInstaller.ExecutablePath} and this machine has no apt-get: install Debian's '{Package}' package (or a Chromium at that path) to run the dashboard's browser tests.");
        }

        if (!privileged && !sudoPresent)
        {
            return new([], $"Chromium is missing at {ChromiumInstaller.ExecutablePath}; installing it needs root or a password-less sudo, and this process has neither: run 'apt-get install -y --no-install-recommends {Package}' as root once.");
        }

        // sudo resets the environment, so the non-interactive frontend is passed through env on the command line.
        string[] prefix = privileged ? ["env", "DEBIAN_FRONTEND=noninteractive"] : ["sudo", "-n", "env", "DEBIAN_FRONTEND=noninteractive"];
        return new(
            [
                [.. prefix, "apt-get", "-o", LockTimeout, "update"],
                [.. prefix, "apt-get", "-o", LockTimeout, "install", "-y", "--no-install-recommends", Package],
            ],
            null);
    }
}
