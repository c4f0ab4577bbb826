// Presentation clickers send PageDown or ArrowRight to whichever window has focus. The facilitator's console
// listens itself and also hears the projector window (opened from the console, often focused on the second
// screen) through a BroadcastChannel, so the clicker works whichever window is in front.
const nextKeys = new Set(['PageDown', 'ArrowRight']);

function onNextKey(callback) {
  const handler = event => {
    const target = event.target;
    const typing = target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
    if (!nextKeys.has(event.key) || event.repeat || event.altKey || event.ctrlKey || event.metaKey || typing) {
      return;
    }
    event.preventDefault();
    callback();
  };
  document.addEventListener('keydown', handler);
  return () => document.removeEventListener('keydown', handler);
}

function channel(name) {
  return 'BroadcastChannel' in window ? new BroadcastChannel(name) : null;
}

// The console: calls dotNet.invokeMethodAsync(method) for its own keys and for keys forwarded by the projector.
export function listen(dotNet, method, channelName) {
  const stopKeys = onNextKey(() => dotNet.invokeMethodAsync(method));
  const forwarded = channel(channelName);
  if (forwarded) forwarded.onmessage = () => dotNet.invokeMethodAsync(method);
  return {
    dispose() {
      stopKeys();
      forwarded?.close();
    },
  };
}

// The projector: passes the keys on to the console of the same browser.
export function forward(channelName) {
  const target = channel(channelName);
  const stopKeys = onNextKey(() => target?.postMessage('next'));
  return {
    dispose() {
      stopKeys();
      target?.close();
    },
  };
}
