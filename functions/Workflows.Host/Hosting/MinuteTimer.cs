using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Workflows.Host.Hosting;

/// <summary>
/// <c>serve</c>'s stand-in for the Functions timer trigger (<c>0 */1 * * * *</c>): runs <see cref="Housekeeping"/>
/// at the start of every minute until the host stops.
/// </summary>
internal sealed class MinuteTimer(Housekeeping housekeeping, TimeProvider clock, ILogger<MinuteTimer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            var next = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero).AddMinutes(1);
            try
            {
                await Task.Delay(next - now, clock, stoppingToken).ConfigureAwait(false);
                await housekeeping.RunAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                Log.HousekeepingFailed(logger, e);
            }
        }
    }
}
