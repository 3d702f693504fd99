/**
 * Progress on stderr: a bar (cli-progress) on a terminal — rows, rate, time left when the input's
 * size is known — else a plain line every few seconds.
 */
import cliProgress from 'cli-progress';

export interface Progress {
  update(rows: number, bytes: number): void;
  stop(): void;
}

const rate = (rows: number, seconds: number): number => Math.round(rows / Math.max(seconds, 0.001));

export function progressOn(stream: NodeJS.WriteStream, totalBytes: number | null, everySeconds = 5): Progress {
  const t0 = Date.now();
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar({
      stream,
      format: totalBytes
        ? 'recours batch [{bar}] {percentage}% | {rows} rows | {rate} rows/s | {eta_formatted} left'
        : 'recours batch | {rows} rows | {rate} rows/s | {duration_formatted}',
      hideCursor: true,
      etaBuffer: 50,
      fps: 5,
    }, cliProgress.Presets.shades_classic);
    bar.start(totalBytes ?? 1, 0, { rows: 0, rate: 0 });
    return {
      update: (rows, bytes) => bar.update(totalBytes ? Math.min(bytes, totalBytes) : 0, { rows, rate: rate(rows, (Date.now() - t0) / 1000) }),
      stop: () => bar.stop(),
    };
  }
  let next = t0 + everySeconds * 1000;
  return {
    update: (rows, bytes) => {
      const now = Date.now();
      if (now < next) return;
      next = now + everySeconds * 1000;
      const s = (now - t0) / 1000;
      const share = totalBytes ? bytes / totalBytes : null;
      const left = share && share > 0 ? `, ${Math.round((s / share - s))} s left` : '';
      stream.write(`recours batch: ${rows} rows, ${rate(rows, s)} rows/s${share !== null ? `, ${Math.floor(share * 100)}%` : ''}${left}\n`);
    },
    stop: () => {},
  };
}
