// Presentation clickers send PageDown or ArrowRight (next), PageUp or ArrowLeft (back) and B or . (their "black
// screen" key, here: pause) to whichever window has focus. The facilitator's console listens itself and also hears
// the projector window (opened from the console, often focused on the second screen) through a BroadcastChannel, so
// the clicker works whichever window is in front. "?" and Esc open and close the console's help on the keys.
const keyActions = new Map([
  ['PageDown', 'next'], ['ArrowRight', 'next'],
  ['PageUp', 'back'], ['ArrowLeft', 'back'],
  ['b', 'pause'], ['B', 'pause'], ['.', 'pause'],
  ['?', 'help'], ['Escape', 'close'],
]);

// The keys the projector passes on: the clicker's; the help lives on the console.
const forwardedActions = new Set(['next', 'back', 'pause']);

function onKey(callback) {
  const handler = event => {
    const target = event.target;
    const typing = target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
    const action = keyActions.get(event.key);
    if (!action || event.repeat || event.altKey || event.ctrlKey || event.metaKey || typing) {
      return;
    }
    event.preventDefault();
    callback(action);
  };
  document.addEventListener('keydown', handler);
  return () => document.removeEventListener('keydown', handler);
}

function channel(name) {
  return 'BroadcastChannel' in window ? new BroadcastChannel(name) : null;
}

// The console: calls dotNet.invokeMethodAsync(method, action) for its own keys and for keys forwarded by the projector.
export function listen(dotNet, method, channelName) {
  const stopKeys = onKey(action => dotNet.invokeMethodAsync(method, action));
  const forwarded = channel(channelName);
  if (forwarded) {
    forwarded.onmessage = message => {
      if (forwardedActions.has(message.data)) dotNet.invokeMethodAsync(method, message.data);
    };
  }
  return {
    dispose() {
      stopKeys();
      forwarded?.close();
    },
  };
}

// The projector: passes the clicker's keys on to the console of the same browser.
export function forward(channelName) {
  const target = channel(channelName);
  const stopKeys = onKey(action => {
    if (forwardedActions.has(action)) target?.postMessage(action);
  });
  return {
    dispose() {
      stopKeys();
      target?.close();
    },
  };
}
