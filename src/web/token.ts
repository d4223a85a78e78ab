/**
 * The read token of a server that requires one (`sitroom serve --read-token`, or SITROOM_READ_TOKEN):
 * typed once, kept for this browser tab only (sessionStorage: gone when the tab closes, never written to
 * disk as localStorage would be), and sent as a bearer header by api.ts.
 */
const KEY = 'sitroom.read-token';

export function readToken(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function saveToken(token: string): void {
  sessionStorage.setItem(KEY, token);
}

export function forgetToken(): void {
  sessionStorage.removeItem(KEY);
}
