using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Spel.Testing;

/// <summary>
/// The real server as a separate process (its build output, run by the same dotnet host) on free loopback ports, so a
/// test can drive it with a browser or kill it the hard way. Its data lives in a temporary folder that goes away with it.
/// Shared by the server and end-to-end test projects (linked into both).
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    /// <summary>What Spel.Server's start-up banner (Hosting/StartupBanner) writes once it is started.</summary>
    private const string RunningLine = "Kleine Kernen Spel draait / is running.";

    private readonly Process _process;
    private readonly string _folder;
    private readonly StringBuilder _output = new();
    private readonly SemaphoreSlim _outputArrived = new(0);

    private ServerProcess(Process process, string folder, Uri baseAddress)
    {
        _process = process;
        _folder = folder;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>Everything the server wrote to stdout and stderr so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <param name="serverAssembly">The server's build output, Spel.Server.dll.</param>
    /// <param name="contentRoot">The server project's folder, so it reads its appsettings.json and finds its static web assets.</param>
    /// <param name="folder">A fresh temporary folder for its data (and anything else the test puts there); deleted afterwards.</param>
    /// <param name="settings">Server settings passed on the command line, e.g. ["Spel:Cluster"] = "Redis"; the address, ports and data folder are added.</param>
    /// <param name="environment">Extra environment variables, e.g. ASPNETCORE_ENVIRONMENT.</param>
    public static async Task<ServerProcess> StartAsync(
        string serverAssembly,
        string contentRoot,
        string folder,
        IReadOnlyDictionary<string, string> settings,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        if (!File.Exists(serverAssembly))
        {
            throw new InvalidOperationException($"The server is not built: {serverAssembly} is missing.");
        }

        var (web, silo, gateway) = FreePorts();
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = contentRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(serverAssembly);
        foreach (var (key, value) in new Dictionary<string, string>(settings)
                 {
                     ["urls"] = $"http://127.0.0.1:{web}",
                     ["Spel:DataFolder"] = Path.Combine(folder, "data"),
                     ["Spel:SiloPort"] = silo.ToString(),
                     ["Spel:GatewayPort"] = gateway.ToString(),
                 })
        {
            start.ArgumentList.Add("--" + key);
            start.ArgumentList.Add(value);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var server = new ServerProcess(new Process { StartInfo = start }, folder, new Uri($"http://127.0.0.1:{web}/"));
        try
        {
            server.Launch();
            await server.WaitUntilReadyAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Waits until the server has written <paramref name="text"/>.</summary>
    public async Task WaitForOutputAsync(string text, CancellationToken cancellationToken)
    {
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            await _outputArrived.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Kills the server outright (SIGKILL), as a power cut or a crash would: no graceful leave from the cluster.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                await KillAsync();
            }
        }
        catch (InvalidOperationException)
        {
            // Never started: nothing to stop.
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (Exception e) when (e is DirectoryNotFoundException or IOException)
        {
            // Never written, or a file still held by a dying process: the system cleans its temp folder eventually.
        }
    }

    private void Launch()
    {
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        _outputArrived.Release();
    }

    /// <summary>
    /// Waits for the start-up banner, which the server writes once Kestrel listens and the silo has started, then asks
    /// it once for the decks.
    /// </summary>
    private async Task WaitUntilReadyAsync()
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        var started = WaitForOutputAsync(RunningLine, timeout.Token);
        var exited = _process.WaitForExitAsync(timeout.Token);
        try
        {
            if (await Task.WhenAny(started, exited) == exited)
            {
                await exited;
                throw new InvalidOperationException($"The server stopped with exit code {_process.ExitCode} before it was ready.\n{Output}");
            }

            await started;
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The server did not say it is running within {StartTimeout.TotalSeconds} s.\n{Output}");
        }
        finally
        {
            await timeout.CancelAsync();
        }

        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        using var response = await http.GetAsync("api/decks");
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The server is running but GET /api/decks answered {(int)response.StatusCode}.\n{Output}");
        }
    }

    /// <summary>The dotnet host that runs this test, so the server uses the same runtime.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>Three distinct free ports: all are held at once so the system cannot hand out one twice.</summary>
    private static (int Web, int Silo, int Gateway) FreePorts()
    {
        var listeners = Enumerable.Range(0, 3).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(l => l.Start());
            var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToList();
            return (ports[0], ports[1], ports[2]);
        }
        finally
        {
            listeners.ForEach(l => l.Stop());
        }
    }
}
