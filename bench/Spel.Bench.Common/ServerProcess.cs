using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Spel.Bench.Common;

/// <summary>
/// A server under test as a separate process on a free loopback port, with its own temporary folder, optionally pinned
/// to one core with <c>taskset</c>; it reads the process's CPU time, memory and disk writes from /proc.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process, string folder, Uri address, int? core)
    {
        _process = process;
        Folder = folder;
        Address = address;
        Core = core;
    }

    public Uri Address { get; }

    /// <summary>Deleted when the process stops.</summary>
    public string Folder { get; }

    /// <summary>The core the process is pinned to, or null when it is not pinned.</summary>
    public int? Core { get; }

    public int Id => _process.Id;

    /// <summary>True when <c>taskset</c> is on the path, so processes can be pinned to a core.</summary>
    public static bool CanPin { get; } = OnPath("taskset");

    /// <summary>
    /// Starts <c>dotnet dll --urls http://127.0.0.1:port</c> plus <paramref name="arguments"/> (which may name
    /// <see cref="Folder"/> through <c>{folder}</c>), and returns once <paramref name="readyPath"/> answers.
    /// </summary>
    public static async Task<ServerProcess> StartAsync(string dll, string workingDirectory, IEnumerable<string> arguments, string readyPath, int? core = null)
    {
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"Build it first (the benchmark's build does): {dll}");
        }

        var folder = Path.Combine(Path.GetTempPath(), "spel-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var port = FreePort();
        var pinned = core is not null && CanPin ? core : null;
        var start = new ProcessStartInfo(pinned is null ? "dotnet" : "taskset")
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
        };
        // taskset execs dotnet, so the process id stays the server's own.
        var command = pinned is null ? [] : new[] { "-c", pinned.Value.ToString(), "dotnet" };
        foreach (var argument in command.Concat([dll, "--urls", $"http://127.0.0.1:{port}"]).Concat(arguments.Select(a => a.Replace("{folder}", folder))))
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        var server = new ServerProcess(process, folder, new Uri($"http://127.0.0.1:{port}/"), pinned);
        using var http = new HttpClient { BaseAddress = server.Address };
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                (await http.GetAsync(readyPath)).EnsureSuccessStatusCode();
                return server;
            }
            catch (HttpRequestException) when (attempt < 240 && !process.HasExited)
            {
                await Task.Delay(500);
            }
        }
    }

    /// <summary>User plus system CPU time the process has used so far, from /proc/&lt;pid&gt;/stat.</summary>
    public TimeSpan CpuTime()
    {
        var stat = File.ReadAllText($"/proc/{Id}/stat");
        // The command name may hold spaces; the fields after its closing parenthesis start with field 3 (state).
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[14 - 3]) + long.Parse(fields[15 - 3]);
        return TimeSpan.FromSeconds(ticks / (double)ClockTicksPerSecond.Value);
    }

    /// <summary>
    /// Resets the process's peak resident memory to what it uses now (writing 5 to /proc/&lt;pid&gt;/clear_refs);
    /// false when the kernel does not allow it, and then <see cref="PeakResidentMegabytes"/> is the peak since start.
    /// </summary>
    public bool ResetPeakMemory()
    {
        try
        {
            File.WriteAllText($"/proc/{Id}/clear_refs", "5");
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>VmHWM: the most resident memory the process had since start or the last <see cref="ResetPeakMemory"/>.</summary>
    public double PeakResidentMegabytes() => StatusKilobytes("VmHWM:") / 1024.0;

    public double ResidentMegabytes() => StatusKilobytes("VmRSS:") / 1024.0;

    /// <summary>Bytes the process caused to be written to storage (write_bytes in /proc/&lt;pid&gt;/io), or null when unreadable.</summary>
    public long? DiskBytesWritten()
    {
        try
        {
            var line = File.ReadLines($"/proc/{Id}/io").FirstOrDefault(l => l.StartsWith("write_bytes:", StringComparison.Ordinal));
            return line is null ? null : long.Parse(line["write_bytes:".Length..].Trim());
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        Directory.Delete(Folder, recursive: true);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Pins every thread of this process to <paramref name="cores"/>; false when it cannot.</summary>
    public static bool PinThisProcess(IEnumerable<int> cores) =>
        CanPin && Run("taskset", "-a", "-cp", string.Join(',', cores), Environment.ProcessId.ToString()) is not null;

    private long StatusKilobytes(string field)
    {
        var line = File.ReadLines($"/proc/{Id}/status").First(l => l.StartsWith(field, StringComparison.Ordinal));
        return long.Parse(line[field.Length..].Trim().Split(' ')[0]);
    }

    private static readonly Lazy<long> ClockTicksPerSecond = new(() => long.TryParse(Run("getconf", "CLK_TCK"), out var ticks) ? ticks : 100);

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(folder => File.Exists(Path.Combine(folder, program)));

    /// <summary>The program's output, or null when it failed.</summary>
    private static string? Run(string program, params string[] arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? output.Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
