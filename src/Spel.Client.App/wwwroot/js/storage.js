// Storage can be blocked (private windows, strict settings): then the app still works, it only forgets.
export function get(key) {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function set(key, value) {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Nothing to keep it in.
  }
}

export function remove(key) {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Nothing to remove it from.
  }
}

export function setCookie(name, value, days) {
  const maxAge = days * 24 * 60 * 60;
  document.cookie = `${name}=${encodeURIComponent(value)}; max-age=${maxAge}; path=/; samesite=lax`;
}

// The language the server rendered this page in, so the app starts in the same one when nothing was chosen yet.
export function pageLanguage() {
  return document.documentElement.lang || null;
}
