/**
 * Login attempts per account, whatever the address (the per-address limit alone let 11 addresses
 * try 110 passwords a minute on one account). A fixed window per account, in this process's memory
 * (like the per-address limit; with --workers each process counts its own).
 */
export interface LoginThrottle {
  /** Counts an attempt on `account`; the seconds to wait if it is one too many, else null. */
  attempt(account: string): number | null;
}

export function loginThrottle(perMinute: number, now: () => number = Date.now): LoginThrottle {
  const windows = new Map<string, { count: number; resetAt: number }>();
  return {
    attempt(account) {
      const t = now();
      if (windows.size > 10_000) for (const [k, w] of windows) if (w.resetAt <= t) windows.delete(k);
      let w = windows.get(account);
      if (!w || w.resetAt <= t) windows.set(account, (w = { count: 0, resetAt: t + 60_000 }));
      w.count++;
      return w.count > perMinute ? Math.ceil((w.resetAt - t) / 1000) : null;
    },
  };
}
