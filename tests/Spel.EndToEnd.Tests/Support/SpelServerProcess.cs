using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Spel.EndToEnd.Tests.Support;

/// <summary>
/// The real server, started from its build output as a separate process on free ports,
/// with its own data and decks in a temporary folder that goes away with it.
/// </summary>
public sealed class SpelServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    private readonly Process _process;
    private readonly string _folder;
    private readonly StringBuilder _output = new();

    private SpelServerProcess(Process process, string folder, int port)
    {
        _process = process;
        _folder = folder;
        Port = port;
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
    }

    public int Port { get; }

    public Uri BaseAddress { get; }

    /// <summary>Everything the server wrote to stdout and stderr so far, to explain a failure.</summary>
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

    /// <param name="prepare">Fills the temporary folder's "decks" subfolder before the server reads it.</param>
    public static async Task<SpelServerProcess> StartAsync(Action<string> prepare)
    {
        if (!File.Exists(Repository.ServerAssembly))
        {
            throw new InvalidOperationException($"The server is not built: {Repository.ServerAssembly} is missing.");
        }

        var folder = Path.Combine(Path.GetTempPath(), "spel-e2e-" + Guid.NewGuid().ToString("N"));
        var decks = Path.Combine(folder, "decks");
        Directory.CreateDirectory(decks);
        prepare(decks);

        var (port, siloPort, gatewayPort) = FreePorts();
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = Repository.ServerProjectFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     Repository.ServerAssembly,
                     "--urls", $"http://127.0.0.1:{port}",
                     "--Spel:DataFolder", Path.Combine(folder, "data"),
                     "--Spel:DecksFolder", decks,
                     "--Spel:SiloPort", siloPort.ToString(),
                     "--Spel:GatewayPort", gatewayPort.ToString(),
                 })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";

        var server = new SpelServerProcess(new Process { StartInfo = start }, folder, port);
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

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            }
        }
        catch (InvalidOperationException)
        {
            // Never started: nothing to stop.
        }

        _process.Dispose();
        DeleteFolder();
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
    }

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The server stopped with exit code {_process.ExitCode} before it was ready.\n{Output}");
            }

            try
            {
                using var response = await http.GetAsync("api/decks");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }

        throw new TimeoutException($"The server did not answer GET /api/decks within {StartTimeout.TotalSeconds} s.\n{Output}");
    }

    private void DeleteFolder()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a dying process; the temp folder is cleaned by the system eventually.
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
