// The browser's one line to the game hub, on SignalR's JavaScript client (signalr.min.js, loaded on first use).
// GameConnection (Spel.Client/Realtime) drives it; messages cross as JSON text in both directions, so the .NET side
// reads them with the same options the hub writes them with. See docs/decisions.md, "The tablet's hub client is
// SignalR's JavaScript client".

let library;

function loadLibrary() {
  library ??= new Promise((resolve, reject) => {
    if (self.signalR) {
      resolve(self.signalR);
      return;
    }
    const script = document.createElement("script");
    script.src = new URL("./signalr.min.js", import.meta.url).href;
    script.onload = () => resolve(self.signalR);
    script.onerror = () => {
      library = undefined;
      reject(new Error("signalr.min.js could not be loaded"));
    };
    document.head.appendChild(script);
  });
  return library;
}

// The same steps as GameConnection.KeepTrying: at once, after 1 s, then 2 s more per attempt, at most 10 s; never giving up.
export function retryDelayMs(attempt) {
  return 1000 * Math.min(10, attempt === 0 ? 0 : attempt === 1 ? 1 : attempt * 2);
}

// Builds a connection that reports to `screen` (a .NET object reference): Push(method, json), Reconnecting(),
// Reconnected(), Closed(message). The pushes it listens for are named by the caller.
export async function create(screen, url, pushes, keepAliveMs, serverTimeoutMs) {
  const signalR = await loadLibrary();
  const connection = new signalR.HubConnectionBuilder()
    .withUrl(url)
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: context => retryDelayMs(context.previousRetryCount) })
    .configureLogging(signalR.LogLevel.Warning)
    .build();
  connection.keepAliveIntervalInMilliseconds = keepAliveMs;
  connection.serverTimeoutInMilliseconds = serverTimeoutMs;

  for (const method of pushes) {
    connection.on(method, payload => screen.invokeMethodAsync("Push", method, JSON.stringify(payload)));
  }
  connection.onreconnecting(() => screen.invokeMethodAsync("Reconnecting"));
  connection.onreconnected(() => screen.invokeMethodAsync("Reconnected"));
  connection.onclose(error => screen.invokeMethodAsync("Closed", error ? String(error) : null));
  return {
    start: () => connection.start(),
    stop: () => connection.stop(),
    // Resolves with the reply as JSON text. A failure says whether the line was up: "server: ..." when the hub
    // answered with an error, "lost: ..." when the call was cut off by a dropped line.
    invoke: async (method, argsJson) => {
      try {
        const reply = await connection.invoke(method, ...JSON.parse(argsJson));
        return JSON.stringify(reply ?? null);
      } catch (error) {
        const lineUp = connection.state === signalR.HubConnectionState.Connected;
        throw new Error(`${lineUp ? "server" : "lost"}: ${error?.message ?? error}`);
      }
    },
  };
}
